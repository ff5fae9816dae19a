/*
 * glob: file names matching a shell pattern. The pattern is split at '/';
 * each component with wildcards is matched by fnmatch against the entries
 * of the directories reached so far, the others are taken as they are.
 * GNU's GLOB_BRACE and GLOB_TILDE rewrite the pattern before that.
 */
#include <glob.h>
#include <fnmatch.h>
#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

struct path_list {
    char **v;
    size_t n, cap;
};

static int add_path(struct path_list *list, char *path)
{
    if (path == NULL)
        return GLOB_NOSPACE;
    if (list->n == list->cap) {
        size_t cap = list->cap ? list->cap * 2 : 16;
        char **grown = realloc(list->v, cap * sizeof(char *));

        if (grown == NULL) {
            free(path);
            return GLOB_NOSPACE;
        }
        list->v = grown;
        list->cap = cap;
    }
    list->v[list->n++] = path;
    return 0;
}

static char *join(const char *dir, const char *name, size_t name_len)
{
    size_t dlen = strlen(dir);
    int slash = dlen > 0 && dir[dlen - 1] != '/';
    char *path = malloc(dlen + slash + name_len + 1);

    if (path == NULL)
        return NULL;
    memcpy(path, dir, dlen);
    if (slash)
        path[dlen] = '/';
    memcpy(path + dlen + slash, name, name_len);
    path[dlen + slash + name_len] = '\0';
    return path;
}

static int has_wildcards(const char *s, size_t n, int noescape)
{
    size_t i;

    for (i = 0; i < n; i++) {
        if (s[i] == '\\' && !noescape && i + 1 < n)
            i++;
        else if (s[i] == '*' || s[i] == '?' || s[i] == '[')
            return 1;
    }
    return 0;
}

/* A component without wildcards, with its backslashes removed. */
static char *literal(const char *s, size_t n, int noescape)
{
    char *out = malloc(n + 1), *o = out;
    size_t i;

    if (out == NULL)
        return NULL;
    for (i = 0; i < n; i++) {
        if (s[i] == '\\' && !noescape && i + 1 < n)
            i++;
        *o++ = s[i];
    }
    *o = '\0';
    return out;
}

