/*
 * Buffered streams.
 *
 * A FILE has one buffer, used in one direction at a time: while reading it
 * holds bytes read ahead (buf[pos..len)), while writing it holds bytes not
 * yet written (buf[0..pos)). stdout is line-buffered on a terminal and fully
 * buffered otherwise; stderr is unbuffered. exit() flushes every stream.
 *
 * A stream's bytes come from and go to a file descriptor, or, for streams made
 * by fopencookie (fmemopen, open_memstream), to the cookie's functions: the
 * four stream_* functions below are the only places that tell them apart.
 */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <fcntl.h>
#include <errno.h>
#include "libc.h"
#include "pthread_impl.h"
#include "stdio_impl.h"


/*
 * Streams buffer 4096 bytes, as glibc does for pipes and most files (it uses
 * st_blksize): a program's stdout and stderr then interleave at the same points.
 */
#define STREAM_BUF 4096

/*
 * With threads, each stream has a recursive lock (FILE.lock): each call on
 * it (a whole printf, a whole fputs) is atomic, and flockfile takes the same
 * lock for a sequence of calls.  The *_unlocked functions do the work.  A
 * thread blocked reading one stream holds only that stream's lock.  The list
 * of all streams has a lock of its own, never held while waiting for a
 * stream's.
 */
static struct __libc_lock files_lock;

static int fflush_unlocked_impl(FILE *f);
static int put_bytes_unlocked(FILE *f, const unsigned char *p, size_t n);
static int put_bytes(FILE *f, const unsigned char *p, size_t n);

static unsigned char stdin_buf[STREAM_BUF];
static unsigned char stdout_buf[STREAM_BUF];

static FILE stderr_file = { 2, F_WRITE | F_MODE_SET, _IONBF, NULL, 0, 0, 0, EOF, NULL, { 0 }, NULL };
static FILE stdout_file = { 1, F_WRITE, _IOFBF, stdout_buf, STREAM_BUF, 0, 0, EOF, &stderr_file, { 0 }, NULL };
static FILE stdin_file = { 0, F_READ, _IOFBF, stdin_buf, STREAM_BUF, 0, 0, EOF, &stdout_file, { 0 }, NULL };

FILE *stdin = &stdin_file;
FILE *stdout = &stdout_file;
FILE *stderr = &stderr_file;

/* Every stream, newest first, so exit can flush them all. */
static FILE *all_files = &stdin_file;

/*
 * Reads and writes are cancellation points (as glibc's): a thread cancelled
 * there lets go of the stream's lock (pthread_cancel.c).
 */
static ssize_t stream_read(FILE *f, unsigned char *buf, size_t n)
{
    ssize_t r;

    pthread_cleanup_push(__libc_unlock_all, &f->lock);
    if (!(f->flags & F_COOKIE))
        r = read(f->fd, buf, n);
    else    /* a cookie without a read function reads as end of file (glibc) */
        r = f->io.read != NULL ? f->io.read(f->cookie, (char *)buf, n) : 0;
    pthread_cleanup_pop(0);
    return r;
}

static ssize_t stream_write(FILE *f, const unsigned char *p, size_t n)
{
    ssize_t r;

    pthread_cleanup_push(__libc_unlock_all, &f->lock);
    if (!(f->flags & F_COOKIE))
        r = write(f->fd, p, n);
    else    /* ... and one without a write function swallows the bytes */
        r = f->io.write != NULL ? f->io.write(f->cookie, (const char *)p, n) : (ssize_t)n;
    pthread_cleanup_pop(0);
    return r;
}

static off_t stream_seek(FILE *f, off_t offset, int whence)
{
    if (!(f->flags & F_COOKIE))
        return lseek(f->fd, offset, whence);
    if (f->io.seek == NULL) {
        errno = ESPIPE;
        return -1;
    }
    return f->io.seek(f->cookie, &offset, whence) < 0 ? -1 : offset;
}

