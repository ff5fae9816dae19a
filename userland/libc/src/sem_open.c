/*
 * Named semaphores, as glibc makes them: the semaphore "/NAME" is a file
 * /dev/shm/sem.NAME holding one process-shared sem_t, which every process
 * that opens it maps MAP_SHARED.  A process maps each semaphore once:
 * opening the same file again returns the same sem_t, and sem_close unmaps
 * it when its last opener in the process closes it.
 */
#include <errno.h>
#include <fcntl.h>
#include <semaphore.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include "libc.h"
#include "pthread_impl.h"

/* The semaphores this process has open, found by their file. */
struct named_sem {
    sem_t *sem;
    dev_t dev;
    ino_t ino;
    int opens;          /* sem_open calls not yet closed */
    struct named_sem *next;
};

static struct named_sem *open_sems;
static struct __libc_lock open_sems_lock;

/* The semaphore in the open file fd: the one already mapped, or a new mapping. */
static sem_t *map_once(int fd)
{
    struct named_sem *n;
    struct stat st;
    void *p;

    if (fstat(fd, &st) != 0)
        return SEM_FAILED;
    for (n = open_sems; n != NULL; n = n->next) {
        if (n->dev == st.st_dev && n->ino == st.st_ino) {
            n->opens++;
            return n->sem;
        }
    }
    n = malloc(sizeof(*n));
    if (n == NULL)
        return SEM_FAILED;
    p = mmap(NULL, sizeof(sem_t), PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    if (p == MAP_FAILED) {
        free(n);
        return SEM_FAILED;
    }
    n->sem = p;
    n->dev = st.st_dev;
    n->ino = st.st_ino;
    n->opens = 1;
    n->next = open_sems;
    open_sems = n;
    return n->sem;
}

/* A new file in /dev/shm, opened for reading and writing, with a name no other file has. */
static int create_temporary(mode_t mode, char *tmp)
{
    int tries, fd = -1;

    for (tries = 0; tries < 100 && fd < 0; tries++) {
        strcpy(tmp, "/dev/shm/sem.XXXXXX");
        mktemp(tmp);
        fd = open(tmp, O_RDWR | O_CREAT | O_EXCL, mode);
        if (fd < 0 && errno != EEXIST)
            return -1;
    }
    if (fd < 0)
        errno = EAGAIN;
    return fd;
}

/*
 * Create the semaphore's file at path, whole: it is written under a
 * temporary name and then linked to its own, so no process can open a file
 * that does not hold a semaphore yet.  Returns the open file, or -1 (EEXIST:
 * another process created path first).
 */
static int create_file(const char *path, mode_t mode, unsigned value)
{
    char tmp[sizeof("/dev/shm/sem.XXXXXX")];
    int fd = create_temporary(mode, tmp);
    sem_t initial;
    int made, error;

    if (fd < 0)
        return -1;
    sem_init(&initial, 1, value);
    made = write(fd, &initial, sizeof(initial)) == sizeof(initial) && link(tmp, path) == 0;
    error = errno;
    unlink(tmp);        /* the temporary name only served to build it */
    if (!made) {
        close(fd);
        errno = error;
        return -1;
    }
    return fd;
}

/*
 * Open the file of a named semaphore: the existing one, unless O_CREAT and
 * O_EXCL ask for a new one; else, with O_CREAT, a new one (and if another
 * process creates it meanwhile, without O_EXCL, theirs).
 */
static int open_file(const char *path, int oflag, mode_t mode, unsigned value)
{
    for (;;) {
        int fd;

        if (!(oflag & O_CREAT) || !(oflag & O_EXCL)) {
            fd = open(path, (oflag & ~(O_CREAT | O_ACCMODE)) | O_NOFOLLOW | O_RDWR);
            if (fd >= 0 || !(oflag & O_CREAT) || errno != ENOENT)
                return fd;
        }
        if (value > SEM_VALUE_MAX) {
            errno = EINVAL;
            return -1;
        }
        fd = create_file(path, mode, value);
        if (fd >= 0 || errno != EEXIST || (oflag & O_EXCL))
            return fd;
    }
}

/* sem_open(name, oflag) or, with O_CREAT, sem_open(name, oflag, mode_t mode, unsigned value). */
sem_t *sem_open(const char *name, int oflag, ...)
{
    char path[SHM_PATH_MAX];
    mode_t mode = 0;
    unsigned value = 0;
    sem_t *sem = SEM_FAILED;
    int fd, cancel_state;

    if (__shm_path(path, name, "sem.") != 0) {
        errno = EINVAL;
        return SEM_FAILED;
    }
    if (oflag & O_CREAT) {
        va_list ap;

        va_start(ap, oflag);
        mode = va_arg(ap, mode_t);
        value = va_arg(ap, unsigned);
        va_end(ap);
    }
    /* Its open and close are cancellation points, but a half-made semaphore would be lost (glibc's rule too). */
    pthread_setcancelstate(PTHREAD_CANCEL_DISABLE, &cancel_state);
    __libc_lock(&open_sems_lock);
    fd = open_file(path, oflag, mode, value);
    if (fd >= 0) {
        int error;

        sem = map_once(fd);
        error = errno;
        close(fd);          /* the mapping keeps the file */
        errno = error;
    }
    __libc_unlock(&open_sems_lock);
    pthread_setcancelstate(cancel_state, NULL);
    return sem;
}

int sem_close(sem_t *sem)
{
    struct named_sem **link, *n;
    int r = -1;

    __libc_lock(&open_sems_lock);
    for (link = &open_sems; (n = *link) != NULL; link = &n->next) {
        if (n->sem != sem)
            continue;
        if (--n->opens == 0) {
            *link = n->next;
            munmap(n->sem, sizeof(sem_t));
            free(n);
        }
        r = 0;
        break;
    }
    __libc_unlock(&open_sems_lock);
    if (r != 0)
        errno = EINVAL;
    return r;
}

int sem_unlink(const char *name)
{
    return __shm_unlink(name, "sem.");
}
