/*
 * Streams built from the basic ones in stdio.c: temporary files, pipes to
 * commands, positions, and the old gets.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <fcntl.h>
#include <errno.h>
#include <sys/wait.h>
#include "libc.h"
#include "pthread_impl.h"

/* A name not in use yet: /tmp/tmp.<pid>.<counter>, advanced until open succeeds. */
static int open_temp(char *name, size_t size)
{
    static unsigned counter;
    int fd, tries;

    for (tries = 0; tries < 1000; tries++) {
        snprintf(name, size, "%s/tmp.%d.%u", P_tmpdir, getpid(), counter++);
        fd = open(name, O_RDWR | O_CREAT | O_EXCL, 0600);
        if (fd >= 0 || errno != EEXIST)
            return fd;
    }
    return -1;
}

FILE *tmpfile(void)
{
    char name[64];
    int fd = open_temp(name, sizeof(name));
    FILE *f;

    if (fd < 0)
        return NULL;
    /* Gone from the directory at once; the file lives until it is closed. */
    unlink(name);
    f = fdopen(fd, "w+");
    if (f == NULL)
        close(fd);
    return f;
}

char *tmpnam(char *s)
{
    static char name[L_tmpnam + 24];
    static unsigned counter;
    char *out = s != NULL ? s : name;

    do
        snprintf(out, L_tmpnam, "%s/t%d.%u", P_tmpdir, getpid() % 100000, counter++);
    while (access(out, F_OK) == 0);
    return out;
}

/* GNU's tmpnam_r: tmpnam into the caller's buffer only (NULL for none). */
char *tmpnam_r(char *s)
{
    return s != NULL ? tmpnam(s) : NULL;
}

/* The controlling terminal's name: always /dev/tty, as glibc. */
char *ctermid(char *s)
{
    static char name[L_ctermid];

    return strcpy(s != NULL ? s : name, "/dev/tty");
}

/* popen's children, so pclose can wait for the right one. */
#define MAX_POPEN 16
static struct {
    FILE *f;
    pid_t pid;
} popened[MAX_POPEN];

FILE *popen(const char *command, const char *mode)
{
    int fds[2], reading = mode[0] == 'r', i;
    pid_t pid;
    FILE *f;

    if ((mode[0] != 'r' && mode[0] != 'w') || pipe(fds) < 0)
        return NULL;
    fflush(NULL);
    pid = __libc_fork();
    if (pid < 0) {
        close(fds[0]);
        close(fds[1]);
        return NULL;
    }
    if (pid == 0) {
        /* The child's end becomes its stdout (for "r") or stdin (for "w"). */
        dup2(reading ? fds[1] : fds[0], reading ? 1 : 0);
        close(fds[0]);
        close(fds[1]);
        __exec_shell(command);
    }
    close(reading ? fds[1] : fds[0]);
    /* "re" and "we": the caller's end is closed on exec (as glibc). */
    if (strchr(mode + 1, 'e') != NULL)
        fcntl(reading ? fds[0] : fds[1], F_SETFD, FD_CLOEXEC);
    f = fdopen(reading ? fds[0] : fds[1], reading ? "r" : "w");
    for (i = 0; i < MAX_POPEN && f != NULL; i++) {
        if (popened[i].f == NULL) {
            popened[i].f = f;
            popened[i].pid = pid;
            break;
        }
    }
    return f;
}

int pclose(FILE *f)
{
    pid_t pid = -1;
    int status, i;

    for (i = 0; i < MAX_POPEN; i++) {
        if (popened[i].f == f) {
            pid = popened[i].pid;
            popened[i].f = NULL;
        }
    }
    fclose(f);
    if (pid < 0) {
        errno = ECHILD;
        return -1;
    }
    while (waitpid(pid, &status, 0) < 0)
        if (errno != EINTR)
            return -1;
    return status;
}

void setlinebuf(FILE *f)
{
    setvbuf(f, NULL, _IOLBF, 0);
}

int fgetpos(FILE *f, fpos_t *pos)
{
    long p = ftell(f);

    if (p < 0)
        return -1;
    *pos = p;
    return 0;
}

int fsetpos(FILE *f, const fpos_t *pos)
{
    return fseek(f, *pos, SEEK_SET);
}

int fseeko(FILE *f, off_t offset, int whence)
{
    return fseek(f, offset, whence);
}

off_t ftello(FILE *f)
{
    return ftell(f);
}

/* No bound on the line: kept only for old programs. */
char *gets(char *s)
{
    char *p = s;
    int c;

    while ((c = getchar()) != EOF && c != '\n')
        *p++ = (char)c;
    if (c == EOF && p == s)
        return NULL;
    *p = '\0';
    return s;
}