static int stream_close(FILE *f)
{
    if (!(f->flags & F_COOKIE))
        return close(f->fd);
    return f->io.close != NULL ? f->io.close(f->cookie) : 0;
}

/* stdout's buffering depends on what it is connected to: decide on first use. */
void __stdio_decide_mode(FILE *f)
{
    if (f->flags & F_MODE_SET)
        return;
    f->flags |= F_MODE_SET;
    /* The probe is ours, not the caller's: a printf before perror must not turn errno into ENOTTY. */
    int saved = errno;
    if (f->mode != _IONBF && !(f->flags & F_COOKIE) && isatty(f->fd))
        f->mode = _IOLBF;
    errno = saved;
}

static int write_all(FILE *f, const unsigned char *p, size_t n)
{
    ssize_t w;

    while (n > 0) {
        w = stream_write(f, p, n);
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0) {
            f->flags |= F_ERR;
            return EOF;
        }
        p += w;
        n -= (size_t)w;
    }
    return 0;
}

/* fflush(NULL), as glibc's: output only (system and popen call it; input keeps its read-ahead). */
static void flush_output_streams(void)
{
    FILE *f;

    __libc_lock(&files_lock);
    for (f = all_files; f != NULL; f = f->next)
        if (f->flags & F_WRITING)
            fflush(f);
    __libc_unlock(&files_lock);
}

static void drop_read_ahead(FILE *f)
{
    f->pos = f->len = 0;
    f->ungot = EOF;
    f->flags &= ~F_READING;
}

/*
 * Writes out the pending output, keeping what is not written yet at the front
 * of the buffer: a thread cancelled in a write (a cancellation point) leaves
 * exactly that pending, as glibc. After an error the output is dropped.
 */
static int write_buffer(FILE *f)
{
    int r = 0;

    while (f->pos > 0) {
        ssize_t w = stream_write(f, f->buf, f->pos);

        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0) {
            f->flags |= F_ERR;
            f->pos = 0;
            r = EOF;
            break;
        }
        memmove(f->buf, f->buf + w, f->pos - (size_t)w);
        f->pos -= (size_t)w;
    }
    f->flags &= ~F_WRITING;
    return r;
}

static int fflush_unlocked_impl(FILE *f)
{
    int r = 0;

    if (f->flags & F_WRITING) {
        r = write_buffer(f);
    } else if (f->flags & F_READING) {
        /* Unread input goes back to the file; a pipe cannot take it, so it stays (as glibc). */
        size_t unread = f->len - f->pos + (f->ungot != EOF);

        if (unread > 0 && stream_seek(f, -(off_t)unread, SEEK_CUR) < 0)
            return errno == ESPIPE ? 0 : EOF;
        drop_read_ahead(f);
    }
    return r;
}

/*
 * At exit: write pending output, and hand unread input back to seekable
 * files, so that the next program reading the same descriptor (a shell
 * script's `head -n 1 < f` style sharing) starts where we stopped (POSIX).
 * As glibc, without the streams' locks: a thread blocked reading a stream
 * must not keep the process from exiting.
 */
void __stdio_flush_all(void)
{
    FILE *f;

    for (f = all_files; f != NULL; f = f->next)
        if (f->flags & (F_WRITING | F_READING))
            fflush_unlocked_impl(f);
}

/* _flushlbf: push out what waits in line-buffered streams. */
void __stdio_flush_line_buffered(void)
{
    FILE *f;

    __libc_lock(&files_lock);
    for (f = all_files; f != NULL; f = f->next)
        if ((f->flags & F_WRITING) && f->mode == _IOLBF)
            fflush(f);
    __libc_unlock(&files_lock);
}

void __stdio_lock_list(void)
{
    __libc_lock(&files_lock);
}

void __stdio_unlock_list(int in_child)
{
    FILE *f;

    if (in_child)
        for (f = all_files; f != NULL; f = f->next)
            f->lock = (struct __libc_lock){ 0, 0, 0 };
    __libc_unlock(&files_lock);
}

