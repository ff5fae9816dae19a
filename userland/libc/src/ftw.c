/*
 * ftw/nftw: walk a directory tree depth first, calling back for every name,
 * entries in the order the directory lists them. Directories are read whole
 * before descending, so only one descriptor is open at a time, whatever
 * nopenfd allows. With FTW_CHDIR the walk changes into each directory and
 * names files relative to it (the callback still gets the whole path).
 */
#include <ftw.h>
#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <fcntl.h>

typedef int (*nftw_fn)(const char *, const struct stat *, int, struct FTW *);

struct walk {
    nftw_fn fn;
    int (*old_fn)(const char *, const struct stat *, int);  /* ftw's callback, or NULL */
    int flags;
    dev_t device;   /* FTW_MOUNT: stay on the starting file system */
    char *path;     /* the current path, grown as needed */
    size_t cap;
    struct visited {
        dev_t dev;
        ino_t ino;
    } *seen;        /* directories entered, when following links (a link may loop back) */
    size_t nseen, seen_cap;
};

/* Following symbolic links, each directory is entered once, as in glibc; 1 if seen before. */
static int seen_before(struct walk *w, const struct stat *st)
{
    size_t i;
    struct visited *grown;

    if (w->flags & FTW_PHYS)
        return 0;
    for (i = 0; i < w->nseen; i++)
        if (w->seen[i].dev == st->st_dev && w->seen[i].ino == st->st_ino)
            return 1;
    if (w->nseen == w->seen_cap) {
        w->seen_cap = w->seen_cap ? w->seen_cap * 2 : 16;
        grown = realloc(w->seen, w->seen_cap * sizeof(*grown));
        if (grown == NULL)
            return 0;
        w->seen = grown;
    }
    w->seen[w->nseen].dev = st->st_dev;
    w->seen[w->nseen].ino = st->st_ino;
    w->nseen++;
    return 0;
}

static int call(struct walk *w, const struct stat *st, int type, int base, int level)
{
    struct FTW info;

    if (w->old_fn != NULL)
        return w->old_fn(w->path, st, type);
    info.base = base;
    info.level = level;
    return w->fn(w->path, st, type, &info);
}

/* Without FTW_ACTIONRETVAL any nonzero result stops the walk and is returned. */
static int stops(const struct walk *w, int r)
{
    if (w->flags & FTW_ACTIONRETVAL)
        return r == FTW_STOP || r == FTW_SKIP_SIBLINGS;
    return r != 0;
}

/* The name to stat or open: relative to the directory we are in under FTW_CHDIR. */
static const char *here(const struct walk *w, int base)
{
    return (w->flags & FTW_CHDIR) ? w->path + base : w->path;
}

/* Names in a directory, read in one go (a NULL-terminated array). */
static char **list_directory(const char *path)
{
    DIR *d = opendir(path);
    struct dirent *e;
    char **names = NULL, **grown;
    size_t n = 0, cap = 0;

    if (d == NULL)
        return NULL;
    while ((e = readdir(d)) != NULL) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
            continue;
        if (n + 1 >= cap) {
            cap = cap ? cap * 2 : 16;
            grown = realloc(names, cap * sizeof(char *));
            if (grown == NULL)
                break;
            names = grown;
        }
        names[n] = strdup(e->d_name);
        if (names[n] == NULL)
            break;
        n++;
    }
    closedir(d);
    if (names == NULL)
        names = calloc(1, sizeof(char *));
    else
        names[n] = NULL;
    return names;
}

static void free_names(char **names)
{
    size_t i;

    for (i = 0; names[i] != NULL; i++)
        free(names[i]);
    free(names);
}

static int walk_path(struct walk *w, size_t len, int base, int level);

/* The entries of the directory at w->path (of length len), one level down. */
static int walk_children(struct walk *w, size_t len, int base, int level)
{
    char **names;
    size_t i, n;
    int r = 0, sep, back = -1;

    if (w->flags & FTW_CHDIR) {
        back = open(".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (back < 0 || chdir(w->path + base) < 0) {
            if (back >= 0)
                close(back);
            return -2;
        }
    }
    names = list_directory(back >= 0 ? "." : w->path);
    if (names == NULL) {
        if (back >= 0) {
            fchdir(back);
            close(back);
        }
        return -2;   /* unreadable: the caller reports FTW_DNR */
    }
    sep = len > 0 && w->path[len - 1] != '/';
    for (i = 0; names[i] != NULL && r == 0; i++) {
        n = strlen(names[i]);
        if (len + sep + n + 1 > w->cap) {
            char *grown = realloc(w->path, (len + sep + n + 1) * 2);

            if (grown == NULL) {
                r = -1;
                break;
            }
            w->path = grown;
            w->cap = (len + sep + n + 1) * 2;
        }
        if (sep)
            w->path[len] = '/';
        memcpy(w->path + len + sep, names[i], n + 1);
        r = walk_path(w, len + sep + n, (int)(len + sep), level + 1);
        if ((w->flags & FTW_ACTIONRETVAL) && r == FTW_SKIP_SIBLINGS) {
            r = 0;
            break;
        }
    }
    w->path[len] = '\0';
    free_names(names);
    if (back >= 0) {
        fchdir(back);
        close(back);
    }
    return r;
}

