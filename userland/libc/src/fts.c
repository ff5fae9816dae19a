/*
 * fts: walking file hierarchies one entry at a time (fts_read), as the BSD and glibc
 * functions of the same names, written from their documented behaviour.
 *
 * A walk keeps alive only what it may still return: the entries on the path from the
 * root to the current one and the siblings still to come. An entry is freed when the walk
 * moves past it (a directory when its post-order visit is left). Each entry holds its own
 * path, so a parent's fts_path stays its own while its children are visited.
 *
 * Without FTS_NOCHDIR the walk changes into each directory whose contents it returns, so
 * that fts_accpath is the bare name: it enters a directory by opening it and checking the
 * device and inode are the ones fts_read returned, and leaves it for ".." (checked the
 * same way), for the saved directory of a followed link, or for the starting directory
 * at a root. Children are stat'ed through the open directory, wherever the walk is.
 */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <fts.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* The FTS a program sees, and the entry above the roots (level FTS_ROOTPARENTLEVEL). */
struct walk {
    FTS fts;
    FTSENT *root_parent;
};

#define ISSET(sp, option) (((sp)->fts_options & (option)) != 0)

/*
 * One block per entry: its struct stat, then the FTSENT, whose fts_name runs on into the
 * name and then the path.
 */
static FTSENT *new_entry(FTSENT *parent, const char *name, size_t namelen)
{
    int root = parent == NULL || parent->fts_level == FTS_ROOTPARENTLEVEL;
    size_t base = root ? 0 : parent->fts_pathlen, pathlen;
    char *block;
    FTSENT *p;

    if (base > 0 && parent->fts_path[base - 1] == '/')
        base--;
    pathlen = root ? namelen : base + 1 + namelen;
    if (pathlen > 0xffff) {
        errno = ENAMETOOLONG;
        return NULL;
    }
    block = malloc(sizeof(struct stat) + sizeof(FTSENT) + namelen + 1 + pathlen + 1);
    if (block == NULL)
        return NULL;
    p = (FTSENT *)(block + sizeof(struct stat));
    memset(p, 0, sizeof *p);
    p->fts_statp = (struct stat *)block;
    memcpy(p->fts_name, name, namelen);
    p->fts_name[namelen] = '\0';
    p->fts_path = p->fts_name + namelen + 1;
    if (root) {
        memcpy(p->fts_path, name, namelen);
    } else {
        memcpy(p->fts_path, parent->fts_path, base);
        p->fts_path[base] = '/';
        memcpy(p->fts_path + base + 1, name, namelen);
    }
    p->fts_path[pathlen] = '\0';
    p->fts_accpath = p->fts_path;
    p->fts_namelen = (unsigned short)namelen;
    p->fts_pathlen = (unsigned short)pathlen;
    p->fts_parent = parent;
    p->fts_level = parent == NULL ? FTS_ROOTPARENTLEVEL : (short)(parent->fts_level + 1);
    p->fts_instr = FTS_NOINSTR;
    p->fts_symfd = -1;
    return p;
}

static void free_entry(FTSENT *p)
{
    if (p->fts_symfd >= 0)
        close(p->fts_symfd);
    free(p->fts_statp);
}

/* p and the siblings after it. */
static void free_list(FTSENT *p)
{
    while (p != NULL) {
        FTSENT *next = p->fts_link;

        free_entry(p);
        p = next;
    }
}

static int is_dot(const char *name)
{
    return name[0] == '.' && (name[1] == '\0' || (name[1] == '.' && name[2] == '\0'));
}

/* p's fts_info from stat (follow) or lstat of `path` under directory `dirfd`. */
static int stat_entry(FTS *sp, FTSENT *p, int dirfd, const char *path, int follow)
{
    struct stat *st = p->fts_statp;

    follow = follow || ISSET(sp, FTS_LOGICAL);
    if (fstatat(dirfd, path, st, follow ? 0 : AT_SYMLINK_NOFOLLOW) != 0) {
        int error = errno;

        if (follow && fstatat(dirfd, path, st, AT_SYMLINK_NOFOLLOW) == 0) {
            p->fts_errno = 0;
            return FTS_SLNONE;
        }
        p->fts_errno = error;
        memset(st, 0, sizeof *st);
        return FTS_NS;
    }
    p->fts_dev = st->st_dev;
    p->fts_ino = st->st_ino;
    p->fts_nlink = st->st_nlink;
    if (S_ISDIR(st->st_mode)) {
        if (p->fts_level > FTS_ROOTLEVEL && is_dot(p->fts_name))
            return FTS_DOT;
        for (FTSENT *up = p->fts_parent; up->fts_level >= FTS_ROOTLEVEL; up = up->fts_parent) {
            if (up->fts_dev == p->fts_dev && up->fts_ino == p->fts_ino) {
                p->fts_cycle = up;
                return FTS_DC;
            }
        }
        return FTS_D;
    }
    if (S_ISLNK(st->st_mode))
        return FTS_SL;
    return S_ISREG(st->st_mode) ? FTS_F : FTS_DEFAULT;
}

