/*
 * The user and group databases: /etc/passwd and /etc/group, read line by
 * line (no NSS modules: files are the only source). The _r forms place the
 * strings in the caller's buffer and report ERANGE when it is too small;
 * the others share one static entry each, as POSIX allows.
 */
#include <pwd.h>
#include <grp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>

#define PASSWD_FILE "/etc/passwd"
#define GROUP_FILE "/etc/group"

/* Split line in place at ':' into exactly n fields; 0 if it has a different number. */
static int split_fields(char *line, char **fields, int n)
{
    int i = 0;

    line[strcspn(line, "\n")] = '\0';
    fields[i++] = line;
    for (; *line != '\0'; line++) {
        if (*line != ':')
            continue;
        if (i == n)
            return 0;
        *line = '\0';
        fields[i++] = line + 1;
    }
    return i == n;
}

static int parse_id(const char *s, unsigned int *out)
{
    char *end;
    unsigned long v = strtoul(s, &end, 10);

    if (*s == '\0' || *end != '\0' || v > 0xffffffffUL)
        return 0;
    *out = (unsigned int)v;
    return 1;
}

static int parse_passwd(char *line, struct passwd *pw)
{
    char *f[7];

    if (line[0] == '+' || line[0] == '-' || !split_fields(line, f, 7))
        return 0;
    if (!parse_id(f[2], &pw->pw_uid) || !parse_id(f[3], &pw->pw_gid))
        return 0;
    pw->pw_name = f[0];
    pw->pw_passwd = f[1];
    pw->pw_gecos = f[4];
    pw->pw_dir = f[5];
    pw->pw_shell = f[6];
    return 1;
}

/*
 * A group line whose text starts buf; the member pointers go in buf after
 * the text (aligned), so the whole entry lives in the caller's buffer.
 */
static int parse_group(char *buf, size_t size, struct group *gr)
{
    char *f[4], *p, *next, **members;
    size_t used = strlen(buf) + 1, count = 1, i = 0;

    if (buf[0] == '+' || buf[0] == '-' || !split_fields(buf, f, 4) || !parse_id(f[2], &gr->gr_gid))
        return 0;
    for (p = f[3]; *p != '\0'; p++)
        count += *p == ',';
    used = (used + sizeof(char *) - 1) & ~(sizeof(char *) - 1);
    if (used + (count + 1) * sizeof(char *) > size) {
        errno = ERANGE;
        return -1;
    }
    members = (char **)(buf + used);
    for (p = *f[3] != '\0' ? f[3] : NULL; p != NULL; p = next) {
        next = strchr(p, ',');
        if (next != NULL)
            *next++ = '\0';
        members[i++] = p;
    }
    members[i] = NULL;
    gr->gr_name = f[0];
    gr->gr_passwd = f[1];
    gr->gr_mem = members;
    return 1;
}

/* What a lookup is after: a name, or an id when name is NULL. */
struct key {
    const char *name;
    unsigned int id;
};

static int passwd_matches(const struct passwd *pw, const struct key *k)
{
    return k->name != NULL ? strcmp(pw->pw_name, k->name) == 0 : pw->pw_uid == k->id;
}

static int group_matches(const struct group *gr, const struct key *k)
{
    return k->name != NULL ? strcmp(gr->gr_name, k->name) == 0 : gr->gr_gid == k->id;
}

/*
 * Scan a database for the first entry the key matches: each line is parsed in
 * a scratch copy, and the match again inside buf. Returns 0 or an errno value.
 */
static int lookup(const char *path, const struct key *k, void *entry, char *buf, size_t size, void **result, int is_group)
{
    FILE *f = fopen(path, "re");
    char *line = NULL, *scratch;
    size_t cap = 0, len = 0;
    ssize_t n;
    struct passwd pw;
    struct group gr;
    char tmp[2048];
    int found = 0, r = 0;

    *result = NULL;
    if (f == NULL)
        return errno == ENOENT ? 0 : errno;
    while (!found && (n = getline(&line, &cap, f)) >= 0) {
        len = (size_t)n + 1;
        scratch = len <= sizeof(tmp) ? tmp : NULL;
        if (scratch == NULL)
            continue;   /* longer than any sane entry */
        memcpy(scratch, line, len);
        if (is_group) {
            if (parse_group(scratch, sizeof(tmp), &gr) > 0 && group_matches(&gr, k))
                found = 1;
        } else if (parse_passwd(scratch, &pw) && passwd_matches(&pw, k)) {
            found = 1;
        }
    }
    if (found) {
        if (len > size) {
            r = ERANGE;
        } else {
            memcpy(buf, line, len);
            if (is_group)
                r = parse_group(buf, size, entry) > 0 ? 0 : ERANGE;
            else
                parse_passwd(buf, entry);
            if (r == 0)
                *result = entry;
        }
    }
    free(line);
    fclose(f);
    return r;
}

