/*
 * Streams over memory: fmemopen (a fixed buffer) and open_memstream (a buffer
 * that grows), both built on fopencookie as glibc does. Their corner cases
 * (where the terminating NUL goes, what SEEK_END means) follow glibc 2.22+.
 */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>

/* fmemopen: buf[0..size) holds the stream; maxpos is the end of its data. */
struct fixed_buffer {
    char *buf;
    size_t size;
    size_t pos;
    size_t maxpos;
    int append;   /* "a": every write goes to the end of the data */
    int owned;    /* buf == NULL was passed: we allocated it */
};

static ssize_t fixed_read(void *cookie, char *out, size_t n)
{
    struct fixed_buffer *c = cookie;
    size_t avail = c->pos < c->maxpos ? c->maxpos - c->pos : 0;

    if (n > avail)
        n = avail;
    memcpy(out, c->buf + c->pos, n);
    c->pos += n;
    return (ssize_t)n;
}

/*
 * Text is kept NUL-terminated when there is room; a write that would reach
 * the very end of the buffer is cut short, except by one byte that is itself
 * the terminator.
 */
static ssize_t fixed_write(void *cookie, const char *in, size_t n)
{
    struct fixed_buffer *c = cookie;
    size_t pos = c->append ? c->maxpos : c->pos;
    int add_nul = n == 0 || in[n - 1] != '\0';

    if (pos + n > c->size) {
        if (pos + add_nul >= c->size) {
            errno = ENOSPC;
            return 0;
        }
        n = c->size - pos;
    }
    memcpy(c->buf + pos, in, n);
    c->pos = pos + n;
    if (c->pos > c->maxpos) {
        c->maxpos = c->pos;
        if (c->maxpos < c->size && add_nul)
            c->buf[c->maxpos] = '\0';
        else if (!c->append && add_nul)
            c->buf[c->size - 1] = '\0';
    }
    return (ssize_t)n;
}

static int fixed_seek(void *cookie, off_t *offset, int whence)
{
    struct fixed_buffer *c = cookie;
    off_t base = whence == SEEK_SET ? 0 : whence == SEEK_CUR ? (off_t)c->pos : (off_t)c->maxpos;

    if (whence != SEEK_SET && whence != SEEK_CUR && whence != SEEK_END) {
        errno = EINVAL;
        return -1;
    }
    if (base + *offset < 0 || (size_t)(base + *offset) > c->size) {
        errno = EINVAL;
        return -1;
    }
    c->pos = (size_t)(base + *offset);
    *offset = (off_t)c->pos;
    return 0;
}

static int fixed_close(void *cookie)
{
    struct fixed_buffer *c = cookie;

    if (c->owned)
        free(c->buf);
    free(c);
    return 0;
}

FILE *fmemopen(void *buf, size_t size, const char *mode)
{
    cookie_io_functions_t io = { fixed_read, fixed_write, fixed_seek, fixed_close };
    struct fixed_buffer *c;
    FILE *f;

    if (strchr("rwa", mode[0]) == NULL) {
        errno = EINVAL;
        return NULL;
    }
    c = calloc(1, sizeof(*c));
    if (c == NULL)
        return NULL;
    c->owned = buf == NULL;
    c->buf = c->owned ? calloc(1, size + 1) : buf;
    if (c->buf == NULL) {
        free(c);
        return NULL;
    }
    c->size = size;
    if (!c->owned && size > 0 && mode[0] == 'w' && strchr(mode, '+') != NULL)
        c->buf[0] = '\0';   /* "w+" truncates the caller's buffer */
    if (mode[0] == 'r')
        c->maxpos = size;
    else if (mode[0] == 'a' && !c->owned)
        c->maxpos = strnlen(c->buf, size);
    c->append = mode[0] == 'a';
    c->pos = c->append ? c->maxpos : 0;
    f = fopencookie(c, mode, io);
    if (f == NULL)
        fixed_close(c);
    return f;
}

/*
 * open_memstream: *bufp holds the data and *sizep its size. As in glibc the
 * size is always the current position: a seek back shortens the stream (the
 * bytes after it stay in the buffer, which is zeroed past anything written),
 * and SEEK_END is relative to it.
 */
struct growing_buffer {
    char **bufp;
    size_t *sizep;
    char *buf;
    size_t cap;   /* bytes allocated; always more than pos */
    size_t pos;
};

static void publish(struct growing_buffer *c)
{
    *c->bufp = c->buf;
    *c->sizep = c->pos;
}

static int reserve(struct growing_buffer *c, size_t need)
{
    size_t cap = c->cap;
    char *p;

    if (need < cap)
        return 0;
    while (cap <= need)
        cap = cap * 2;
    p = realloc(c->buf, cap);
    if (p == NULL)
        return -1;
    memset(p + c->cap, 0, cap - c->cap);
    c->buf = p;
    c->cap = cap;
    return 0;
}

static ssize_t growing_write(void *cookie, const char *in, size_t n)
{
    struct growing_buffer *c = cookie;

    if (reserve(c, c->pos + n) < 0)
        return -1;
    memcpy(c->buf + c->pos, in, n);
    c->pos += n;
    publish(c);
    return (ssize_t)n;
}

static int growing_seek(void *cookie, off_t *offset, int whence)
{
    struct growing_buffer *c = cookie;
    off_t base = whence == SEEK_SET ? 0 : (off_t)c->pos;

    if ((whence != SEEK_SET && whence != SEEK_CUR && whence != SEEK_END) || base + *offset < 0) {
        errno = EINVAL;
        return -1;
    }
    if (reserve(c, (size_t)(base + *offset)) < 0)
        return -1;
    c->pos = (size_t)(base + *offset);
    *offset = (off_t)c->pos;
    publish(c);
    return 0;
}

/* The buffer now belongs to the caller, terminated at the final position. */
static int growing_close(void *cookie)
{
    struct growing_buffer *c = cookie;

    c->buf[c->pos] = '\0';
    publish(c);
    free(c);
    return 0;
}

FILE *open_memstream(char **bufp, size_t *sizep)
{
    cookie_io_functions_t io = { NULL, growing_write, growing_seek, growing_close };
    struct growing_buffer *c;
    FILE *f;

    if (bufp == NULL || sizep == NULL) {
        errno = EINVAL;
        return NULL;
    }
    c = calloc(1, sizeof(*c));
    if (c == NULL)
        return NULL;
    c->cap = 64;
    c->buf = calloc(1, c->cap);
    if (c->buf == NULL) {
        free(c);
        return NULL;
    }
    c->bufp = bufp;
    c->sizep = sizep;
    publish(c);
    f = fopencookie(c, "w", io);
    if (f == NULL) {
        free(c->buf);
        free(c);
    }
    return f;
}