static int begin_write(FILE *f)
{
    if (!(f->flags & F_WRITE)) {
        f->flags |= F_ERR;
        errno = EBADF;
        return EOF;
    }
    if (f->flags & F_READING) {
        fflush(f);
        drop_read_ahead(f);  /* what a pipe kept through fflush: writing ends it */
    }
    __stdio_decide_mode(f);
    return 0;
}

/* Append n bytes to the stream, flushing as the buffering mode says. */
static int put_bytes_unlocked(FILE *f, const unsigned char *p, size_t n)
{
    size_t room, chunk;
    int newline = 0;

    if (begin_write(f) == EOF)
        return EOF;
    if (f->mode == _IONBF || f->buf == NULL)
        return write_all(f, p, n);
    if (f->mode == _IOLBF && memchr(p, '\n', n) != NULL)
        newline = 1;
    while (n > 0) {
        room = f->size - f->pos;
        if (room == 0) {
            if (fflush(f) == EOF)
                return EOF;
            continue;
        }
        /*
         * A big write into an empty buffer skips the copy for its whole
         * buffer-sized blocks and keeps the tail, as glibc does (so output
         * meets stderr's at the same points).
         */
        if (f->pos == 0 && n >= f->size) {
            chunk = n - n % f->size;
            if (write_all(f, p, chunk) == EOF)
                return EOF;
            p += chunk;
            n -= chunk;
            continue;
        }
        chunk = n < room ? n : room;
        memcpy(f->buf + f->pos, p, chunk);
        f->pos += chunk;
        f->flags |= F_WRITING;
        p += chunk;
        n -= chunk;
    }
    if (newline)
        return fflush(f);
    return 0;
}

static int refill(FILE *f)
{
    ssize_t n;

    if (!(f->flags & F_READ)) {
        f->flags |= F_ERR;
        errno = EBADF;
        return EOF;
    }
    if (f->flags & F_WRITING)
        fflush(f);
    /*
     * Before waiting for a line from a terminal (or an unbuffered stream),
     * the prompt waiting in a line-buffered stdout goes out: glibc's rule.
     */
    __stdio_decide_mode(f);
    if (f->mode != _IOFBF && f != stdout && stdout->mode == _IOLBF && (stdout->flags & F_WRITING))
        fflush(stdout);
    do {
        n = stream_read(f, f->buf, f->size);
    } while (n < 0 && errno == EINTR);
    if (n <= 0) {
        f->flags |= n == 0 ? F_EOF : F_ERR;
        return EOF;
    }
    f->pos = 0;
    f->len = (size_t)n;
    f->flags |= F_READING;
    return 0;
}

static int fgetc_unlocked_impl(FILE *f)
{
    int c;

    if (f->ungot != EOF) {
        c = f->ungot;
        f->ungot = EOF;
        return c;
    }
    if (!(f->flags & F_READING) || f->pos >= f->len)
        if (refill(f) == EOF)
            return EOF;
    return f->buf[f->pos++];
}

/*
 * Puts a byte in front of a reading stream's read-ahead buffer: over the byte before the
 * position, or by moving the buffered bytes up.
 */
static int push_front(FILE *f, unsigned char byte)
{
    if (!(f->flags & F_READING) || f->buf == NULL)
        return -1;
    if (f->pos == 0) {
        if (f->len >= f->size)
            return -1;
        memmove(f->buf + 1, f->buf, f->len);
        f->len++;
        f->pos = 1;
    }
    f->buf[--f->pos] = byte;
    return 0;
}

/*
 * Moves a byte waiting in the ungetc slot to the front of the read-ahead buffer
 * (__freadptr's callers want the unread bytes in one piece); -1 if it does not fit.
 */
int __stdio_pushback_to_buffer(FILE *f)
{
    if (f->ungot == EOF)
        return 0;
    if (push_front(f, (unsigned char)f->ungot) < 0)
        return -1;
    f->ungot = EOF;
    return 0;
}

