/*
 * Path names and patterns: POSIX basename/dirname (<libgen.h>), realpath (and
 * canonicalize_file_name, getwd, get_current_dir_name), fnmatch, and the
 * linear searches of <search.h>.
 */
#include <libgen.h>
#include <fnmatch.h>
#include <search.h>
#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>

/* The last component, trailing slashes removed in place; "/" for "/", "." for "" or NULL. */
char *basename(char *path)
{
    char *end, *start;

    if (path == NULL || *path == '\0')
        return ".";
    end = path + strlen(path) - 1;
    while (end > path && *end == '/')
        *end-- = '\0';
    if (end == path && *end == '/')
        return path;
    start = strrchr(path, '/');
    return start != NULL ? start + 1 : path;
}

/* Everything before the last component; "." when there is no slash. */
char *dirname(char *path)
{
    char *end;

    if (path == NULL || *path == '\0')
        return ".";
    end = path + strlen(path) - 1;
    while (end > path && *end == '/')
        end--;
    while (end >= path && *end != '/')
        end--;
    if (end < path)
        return ".";
    while (end > path && *end == '/')
        end--;
    /* Like glibc, exactly two leading slashes are kept (POSIX leaves "//" to the system). */
    if (end == path && path[1] == '/' && path[2] != '/')
        end++;
    end[1] = '\0';
    return path;
}

static int fold(int c, int flags)
{
    return (flags & FNM_CASEFOLD) ? tolower(c) : c;
}

/* The character classes a bracket expression may name, as [:alpha:]. */
static const struct char_class {
    const char *name;
    int (*test)(int c);
} char_classes[] = {
    { "alnum", isalnum }, { "alpha", isalpha }, { "blank", isblank }, { "cntrl", iscntrl },
    { "digit", isdigit }, { "graph", isgraph }, { "lower", islower }, { "print", isprint },
    { "punct", ispunct }, { "space", isspace }, { "upper", isupper }, { "xdigit", isxdigit },
};

/*
 * A class member "[:name:]" at p: 1 if c is in the class, 0 if not; *end is
 * set past the ":]". -1 when p starts no class (no "[:", or no ":]" to close
 * it): then the '[' is an ordinary member, as glibc. -2 for an unknown name,
 * which makes the whole pattern match nothing (glibc's answer too).
 */
static int match_class(const char *p, int c, const char **end)
{
    const char *name = p + 2, *close;
    size_t i, len;

    if (p[0] != '[' || p[1] != ':')
        return -1;
    close = strstr(name, ":]");
    if (close == NULL)
        return -1;
    len = (size_t)(close - name);
    *end = close + 2;
    for (i = 0; i < sizeof char_classes / sizeof char_classes[0]; i++)
        if (strlen(char_classes[i].name) == len && memcmp(char_classes[i].name, name, len) == 0)
            return char_classes[i].test(c) != 0;
    return -2;
}

/*
 * A bracket expression at p (after '['): does it match c? Sets *end past the
 * ']'. -1: no closing ']' (not a bracket expression); -2: an unknown class.
 */
static int match_bracket(const char *p, int c, int flags, const char **end)
{
    int negate = 0, matched = 0, lo, hi, in_class;
    const char *after_class;

    if (*p == '!' || *p == '^') {
        negate = 1;
        p++;
    }
    /* A ']' first is an ordinary member. */
    do {
        if (*p == '\0')
            return -1;        /* no closing ']': not a bracket expression */
        in_class = match_class(p, c, &after_class);
        if (in_class == -2)
            return -2;
        if (in_class >= 0) {
            matched |= in_class;
            p = after_class;
            continue;
        }
        lo = (unsigned char)*p++;
        if (lo == '\\' && !(flags & FNM_NOESCAPE) && *p != '\0')
            lo = (unsigned char)*p++;
        hi = lo;
        if (*p == '-' && p[1] != ']' && p[1] != '\0') {
            hi = (unsigned char)p[1];
            p += 2;
        }
        if (fold(c, flags) >= fold(lo, flags) && fold(c, flags) <= fold(hi, flags))
            matched = 1;
    } while (*p != ']');
    *end = p + 1;
    return matched != negate;
}

static int match(const char *p, const char *s, const char *start, int flags)
{
    const char *after;
    int r;

    for (; *p != '\0'; p++, s++) {
        /* A leading period (or one after a slash) must be matched by a period. */
        if ((flags & FNM_PERIOD) && *s == '.' && *p != '.' &&
            (s == start || ((flags & FNM_PATHNAME) && s[-1] == '/')))
            return FNM_NOMATCH;
        switch (*p) {
        case '?':
            if (*s == '\0' || ((flags & FNM_PATHNAME) && *s == '/'))
                return FNM_NOMATCH;
            break;
        case '*':
            while (p[1] == '*')
                p++;
            /*
             * The star never matches a leading period itself (checked above), but
             * what follows still must not: "*" + "/" + "*" against "a/.b".
             */
            for (; ; s++) {
                if (match(p + 1, s, start, flags) == 0)
                    return 0;
                if (*s == '\0' || ((flags & FNM_PATHNAME) && *s == '/'))
                    return FNM_NOMATCH;
            }
        case '[':
            if (*s == '\0' || ((flags & FNM_PATHNAME) && *s == '/'))
                return FNM_NOMATCH;
            r = match_bracket(p + 1, (unsigned char)*s, flags, &after);
            if (r == -2)
                return FNM_NOMATCH;
            if (r < 0) {
                if (*s != '[')
                    return FNM_NOMATCH;
                break;
            }
            if (!r)
                return FNM_NOMATCH;
            p = after - 1;
            break;
        case '\\':
            /* A pattern ending in an escape matches nothing, as glibc's. */
            if (!(flags & FNM_NOESCAPE) && p[1] == '\0')
                return FNM_NOMATCH;
            if (!(flags & FNM_NOESCAPE))
                p++;
            /* fall through */
        default:
            if (fold((unsigned char)*p, flags) != fold((unsigned char)*s, flags))
                return FNM_NOMATCH;
            break;
        }
    }
    return *s == '\0' ? 0 : FNM_NOMATCH;
}

