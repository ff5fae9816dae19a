/*
 * Path names and patterns: POSIX basename/dirname (<libgen.h>), realpath, fnmatch,
 * and the linear searches of <search.h>.
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

/* A bracket expression at p (after '['): does it match c? Sets *end past the ']'. */
static int match_bracket(const char *p, int c, int flags, const char **end)
{
    int negate = 0, matched = 0, lo, hi;

    if (*p == '!' || *p == '^') {
        negate = 1;
        p++;
    }
    /* A ']' first is an ordinary member. */
    do {
        if (*p == '\0')
            return -1;        /* no closing ']': not a bracket expression */
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
            for (; ; s++) {
                if (match(p + 1, s, start, flags & ~FNM_PERIOD) == 0)
                    return 0;
                if (*s == '\0' || ((flags & FNM_PATHNAME) && *s == '/'))
                    return FNM_NOMATCH;
            }
        case '[':
            if (*s == '\0' || ((flags & FNM_PATHNAME) && *s == '/'))
                return FNM_NOMATCH;
            r = match_bracket(p + 1, (unsigned char)*s, flags, &after);
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
            if (!(flags & FNM_NOESCAPE) && p[1] != '\0')
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