/*
 * glibc takes back as many bytes as a program gives: the first one goes over the byte
 * just read (a step back in the buffer, so scanf's look-ahead leaves the one-byte slot
 * free for the program's own ungetc) or into the slot; with the slot taken, its byte
 * moves to the front of the buffer to make room for the new one, which is read first.
 */
int ungetc(int c, FILE *f)
{
    if (c == EOF)
        return EOF;
    /*
     * After fseek or on a fresh stream the buffer is empty: enter reading mode, so ftell,
     * fseek and fflush count the pushed-back byte with the read-ahead.
     */
    if (!(f->flags & (F_READING | F_WRITING))) {
        f->pos = f->len = 0;
        f->flags |= F_READING;
    }
    if (f->ungot == EOF && (f->flags & F_READING) && f->pos > 0)
        f->buf[--f->pos] = (unsigned char)c;
    else if (f->ungot == EOF || push_front(f, (unsigned char)f->ungot) == 0)
        f->ungot = (unsigned char)c;
    else
        return EOF;
    f->flags &= ~F_EOF;
    return (unsigned char)c;
}

static char *fgets_unlocked_impl(char *s, int size, FILE *f)
{
    int i = 0, c = 0;

    if (size <= 0)
        return NULL;
    while (i < size - 1) {
        c = fgetc(f);
        if (c == EOF)
            break;
        s[i++] = (char)c;
        if (c == '\n')
            break;
    }
    if (i == 0 && c == EOF)
        return NULL;
    s[i] = '\0';
    return s;
}

static size_t fread_unlocked_impl(void *ptr, size_t size, size_t nmemb, FILE *f)
{
    unsigned char *p = ptr;
    size_t want, got = 0, chunk;

    if (size == 0 || nmemb == 0)
        return 0;
    want = size * nmemb;
    if (f->ungot != EOF && want > 0) {
        p[got++] = (unsigned char)f->ungot;
        f->ungot = EOF;
    }
    while (got < want) {
        if (!(f->flags & F_READING) || f->pos >= f->len)
            if (refill(f) == EOF)
                break;
        chunk = f->len - f->pos;
        if (chunk > want - got)
            chunk = want - got;
        memcpy(p + got, f->buf + f->pos, chunk);
        f->pos += chunk;
        got += chunk;
    }
    return got / size;
}

size_t fwrite(const void *ptr, size_t size, size_t nmemb, FILE *f)
{
    if (size == 0 || nmemb == 0)
        return 0;
    if (put_bytes(f, ptr, size * nmemb) == EOF)
        return 0;
    return nmemb;
}

int fputc(int c, FILE *f)
{
    unsigned char b = (unsigned char)c;

    if (put_bytes(f, &b, 1) == EOF)
        return EOF;
    return b;
}

/* On success glibc's fputs returns 1 and puts the length written, newline included. */
int fputs(const char *s, FILE *f)
{
    return put_bytes(f, (const unsigned char *)s, strlen(s)) == EOF ? EOF : 1;
}

static int puts_unlocked(const char *s)
{
    size_t len = strlen(s);

    if (put_bytes(stdout, (const unsigned char *)s, len) == EOF || fputc('\n', stdout) == EOF)
        return EOF;
    return len + 1 > 2147483647 ? 2147483647 : (int)(len + 1);
}

/*
 * "r", "w+", "ab", "wx", "re"...: the stream flags, and open's flags in *oflags
 * ("e" asks for O_CLOEXEC, as glibc; without it the descriptor is inherited by exec).
 */
static int parse_mode(const char *mode, int *oflags)
{
    int plus = strchr(mode, '+') != NULL;
    int excl = strchr(mode, 'x') != NULL ? O_EXCL : 0;
    int cloexec = strchr(mode, 'e') != NULL ? O_CLOEXEC : 0;

    switch (mode[0]) {
    case 'r':
        *oflags = (plus ? O_RDWR : O_RDONLY) | cloexec;
        return plus ? F_READ | F_WRITE : F_READ;
    case 'w':
        *oflags = (plus ? O_RDWR : O_WRONLY) | O_CREAT | O_TRUNC | excl | cloexec;
        return plus ? F_READ | F_WRITE : F_WRITE;
    case 'a':
        *oflags = (plus ? O_RDWR : O_WRONLY) | O_CREAT | O_APPEND | cloexec;
        return plus ? F_READ | F_WRITE : F_WRITE;
    default:
        errno = EINVAL;
        return -1;
    }
}