static int compare_entries(const void *a, const void *b, void *sp)
{
    return ((FTS *)sp)->fts_compar((const FTSENT **)a, (const FTSENT **)b);
}

/* The n entries of list in fts_compar's order (unsorted when there is no room to sort). */
static FTSENT *sorted(FTS *sp, FTSENT *list, int n)
{
    FTSENT *p;
    int i;

    if (sp->fts_compar == NULL || n < 2)
        return list;
    if (n > sp->fts_nitems) {
        FTSENT **array = realloc(sp->fts_array, (size_t)n * sizeof *array);

        if (array == NULL)
            return list;
        sp->fts_array = array;
        sp->fts_nitems = n;
    }
    for (i = 0, p = list; p != NULL; p = p->fts_link)
        sp->fts_array[i++] = p;
    qsort_r(sp->fts_array, (size_t)n, sizeof *sp->fts_array, compare_entries, sp);
    for (i = 0; i < n - 1; i++)
        sp->fts_array[i]->fts_link = sp->fts_array[i + 1];
    sp->fts_array[n - 1]->fts_link = NULL;
    return sp->fts_array[0];
}

/*
 * The entries of directory dir (the current entry), stat'ed unless names only: NULL with
 * dir's fts_info FTS_DNR if it cannot be read, NULL for an empty one (or out of memory:
 * the walk stops).
 */
static FTSENT *read_directory(FTS *sp, FTSENT *dir, int names_only)
{
    DIR *d = opendir(dir->fts_accpath);
    FTSENT *list = NULL, **tail = &list;
    struct dirent *e;
    int n = 0;

    if (d == NULL) {
        dir->fts_info = FTS_DNR;
        dir->fts_errno = errno;
        return NULL;
    }
    while ((e = readdir(d)) != NULL) {
        FTSENT *p;

        if (!ISSET(sp, FTS_SEEDOT) && is_dot(e->d_name))
            continue;
        p = new_entry(dir, e->d_name, strlen(e->d_name));
        if (p == NULL) {
            free_list(list);
            closedir(d);
            dir->fts_info = FTS_ERR;
            dir->fts_errno = errno;
            sp->fts_options |= FTS_STOP;
            return NULL;
        }
        if (!ISSET(sp, FTS_NOCHDIR))
            p->fts_accpath = p->fts_name;
        if (names_only || (ISSET(sp, FTS_NOSTAT) && e->d_type != DT_DIR && e->d_type != DT_UNKNOWN))
            p->fts_info = FTS_NSOK;
        else
            p->fts_info = stat_entry(sp, p, dirfd(d), p->fts_name, 0);
        *tail = p;
        tail = &p->fts_link;
        n++;
    }
    closedir(d);
    return sorted(sp, list, n);
}