int getpwnam_r(const char *name, struct passwd *pwd, char *buf, size_t size, struct passwd **result)
{
    struct key k = { name, 0 };

    return lookup(PASSWD_FILE, &k, pwd, buf, size, (void **)result, 0);
}

int getpwuid_r(uid_t uid, struct passwd *pwd, char *buf, size_t size, struct passwd **result)
{
    struct key k = { NULL, uid };

    return lookup(PASSWD_FILE, &k, pwd, buf, size, (void **)result, 0);
}

int getgrnam_r(const char *name, struct group *grp, char *buf, size_t size, struct group **result)
{
    struct key k = { name, 0 };

    return lookup(GROUP_FILE, &k, grp, buf, size, (void **)result, 1);
}

int getgrgid_r(gid_t gid, struct group *grp, char *buf, size_t size, struct group **result)
{
    struct key k = { NULL, gid };

    return lookup(GROUP_FILE, &k, grp, buf, size, (void **)result, 1);
}

/* The non-reentrant forms: one static entry each, in a buffer that grows until it fits. */
static char *static_buffer(size_t *size)
{
    static char *buffer;
    static size_t cap;
    char *grown;

    if (*size <= cap)
        return buffer;
    grown = realloc(buffer, *size);
    if (grown == NULL)
        return NULL;
    buffer = grown;
    cap = *size;
    return buffer;
}

static void *retry_static(const struct key *k, int is_group)
{
    static struct passwd pw;
    static struct group gr;
    size_t size = 1024;
    void *result = NULL;
    char *buf;
    int r;

    for (;;) {
        buf = static_buffer(&size);
        if (buf == NULL) {
            errno = ENOMEM;
            return NULL;
        }
        r = lookup(is_group ? GROUP_FILE : PASSWD_FILE, k, is_group ? (void *)&gr : (void *)&pw, buf, size, &result, is_group);
        if (r != ERANGE)
            break;
        size *= 2;
    }
    if (r != 0)
        errno = r;
    return result;
}

struct passwd *getpwnam(const char *name)
{
    struct key k = { name, 0 };

    return retry_static(&k, 0);
}

struct passwd *getpwuid(uid_t uid)
{
    struct key k = { NULL, uid };

    return retry_static(&k, 0);
}

struct group *getgrnam(const char *name)
{
    struct key k = { name, 0 };

    return retry_static(&k, 1);
}

struct group *getgrgid(gid_t gid)
{
    struct key k = { NULL, gid };

    return retry_static(&k, 1);
}

/* Walking a whole database: getpwent/getgrent return its entries one by one. */
static FILE *passwd_walk, *group_walk;
static char *walk_line[2];
static size_t walk_cap[2];

static char *next_line(FILE **walk, const char *path, int which)
{
    if (*walk == NULL)
        *walk = fopen(path, "re");
    if (*walk == NULL || getline(&walk_line[which], &walk_cap[which], *walk) < 0)
        return NULL;
    return walk_line[which];
}

struct passwd *getpwent(void)
{
    static struct passwd pw;
    char *line;

    while ((line = next_line(&passwd_walk, PASSWD_FILE, 0)) != NULL)
        if (parse_passwd(line, &pw))
            return &pw;
    return NULL;
}

void setpwent(void)
{
    if (passwd_walk != NULL)
        rewind(passwd_walk);
}

void endpwent(void)
{
    if (passwd_walk != NULL)
        fclose(passwd_walk);
    passwd_walk = NULL;
}

struct group *getgrent(void)
{
    static struct group gr;
    static char buf[4096];
    char *line;

    while ((line = next_line(&group_walk, GROUP_FILE, 1)) != NULL) {
        if (strlen(line) + 1 > sizeof(buf) / 2)
            continue;
        strcpy(buf, line);
        if (parse_group(buf, sizeof(buf), &gr) > 0)
            return &gr;
    }
    return NULL;
}

void setgrent(void)
{
    if (group_walk != NULL)
        rewind(group_walk);
}

void endgrent(void)
{
    if (group_walk != NULL)
        fclose(group_walk);
    group_walk = NULL;
}