static FILE *new_file(int fd, int flags)
{
    FILE *f = malloc(sizeof(FILE));

    if (f == NULL)
        return NULL;
    f->buf = malloc(STREAM_BUF);
    if (f->buf == NULL) {
        free(f);
        return NULL;
    }
    f->fd = fd;
    f->flags = flags | F_OWNBUF;
    f->mode = _IOFBF;
    f->size = STREAM_BUF;
    f->pos = f->len = 0;
    f->ungot = EOF;
    f->cookie = NULL;
    f->lock = (struct __libc_lock){ 0, 0, 0 };
    __libc_lock(&files_lock);
    f->next = all_files;
    all_files = f;
    __libc_unlock(&files_lock);
    return f;
}

FILE *fopen(const char *path, const char *mode)
{
    int oflags, fd, flags = parse_mode(mode, &oflags);
    FILE *f;

    if (flags < 0)
        return NULL;
    fd = open(path, oflags, 0666);
    if (fd < 0)
        return NULL;
    f = new_file(fd, flags);
    if (f == NULL)
        close(fd);
    return f;
}

FILE *fdopen(int fd, const char *mode)
{
    int oflags, flags = parse_mode(mode, &oflags);

    if (flags < 0)
        return NULL;
    return new_file(fd, flags);
}

/* Reopen f on another file, keeping its descriptor number (freopen(..., stdin) stays fd 0). */
FILE *freopen(const char *path, const char *mode, FILE *f)
{
    int oflags, fd, flags = parse_mode(mode, &oflags), cloexec, old;

    fflush(f);
    if (flags < 0 || path == NULL) {
        errno = EINVAL;
        return NULL;
    }
    /* Close-on-exec after: "e" asked for it, or the old descriptor had it (as glibc). */
    old = fcntl(f->fd, F_GETFD);
    cloexec = (oflags & O_CLOEXEC) != 0 || (old >= 0 && (old & FD_CLOEXEC));
    fd = open(path, oflags, 0666);
    if (fd < 0)
        return NULL;
    if (fd != f->fd) {
        if (dup3(fd, f->fd, cloexec ? O_CLOEXEC : 0) < 0) {
            close(fd);
            return NULL;
        }
        close(fd);
    } else {
        fcntl(fd, F_SETFD, cloexec ? FD_CLOEXEC : 0);
    }
    f->flags = flags | (f->flags & (F_OWNBUF | F_MODE_SET));
    f->pos = f->len = 0;
    f->ungot = EOF;
    return f;
}

int fclose(FILE *f)
{
    FILE **pp;
    int r = fflush(f);

    if (stream_close(f) < 0)
        r = EOF;
    __libc_lock(&files_lock);
    for (pp = &all_files; *pp != NULL; pp = &(*pp)->next) {
        if (*pp == f) {
            *pp = f->next;
            break;
        }
    }
    __libc_unlock(&files_lock);
    /* The standard streams are static; only fopen'ed ones are freed. */
    if (f->flags & F_OWNBUF) {
        free(f->buf);
        free(f);
    }
    return r;
}

int setvbuf(FILE *f, char *buf, int mode, size_t size)
{
    if (mode != _IOFBF && mode != _IOLBF && mode != _IONBF)
        return -1;
    fflush(f);
    f->mode = mode;
    f->flags |= F_MODE_SET;
    if (buf != NULL && size > 0) {
        if (f->flags & F_OWNBUF)
            free(f->buf);
        f->flags &= ~F_OWNBUF;
        f->buf = (unsigned char *)buf;
        f->size = size;
    }
    return 0;
}