static int is_directory(const char *path)
{
    struct stat st;

    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

/* Exists as a name, even as a dangling symbolic link. */
static int exists(const char *path)
{
    struct stat st;

    return lstat(path, &st) == 0;
}

struct glob_state {
    int flags;
    int (*errfunc)(const char *, int);
    struct path_list found;
};

static int expand(struct glob_state *g, const char *dir, const char *rest);

/* Every entry of dir matching the component pat[0..len), then the rest of the pattern below it. */
static int expand_wild(struct glob_state *g, const char *dir, const char *pat, size_t len, const char *rest)
{
    char *component = strndup(pat, len);
    DIR *d = opendir(*dir != '\0' ? dir : ".");
    struct dirent *e;
    int fnflags = (g->flags & GLOB_NOESCAPE ? FNM_NOESCAPE : 0) | (g->flags & GLOB_PERIOD ? 0 : FNM_PERIOD);
    int r = 0;
    char *path;

    if (component == NULL) {
        if (d != NULL)
            closedir(d);
        return GLOB_NOSPACE;
    }
    /* As in glibc, a path that is not a directory is no error: it just matches nothing. */
    if (d == NULL) {
        free(component);
        if (errno != ENOTDIR &&
            ((g->errfunc != NULL && g->errfunc(*dir ? dir : ".", errno)) || (g->flags & GLOB_ERR)))
            return GLOB_ABORTED;
        return 0;
    }
    while (r == 0 && (e = readdir(d)) != NULL) {
        if (fnmatch(component, e->d_name, fnflags) != 0)
            continue;
        path = join(dir, e->d_name, strlen(e->d_name));
        if (path == NULL) {
            r = GLOB_NOSPACE;
            break;
        }
        /* More components follow: only directories can hold them. */
        if (rest[strspn(rest, "/")] == '\0' || is_directory(path))
            r = expand(g, path, rest);
        free(path);
    }
    closedir(d);
    free(component);
    return r;
}

/* Match rest (the pattern's components still to do) below dir, which exists. */
static int expand(struct glob_state *g, const char *dir, const char *rest)
{
    size_t len;
    char *name, *path;
    int r;

    while (*rest == '/')
        rest++;
    if (*rest == '\0') {
        if (!exists(dir) || ((g->flags & GLOB_ONLYDIR) && !is_directory(dir)))
            return 0;
        path = malloc(strlen(dir) + 2);
        if (path == NULL)
            return GLOB_NOSPACE;
        strcpy(path, dir);
        if ((g->flags & GLOB_MARK) && is_directory(dir) && path[strlen(path) - 1] != '/')
            strcat(path, "/");
        return add_path(&g->found, path);
    }
    len = strcspn(rest, "/");
    if (has_wildcards(rest, len, g->flags & GLOB_NOESCAPE))
        return expand_wild(g, dir, rest, len, rest + len);
    name = literal(rest, len, g->flags & GLOB_NOESCAPE);
    if (name == NULL)
        return GLOB_NOSPACE;
    path = join(dir, name, strlen(name));
    free(name);
    if (path == NULL)
        return GLOB_NOSPACE;
    /* Whether it exists shows at the end, or as an error where a wildcard reads the directory. */
    r = expand(g, path, rest + len);
    free(path);
    return r;
}

static int compare_paths(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* One pattern (after brace and tilde expansion): its matches, sorted unless GLOB_NOSORT. */
static int glob_one(struct glob_state *g, const char *pattern, int *magic)
{
    size_t first = g->found.n;
    int r, wild = has_wildcards(pattern, strlen(pattern), g->flags & GLOB_NOESCAPE);

    /* glibc's GLOB_MAGCHAR also counts escaped wildcard characters. */
    *magic |= strpbrk(pattern, "*?[") != NULL;
    r = *pattern == '/' ? expand(g, "/", pattern) : expand(g, "", pattern);
    if (r != 0)
        return r;
    if (g->found.n == first && ((g->flags & GLOB_NOCHECK) || ((g->flags & GLOB_NOMAGIC) && !wild)))
        return add_path(&g->found, strdup(pattern));
    if (!(g->flags & GLOB_NOSORT))
        qsort(g->found.v + first, g->found.n - first, sizeof(char *), compare_paths);
    return 0;
}

/* "~" and "~/..." become $HOME (there is no user database to look up "~name" in). */
static int with_tilde(struct glob_state *g, const char *pattern, int *magic)
{
    const char *home = getenv("HOME");
    char *expanded;
    int r;

    if (!(g->flags & (GLOB_TILDE | GLOB_TILDE_CHECK)) || pattern[0] != '~' || (pattern[1] != '\0' && pattern[1] != '/'))
        return glob_one(g, pattern, magic);
    if (home == NULL)
        return (g->flags & GLOB_TILDE_CHECK) ? GLOB_NOMATCH : glob_one(g, pattern, magic);
    expanded = malloc(strlen(home) + strlen(pattern));
    if (expanded == NULL)
        return GLOB_NOSPACE;
    strcpy(expanded, home);
    strcat(expanded, pattern + 1);
    r = glob_one(g, expanded, magic);
    free(expanded);
    return r;
}

/* The first {a,b,...} group: its braces' positions, or 0 when there is none. */
static int find_braces(const char *p, int noescape, const char **lbrace, const char **rbrace)
{
    int depth = 0, comma = 0;
    const char *q;

    for (q = p; *q != '\0'; q++) {
        if (*q == '\\' && !noescape && q[1] != '\0') {
            q++;
        } else if (*q == '{') {
            if (depth++ == 0) {
                *lbrace = q;
                comma = 0;
            }
        } else if (*q == '}' && depth > 0) {
            if (--depth == 0) {
                if (comma) {
                    *rbrace = q;
                    return 1;
                }
            }
        } else if (*q == ',' && depth == 1) {
            comma = 1;
        }
    }
    return 0;
}

/* GLOB_BRACE: each alternative in turn, its results sorted on their own (as glibc does). */
static int with_braces(struct glob_state *g, const char *pattern, int *magic)
{
    const char *lbrace = NULL, *rbrace = NULL, *alt, *q;
    int depth, r = 0;
    size_t prefix, suffix;
    char *one;

    if (!(g->flags & GLOB_BRACE) || !find_braces(pattern, g->flags & GLOB_NOESCAPE, &lbrace, &rbrace))
        return with_tilde(g, pattern, magic);
    prefix = (size_t)(lbrace - pattern);
    suffix = strlen(rbrace + 1);
    for (alt = lbrace + 1; r == 0 && alt <= rbrace; alt = q + 1) {
        for (q = alt, depth = 0; q < rbrace && (depth > 0 || *q != ','); q++) {
            if (*q == '\\' && q[1] != '\0')
                q++;
            else if (*q == '{')
                depth++;
            else if (*q == '}')
                depth--;
        }
        one = malloc(prefix + (size_t)(q - alt) + suffix + 1);
        if (one == NULL)
            return GLOB_NOSPACE;
        memcpy(one, pattern, prefix);
        memcpy(one + prefix, alt, (size_t)(q - alt));
        strcpy(one + prefix + (q - alt), rbrace + 1);
        r = with_braces(g, one, magic);
        free(one);
    }
    return r;
}

int glob(const char *pattern, int flags, int (*errfunc)(const char *, int), glob_t *pglob)
{
    struct glob_state g;
    size_t offs, old, i;
    char **v;
    int r, magic = 0;

    if (!(flags & GLOB_APPEND)) {
        pglob->gl_pathc = 0;
        pglob->gl_pathv = NULL;
        if (!(flags & GLOB_DOOFFS))
            pglob->gl_offs = 0;
    }
    memset(&g, 0, sizeof(g));
    g.flags = flags;
    g.errfunc = errfunc;
    r = with_braces(&g, pattern, &magic);
    if (r == 0 && g.found.n == 0)
        r = GLOB_NOMATCH;
    offs = (flags & GLOB_DOOFFS) ? pglob->gl_offs : 0;
    old = pglob->gl_pathc;
    if (g.found.n > 0) {
        v = realloc(pglob->gl_pathv, (offs + old + g.found.n + 1) * sizeof(char *));
        if (v == NULL) {
            for (i = 0; i < g.found.n; i++)
                free(g.found.v[i]);
            free(g.found.v);
            return GLOB_NOSPACE;
        }
        if (pglob->gl_pathv == NULL)
            for (i = 0; i < offs; i++)
                v[i] = NULL;
        memcpy(v + offs + old, g.found.v, g.found.n * sizeof(char *));
        v[offs + old + g.found.n] = NULL;
        pglob->gl_pathv = v;
        pglob->gl_pathc = old + g.found.n;
    }
    free(g.found.v);
    pglob->gl_flags = flags | (magic ? GLOB_MAGCHAR : 0);
    return r;
}

void globfree(glob_t *pglob)
{
    size_t i;

    if (pglob->gl_pathv == NULL)
        return;
    for (i = 0; i < pglob->gl_pathc; i++)
        free(pglob->gl_pathv[pglob->gl_offs + i]);
    free(pglob->gl_pathv);
    pglob->gl_pathv = NULL;
    pglob->gl_pathc = 0;
}