static ssize_t getdelim_locked(char **line, size_t *cap, int delim, FILE *f)
{
    size_t n = 0;
    int c;
    char *grown;

    if (*line == NULL || *cap == 0) {
        *cap = 128;
        *line = malloc(*cap);
        if (*line == NULL)
            return -1;
        (*line)[0] = '\0';
    }
    for (;;) {
        c = fgetc(f);
        if (c == EOF)
            break;
        if (n + 2 > *cap) {
            grown = realloc(*line, *cap * 2);
            if (grown == NULL)
                return -1;
            *line = grown;
            *cap *= 2;
        }
        (*line)[n++] = (char)c;
        if (c == delim)
            break;
    }
    /* At end of input with nothing read, the buffer keeps its old contents (as glibc's). */
    if (n == 0)
        return -1;
    (*line)[n] = '\0';
    return (ssize_t)n;
}

/* A whole line under the stream's lock, as glibc's: another thread's read cannot take half of it. */
ssize_t getdelim(char **line, size_t *cap, int delim, FILE *f)
{
    ssize_t r;

    flockfile(f);
    r = getdelim_locked(line, cap, delim, f);
    funlockfile(f);
    return r;
}

ssize_t getline(char **line, size_t *cap, FILE *f)
{
    return getdelim(line, cap, '\n', f);
}

int getc(FILE *f)
{
    return fgetc(f);
}

int getchar(void)
{
    return fgetc(stdin);
}

int putc(int c, FILE *f)
{
    return fputc(c, f);
}

int putchar(int c)
{
    return fputc(c, stdout);
}

/*
 * POSIX's stream locks: the stream's own recursive lock (stdio.c), so a
 * thread holding it makes a sequence of calls atomic.  The _unlocked forms
 * are the plain ones (which take the lock again: it is recursive).
 */
void flockfile(FILE *f)
{
    __libc_lock(&f->lock);
}

int ftrylockfile(FILE *f)
{
    return __libc_trylock(&f->lock);
}

void funlockfile(FILE *f)
{
    __libc_unlock(&f->lock);
}

int getc_unlocked(FILE *f) { return getc(f); }
int getchar_unlocked(void) { return getchar(); }
int putc_unlocked(int c, FILE *f) { return putc(c, f); }
int putchar_unlocked(int c) { return putchar(c); }
int fgetc_unlocked(FILE *f) { return fgetc(f); }
int fputc_unlocked(int c, FILE *f) { return fputc(c, f); }
int fputs_unlocked(const char *s, FILE *f) { return fputs(s, f); }
char *fgets_unlocked(char *s, int n, FILE *f) { return fgets(s, n, f); }
size_t fread_unlocked(void *p, size_t size, size_t n, FILE *f) { return fread(p, size, n, f); }
size_t fwrite_unlocked(const void *p, size_t size, size_t n, FILE *f) { return fwrite(p, size, n, f); }
int fflush_unlocked(FILE *f) { return fflush(f); }
int feof_unlocked(FILE *f) { return feof(f); }
int ferror_unlocked(FILE *f) { return ferror(f); }
void clearerr_unlocked(FILE *f) { clearerr(f); }
int fileno_unlocked(FILE *f) { return fileno(f); }

/*
 * A temporary file name in dir (or $TMPDIR, or P_tmpdir, whichever exists
 * first, as glibc tries them), starting with up to five bytes of prefix.
 */
char *tempnam(const char *dir, const char *prefix)
{
    static unsigned counter;
    const char *env = getenv("TMPDIR"), *choices[3], *base = P_tmpdir;
    char *name;
    size_t size;
    int i;

    choices[0] = env;
    choices[1] = dir;
    choices[2] = P_tmpdir;
    for (i = 0; i < 3; i++) {
        if (choices[i] != NULL && access(choices[i], W_OK | X_OK) == 0) {
            base = choices[i];
            break;
        }
    }
    if (prefix == NULL)
        prefix = "file";
    size = strlen(base) + 32;
    name = malloc(size);
    if (name == NULL)
        return NULL;
    do
        snprintf(name, size, "%s/%.5s%d.%u", base, prefix, getpid() % 100000, counter++);
    while (access(name, F_OK) == 0);
    return name;
}

/* An int as its raw bytes (an old binary I/O convenience). */
int getw(FILE *f)
{
    int w;

    return fread(&w, sizeof(w), 1, f) == 1 ? w : EOF;
}

int putw(int w, FILE *f)
{
    return fwrite(&w, sizeof(w), 1, f) == 1 ? 0 : EOF;
}