void setbuf(FILE *f, char *buf)
{
    setvbuf(f, buf, buf != NULL ? _IOFBF : _IONBF, BUFSIZ);
}

int fileno(FILE *f)
{
    return f->fd;
}

int feof(FILE *f)
{
    return (f->flags & F_EOF) != 0;
}

int ferror(FILE *f)
{
    return (f->flags & F_ERR) != 0;
}

void clearerr(FILE *f)
{
    f->flags &= ~(F_EOF | F_ERR);
}

int fseek(FILE *f, long offset, int whence)
{
    if (f->flags & F_READING) {
        /*
         * fflush would seek back over read-ahead; we account for it in the
         * offset instead, and drop the read-ahead only once the seek worked:
         * after a failed seek the stream is where it was (ftell unchanged).
         */
        if (whence == SEEK_CUR)
            offset -= (long)(f->len - f->pos) + (f->ungot != EOF);
        if (stream_seek(f, offset, whence) < 0)
            return -1;
        drop_read_ahead(f);
    } else if (fflush(f) == EOF || stream_seek(f, offset, whence) < 0) {
        return -1;
    }
    f->flags &= ~F_EOF;
    return 0;
}

long ftell(FILE *f)
{
    long off = stream_seek(f, 0, SEEK_CUR);

    if (off < 0)
        return -1;
    if (f->flags & F_READING)
        return off - (long)(f->len - f->pos) - (f->ungot != EOF);
    if (f->flags & F_WRITING)
        return off + (long)f->pos;
    return off;
}

void rewind(FILE *f)
{
    fseek(f, 0, SEEK_SET);
    clearerr(f);
}

/* A stream over caller-supplied functions (a GNU extension; see struct __stream_io). */
FILE *fopencookie(void *cookie, const char *mode, cookie_io_functions_t io)
{
    int oflags, flags = parse_mode(mode, &oflags);
    FILE *f;

    if (flags < 0)
        return NULL;
    f = new_file(-1, flags | F_COOKIE);
    if (f == NULL)
        return NULL;
    f->io = io;
    f->cookie = cookie;
    return f;
}

int fflush(FILE *f)
{
    int r;

    if (f == NULL) {
        flush_output_streams();
        return 0;
    }
    __libc_lock(&f->lock);
    r = fflush_unlocked_impl(f);
    __libc_unlock(&f->lock);
    return r;
}

static int put_bytes(FILE *f, const unsigned char *p, size_t n)
{
    int r;

    __libc_lock(&f->lock);
    r = put_bytes_unlocked(f, p, n);
    __libc_unlock(&f->lock);
    return r;
}

int fgetc(FILE *f)
{
    int c;

    __libc_lock(&f->lock);
    c = fgetc_unlocked_impl(f);
    __libc_unlock(&f->lock);
    return c;
}

char *fgets(char *s, int size, FILE *f)
{
    char *r;

    __libc_lock(&f->lock);
    r = fgets_unlocked_impl(s, size, f);
    __libc_unlock(&f->lock);
    return r;
}

size_t fread(void *ptr, size_t size, size_t nmemb, FILE *f)
{
    size_t r;

    __libc_lock(&f->lock);
    r = fread_unlocked_impl(ptr, size, nmemb, f);
    __libc_unlock(&f->lock);
    return r;
}

int puts(const char *s)
{
    int r;

    __libc_lock(&stdout->lock);
    r = puts_unlocked(s);
    __libc_unlock(&stdout->lock);
    return r;
}

/*
 * Give back bytes just read (ungetwc of a multibyte character): they go back
 * into the read-ahead buffer over the bytes they came from. One byte can
 * always go back, through ungetc.
 */
int __stdio_unread(FILE *f, const unsigned char *p, size_t n)
{
    if (n == 1)
        return ungetc(p[0], f) == EOF ? -1 : 0;
    if (!(f->flags & F_READING) || f->ungot != EOF || f->pos < n)
        return -1;
    f->pos -= n;
    memcpy(f->buf + f->pos, p, n);
    f->flags &= ~F_EOF;
    return 0;
}