static int walk_path(struct walk *w, size_t len, int base, int level)
{
    struct stat st;
    const char *name = here(w, base);
    int physical = (w->flags & FTW_PHYS) != 0;
    int type, r;

    if ((physical ? lstat(name, &st) : stat(name, &st)) < 0) {
        /* A symbolic link whose target is missing (old ftw has no name for it). */
        type = !physical && w->old_fn == NULL && lstat(name, &st) == 0 && S_ISLNK(st.st_mode) ? FTW_SLN : FTW_NS;
        r = call(w, &st, type, base, level);
        return stops(w, r) ? r : 0;
    }
    if ((w->flags & FTW_MOUNT) && level > 0 && st.st_dev != w->device)
        return 0;
    if (S_ISLNK(st.st_mode))
        return stops(w, r = call(w, &st, FTW_SL, base, level)) ? r : 0;
    if (!S_ISDIR(st.st_mode))
        return stops(w, r = call(w, &st, FTW_F, base, level)) ? r : 0;
    if (seen_before(w, &st))
        return 0;
    if (!(w->flags & FTW_DEPTH)) {
        r = call(w, &st, FTW_D, base, level);
        if (stops(w, r))
            return r;
        if ((w->flags & FTW_ACTIONRETVAL) && r == FTW_SKIP_SUBTREE)
            return 0;
    }
    r = walk_children(w, len, base, level);
    if (r == -2) {
        r = call(w, &st, FTW_DNR, base, level);
        return stops(w, r) ? r : 0;
    }
    if (r != 0)
        return r;
    if (w->flags & FTW_DEPTH) {
        r = call(w, &st, FTW_DP, base, level);
        return stops(w, r) ? r : 0;
    }
    return 0;
}

static int start_walk(struct walk *w, const char *path)
{
    struct stat st;
    size_t len = strlen(path);
    const char *last;
    int r, back = -1;

    /* The start must exist; its trailing slashes are dropped, as glibc does. */
    if (len == 0) {
        errno = ENOENT;
        return -1;
    }
    if (lstat(path, &st) < 0)
        return -1;
    while (len > 1 && path[len - 1] == '/')
        len--;
    if (stat(path, &st) == 0)
        w->device = st.st_dev;
    w->cap = len + 256;
    w->path = malloc(w->cap);
    if (w->path == NULL)
        return -1;
    memcpy(w->path, path, len);
    w->path[len] = '\0';
    /* base: where the last component starts. */
    last = path + len;
    while (last > path && last[-1] != '/')
        last--;
    /* FTW_CHDIR starts in the directory that holds the starting point. */
    if ((w->flags & FTW_CHDIR) && last > path) {
        back = open(".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        w->path[last - path] = '\0';
        if (back < 0 || chdir(w->path) < 0) {
            if (back >= 0)
                close(back);
            free(w->path);
            return -1;
        }
        w->path[last - path] = path[last - path];
    }
    r = walk_path(w, len, (int)(last - path), 0);
    if (back >= 0) {
        fchdir(back);
        close(back);
    }
    free(w->path);
    free(w->seen);
    if ((w->flags & FTW_ACTIONRETVAL) && (r == FTW_SKIP_SUBTREE || r == FTW_SKIP_SIBLINGS))
        r = 0;
    return r;
}

int nftw(const char *path, nftw_fn fn, int nopenfd, int flags)
{
    struct walk w;

    (void)nopenfd;
    memset(&w, 0, sizeof(w));
    w.fn = fn;
    w.flags = flags;
    return start_walk(&w, path);
}

int ftw(const char *path, int (*fn)(const char *, const struct stat *, int), int nopenfd)
{
    struct walk w;

    (void)nopenfd;
    memset(&w, 0, sizeof(w));
    w.old_fn = fn;
    return start_walk(&w, path);
}