int fnmatch(const char *pattern, const char *string, int flags)
{
    return match(pattern, string, string, flags);
}

void *lfind(const void *key, const void *base, size_t *nmemb, size_t size,
            int (*cmp)(const void *, const void *))
{
    const char *p = base;
    size_t i;

    for (i = 0; i < *nmemb; i++, p += size)
        if (cmp(key, p) == 0)
            return (void *)p;
    return NULL;
}

void *lsearch(const void *key, void *base, size_t *nmemb, size_t size,
              int (*cmp)(const void *, const void *))
{
    void *found = lfind(key, base, nmemb, size, cmp);

    if (found != NULL)
        return found;
    found = (char *)base + *nmemb * size;
    memcpy(found, key, size);
    (*nmemb)++;
    return found;
}

/*
 * The canonical absolute path: no ".", "..", repeated "/" or symbolic links. Every
 * component must exist (ENOENT otherwise); at most 40 links are followed (ELOOP).
 */
char *realpath(const char *path, char *resolved)
{
    char out[PATH_MAX], rest[PATH_MAX], link[PATH_MAX];
    size_t len = 0;
    int links = 0;
    char *p, *result;

    if (path == NULL || *path == '\0') {
        errno = path == NULL ? EINVAL : ENOENT;
        return NULL;
    }
    if (strlen(path) >= sizeof(rest)) {
        errno = ENAMETOOLONG;
        return NULL;
    }
    strcpy(rest, path);
    if (rest[0] != '/') {
        if (getcwd(out, sizeof(out)) == NULL)
            return NULL;
        len = strlen(out);
        if (len == 1)
            len = 0;    /* the root: components add their own "/" */
    }
    p = rest;
    while (*p) {
        char *name = p;
        size_t n;
        struct stat st;

        while (*name == '/')
            name++;
        for (n = 0; name[n] && name[n] != '/'; n++)
            ;
        p = name + n;
        if (n == 0 || (n == 1 && name[0] == '.'))
            continue;
        if (n == 2 && name[0] == '.' && name[1] == '.') {
            while (len > 0 && out[--len] != '/')
                ;
            continue;
        }
        if (len + 1 + n >= sizeof(out)) {
            errno = ENAMETOOLONG;
            return NULL;
        }
        out[len] = '/';
        memcpy(out + len + 1, name, n);
        out[len + 1 + n] = '\0';
        if (lstat(out, &st) < 0)
            return NULL;
        if (S_ISLNK(st.st_mode)) {
            ssize_t k = readlink(out, link, sizeof(link) - 1);

            if (k < 0)
                return NULL;
            if (++links > 40) {
                errno = ELOOP;
                return NULL;
            }
            /* The link's text replaces this component: splice it before what remains. */
            if ((size_t)k + strlen(p) >= sizeof(rest)) {
                errno = ENAMETOOLONG;
                return NULL;
            }
            memmove(rest + k, p, strlen(p) + 1);    /* p is empty or starts with '/' */
            memcpy(rest, link, (size_t)k);
            p = rest;
            if (link[0] == '/')
                len = 0;
            continue;
        }
        len += 1 + n;
        if (*p && !S_ISDIR(st.st_mode)) {
            errno = ENOTDIR;
            return NULL;
        }
    }
    if (len == 0)
        out[len++] = '/';
    out[len] = '\0';
    result = resolved != NULL ? resolved : malloc(len + 1);
    if (result != NULL)
        strcpy(result, out);
    return result;
}

/* GNU: the resolved name in new memory (realpath's allocating form). */
char *canonicalize_file_name(const char *path)
{
    return realpath(path, NULL);
}

/* GNU: the working directory in new memory; $PWD when it names the same directory, as glibc. */
char *get_current_dir_name(void)
{
    const char *pwd = getenv("PWD");
    struct stat here, there;

    if (pwd != NULL && stat(pwd, &there) == 0 && stat(".", &here) == 0 &&
        here.st_dev == there.st_dev && here.st_ino == there.st_ino)
        return strdup(pwd);
    return getcwd(NULL, 0);
}

/* BSD's getwd: getcwd into a PATH_MAX buffer; the error message goes there too. */
char *getwd(char *buf)
{
    if (getcwd(buf, PATH_MAX) != NULL)
        return buf;
    strncpy(buf, strerror(errno), PATH_MAX - 1);
    buf[PATH_MAX - 1] = '\0';
    return NULL;
}