/* Changes into directory dir, if it is still the one stat'ed; 0 or -1 (errno). */
static int enter(FTSENT *dir)
{
    struct stat st;
    int fd, rc;

    if ((dir->fts_flags & FTS_SYMFOLLOW) && dir->fts_level > FTS_ROOTLEVEL) {
        dir->fts_symfd = open(".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (dir->fts_symfd < 0)
            return -1;
    }
    fd = open(dir->fts_accpath, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return -1;
    if (fstat(fd, &st) == 0 && (st.st_dev != dir->fts_dev || st.st_ino != dir->fts_ino)) {
        errno = ENOENT;
        rc = -1;
    } else {
        rc = fchdir(fd);
    }
    close(fd);
    return rc;
}

/* Changes from directory dir back to where its entry is reached from; 0 or -1 (errno). */
static int leave(FTS *sp, FTSENT *dir)
{
    struct stat st;
    int rc;

    if (ISSET(sp, FTS_NOCHDIR) || (dir->fts_flags & FTS_DONTCHDIR))
        return 0;
    if (dir->fts_level == FTS_ROOTLEVEL)
        return fchdir(sp->fts_rfd);
    if (dir->fts_symfd >= 0) {
        rc = fchdir(dir->fts_symfd);
        close(dir->fts_symfd);
        dir->fts_symfd = -1;
        return rc;
    }
    if (chdir("..") != 0 || stat(".", &st) != 0)
        return -1;
    if (st.st_dev != dir->fts_parent->fts_dev || st.st_ino != dir->fts_parent->fts_ino) {
        errno = ENOENT;
        return -1;
    }
    return 0;
}

/*
 * p becomes the current entry. A root is named by the path given until the walk reaches
 * it (fts_compar sorts the roots by that), then by its last component ("" for "dir/",
 * "/" for "/"), as glibc's.
 */
static FTSENT *arrive(FTS *sp, FTSENT *p)
{
    if (p->fts_level == FTS_ROOTLEVEL) {
        char *slash = strrchr(p->fts_name, '/');

        if (slash != NULL && (slash != p->fts_name || slash[1] != '\0')) {
            p->fts_namelen = (unsigned short)strlen(slash + 1);
            memmove(p->fts_name, slash + 1, p->fts_namelen + 1u);
        }
        sp->fts_dev = p->fts_dev;
    }
    sp->fts_cur = p;
    return p;
}

/* Directory p in pre-order was returned last: its first entry, or p again (FTS_DP, FTS_DNR). */
static FTSENT *descend(FTS *sp, FTSENT *p, int instr)
{
    FTSENT *children = sp->fts_child;

    sp->fts_child = NULL;
    if (instr == FTS_SKIP || (ISSET(sp, FTS_XDEV) && p->fts_dev != sp->fts_dev)) {
        free_list(children);
        p->fts_info = FTS_DP;
        return p;
    }
    /* fts_children's names-only list is read again with the files' types. */
    if (children != NULL && ISSET(sp, FTS_NAMEONLY)) {
        free_list(children);
        children = NULL;
    }
    sp->fts_options &= ~FTS_NAMEONLY;
    if (children == NULL)
        children = read_directory(sp, p, 0);
    if (children == NULL) {
        if (ISSET(sp, FTS_STOP))
            return NULL;
        if (p->fts_info == FTS_D)
            p->fts_info = FTS_DP;
        return p;
    }
    if (!ISSET(sp, FTS_NOCHDIR) && enter(p) != 0) {
        /* The entries were stat'ed through the open directory; they are reached by path. */
        p->fts_errno = errno;
        p->fts_flags |= FTS_DONTCHDIR;
        for (FTSENT *c = children; c != NULL; c = c->fts_link)
            c->fts_accpath = c->fts_path;
    }
    return arrive(sp, children);
}

FTSENT *fts_read(FTS *sp)
{
    struct walk *w = (struct walk *)sp;
    FTSENT *p = sp->fts_cur, *next, *parent;
    int instr;

    if (p == NULL || ISSET(sp, FTS_STOP))
        return NULL;
    if (p == w->root_parent) {
        if (p->fts_link == NULL) {
            sp->fts_cur = NULL;
            return NULL;
        }
        return arrive(sp, p->fts_link);
    }
    instr = p->fts_instr;
    p->fts_instr = FTS_NOINSTR;
    if (instr == FTS_AGAIN) {
        p->fts_info = (unsigned short)stat_entry(sp, p, AT_FDCWD, p->fts_accpath, 0);
        return p;
    }
    if (instr == FTS_FOLLOW && (p->fts_info == FTS_SL || p->fts_info == FTS_SLNONE)) {
        p->fts_info = (unsigned short)stat_entry(sp, p, AT_FDCWD, p->fts_accpath, 1);
        if (p->fts_info == FTS_D)
            p->fts_flags |= FTS_SYMFOLLOW;
        return p;
    }
    if (p->fts_info == FTS_D)
        return descend(sp, p, instr);

    /* Done with p: the next entry of its directory, else the directory in post-order. */
    free_list(sp->fts_child);
    sp->fts_child = NULL;
    next = p->fts_link;
    parent = p->fts_parent;
    free_entry(p);
    if (next != NULL)
        return arrive(sp, next);
    if (parent == w->root_parent) {
        parent->fts_link = NULL;
        sp->fts_cur = NULL;
        errno = 0;
        return NULL;
    }
    if (leave(sp, parent) != 0) {
        sp->fts_options |= FTS_STOP;
        sp->fts_cur = parent;
        return NULL;
    }
    parent->fts_info = FTS_DP;
    return arrive(sp, parent);
}

FTSENT *fts_children(FTS *sp, int options)
{
    struct walk *w = (struct walk *)sp;
    FTSENT *p = sp->fts_cur;

    if (options != 0 && options != FTS_NAMEONLY) {
        errno = EINVAL;
        return NULL;
    }
    errno = 0;
    if (p == NULL || ISSET(sp, FTS_STOP))
        return NULL;
    /* Before the first fts_read: the roots. */
    if (p == w->root_parent)
        return p->fts_link;
    if (p->fts_info != FTS_D)
        return NULL;
    free_list(sp->fts_child);
    if (options == FTS_NAMEONLY)
        sp->fts_options |= FTS_NAMEONLY;
    else
        sp->fts_options &= ~FTS_NAMEONLY;
    sp->fts_child = read_directory(sp, p, options == FTS_NAMEONLY);
    return sp->fts_child;
}

int fts_set(FTS *sp, FTSENT *p, int instr)
{
    (void)sp;
    if (instr != 0 && instr != FTS_AGAIN && instr != FTS_FOLLOW && instr != FTS_NOINSTR && instr != FTS_SKIP) {
        errno = EINVAL;
        return 1; /* (glibc's value, where its manual says -1) */
    }
    p->fts_instr = (unsigned short)instr;
    return 0;
}

FTS *fts_open(char *const *paths, int options, int (*compar)(const FTSENT **, const FTSENT **))
{
    struct walk *w;
    FTS *sp;
    FTSENT *roots = NULL, **tail = &roots;
    int n = 0;

    if (options & ~FTS_OPTIONMASK) {
        errno = EINVAL;
        return NULL;
    }
    w = calloc(1, sizeof *w);
    if (w == NULL || (w->root_parent = new_entry(NULL, "", 0)) == NULL) {
        free(w);
        return NULL;
    }
    sp = &w->fts;
    sp->fts_options = options;
    sp->fts_compar = compar;
    sp->fts_rfd = -1;
    /* Following every link means paths cannot be retraced by "..". */
    if (ISSET(sp, FTS_LOGICAL))
        sp->fts_options |= FTS_NOCHDIR;
    for (; *paths != NULL; paths++, n++) {
        size_t len = strlen(*paths);
        FTSENT *p;

        if (len == 0) {
            errno = ENOENT;
            goto fail;
        }
        p = new_entry(w->root_parent, *paths, len);
        if (p == NULL)
            goto fail;
        p->fts_info = (unsigned short)stat_entry(sp, p, AT_FDCWD, p->fts_accpath, ISSET(sp, FTS_COMFOLLOW));
        *tail = p;
        tail = &p->fts_link;
    }
    w->root_parent->fts_link = sorted(sp, roots, n);
    w->root_parent->fts_info = FTS_INIT;
    sp->fts_cur = w->root_parent;
    if (!ISSET(sp, FTS_NOCHDIR)) {
        sp->fts_rfd = open(".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (sp->fts_rfd < 0)
            sp->fts_options |= FTS_NOCHDIR;
    }
    return sp;
fail:
    free_list(roots);
    free_entry(w->root_parent);
    free(w);
    return NULL;
}

int fts_close(FTS *sp)
{
    struct walk *w = (struct walk *)sp;
    FTSENT *p = sp->fts_cur;
    int rc = 0;

    /*
     * What is alive: before the first fts_read, the roots; after it, the current entry, its
     * later siblings, and the same for each of its ancestors.
     */
    if (p == w->root_parent) {
        free_list(p->fts_link);
    } else {
        while (p != NULL && p != w->root_parent) {
            FTSENT *parent = p->fts_parent;

            free_list(p);
            p = parent;
        }
    }
    free_list(sp->fts_child);
    free_entry(w->root_parent);
    free(sp->fts_array);
    if (sp->fts_rfd >= 0) {
        if (!ISSET(sp, FTS_NOCHDIR) && fchdir(sp->fts_rfd) != 0)
            rc = -1;
        close(sp->fts_rfd);
    }
    free(w);
    return rc;
}
