#ifndef _STDIO_H
#define _STDIO_H

#define __need_size_t
#define __need_NULL
#include <stddef.h>
#include <stdarg.h>
#include <bits/posixtypes.h>

#define EOF (-1)
#define BUFSIZ 8192
#define FILENAME_MAX 4096
#define L_tmpnam 20
#define FOPEN_MAX 16
#define TMP_MAX 238328
#define P_tmpdir "/tmp"

typedef long fpos_t;

#define _IOFBF 0
#define _IOLBF 1
#define _IONBF 2

#ifndef SEEK_SET
#define SEEK_SET 0
#define SEEK_CUR 1
#define SEEK_END 2
#endif

/*
 * Where a stream's bytes go when it is not a file descriptor: fopencookie's
 * four functions (fmemopen and open_memstream are built on them, as in glibc).
 */
struct __stream_io {
    ssize_t (*read)(void *cookie, char *buf, size_t size);
    ssize_t (*write)(void *cookie, const char *buf, size_t size);
    int (*seek)(void *cookie, off_t *offset, int whence);
    int (*close)(void *cookie);
};

/* The libc's own locks (a stream's, malloc's): recursive; uncontended, one atomic instruction each way. */
struct __libc_lock {
    volatile int word;  /* 0 free, 1 held, 2 held with waiters */
    int owner;          /* the holder's tid */
    int depth;
};

/* A stream: one buffer used either for reading or for writing. */
typedef struct __FILE {
    int fd;
    int flags;          /* __F_* bits, see stdio.c */
    int mode;           /* _IOFBF, _IOLBF or _IONBF */
    unsigned char *buf;
    size_t size;        /* capacity of buf */
    size_t pos;         /* next byte to read or write */
    size_t len;         /* bytes of valid data (reading) */
    int ungot;          /* a byte pushed back by ungetc, or EOF */
    struct __FILE *next; /* all open streams, to flush at exit */
    struct __stream_io io; /* used instead of fd when fd is -1 */
    void *cookie;
    struct __libc_lock lock; /* each call on the stream holds it (flockfile too) */
} FILE;

extern FILE *stdin;
extern FILE *stdout;
extern FILE *stderr;
/* C11 7.21.1p3: they are macros (`#ifdef stdin` works), as in glibc. */
#define stdin stdin
#define stdout stdout
#define stderr stderr

FILE *fopen(const char *path, const char *mode);
FILE *fdopen(int fd, const char *mode);
FILE *freopen(const char *path, const char *mode, FILE *f);
FILE *tmpfile(void);
char *tmpnam(char *s);
#define L_ctermid 9
char *ctermid(char *s);
#ifdef _GNU_SOURCE
char *tmpnam_r(char *s);
#endif
FILE *popen(const char *command, const char *mode);
int pclose(FILE *f);
int fclose(FILE *f);
int fflush(FILE *f);
int setvbuf(FILE *f, char *buf, int mode, size_t size);
void setbuf(FILE *f, char *buf);
void setlinebuf(FILE *f);
int fileno(FILE *f);
int feof(FILE *f);
int ferror(FILE *f);
void clearerr(FILE *f);
int fseek(FILE *f, long offset, int whence);
long ftell(FILE *f);
void rewind(FILE *f);
int fgetpos(FILE *f, fpos_t *pos);
int fsetpos(FILE *f, const fpos_t *pos);
int fseeko(FILE *f, off_t offset, int whence);
off_t ftello(FILE *f);

size_t fread(void *ptr, size_t size, size_t nmemb, FILE *f);
size_t fwrite(const void *ptr, size_t size, size_t nmemb, FILE *f);
/* Before fgets, as in glibc: of names equally near a misspelt one, the compiler suggests
   the latest declared (`gets` in C11 gets 'fgets'). */
int getw(FILE *f);
int putw(int w, FILE *f);
int fgetc(FILE *f);
int getc(FILE *f);
int getchar(void);
int ungetc(int c, FILE *f);
char *fgets(char *s, int size, FILE *f);
ssize_t getline(char **line, size_t *cap, FILE *f);
ssize_t getdelim(char **line, size_t *cap, int delim, FILE *f);
int fputc(int c, FILE *f);
int putc(int c, FILE *f);
int putchar(int c);
int fputs(const char *s, FILE *f);
int puts(const char *s);
/* Removed by C11; as glibc, declared for older dialects only (a call then gets gcc's
   "implicit declaration ...; did you mean 'fgets'?"). */
#if !defined(__STDC_VERSION__) || (__STDC_VERSION__ < 201112L && !defined(_GNU_SOURCE) && !defined(_ISOC11_SOURCE))
char *gets(char *s);
#endif

int printf(const char *fmt, ...);
int fprintf(FILE *f, const char *fmt, ...);
int dprintf(int fd, const char *fmt, ...);
int sprintf(char *s, const char *fmt, ...);
int snprintf(char *s, size_t n, const char *fmt, ...);
int vprintf(const char *fmt, va_list ap);
int vfprintf(FILE *f, const char *fmt, va_list ap);
int vdprintf(int fd, const char *fmt, va_list ap);
int vsprintf(char *s, const char *fmt, va_list ap);
int vsnprintf(char *s, size_t n, const char *fmt, va_list ap);
void flockfile(FILE *f);
int ftrylockfile(FILE *f);
void funlockfile(FILE *f);
int getc_unlocked(FILE *f);
int getchar_unlocked(void);
int putc_unlocked(int c, FILE *f);
int putchar_unlocked(int c);
#ifdef _GNU_SOURCE
int fgetc_unlocked(FILE *f);
int fputc_unlocked(int c, FILE *f);
int fputs_unlocked(const char *s, FILE *f);
char *fgets_unlocked(char *s, int n, FILE *f);
size_t fread_unlocked(void *p, size_t size, size_t n, FILE *f);
size_t fwrite_unlocked(const void *p, size_t size, size_t n, FILE *f);
int fflush_unlocked(FILE *f);
int feof_unlocked(FILE *f);
int ferror_unlocked(FILE *f);
void clearerr_unlocked(FILE *f);
int fileno_unlocked(FILE *f);
#endif
FILE *fmemopen(void *buf, size_t size, const char *mode);
FILE *open_memstream(char **bufp, size_t *sizep);
#ifdef _GNU_SOURCE
typedef ssize_t cookie_read_function_t(void *cookie, char *buf, size_t size);
typedef ssize_t cookie_write_function_t(void *cookie, const char *buf, size_t size);
typedef int cookie_seek_function_t(void *cookie, off64_t *offset, int whence);
typedef int cookie_close_function_t(void *cookie);
typedef struct __stream_io cookie_io_functions_t;
FILE *fopencookie(void *cookie, const char *mode, cookie_io_functions_t io);
#endif
#ifdef _GNU_SOURCE
int asprintf(char **strp, const char *fmt, ...);
int vasprintf(char **strp, const char *fmt, va_list ap);
#endif
int scanf(const char *fmt, ...);
int fscanf(FILE *f, const char *fmt, ...);
int sscanf(const char *s, const char *fmt, ...);
int vfscanf(FILE *f, const char *fmt, va_list ap);
int vsscanf(const char *s, const char *fmt, va_list ap);
int vscanf(const char *fmt, va_list ap);

void perror(const char *s);
int remove(const char *path);
int rename(const char *oldpath, const char *newpath);
int renameat(int olddirfd, const char *oldpath, int newdirfd, const char *newpath);
#ifdef _GNU_SOURCE
#define RENAME_NOREPLACE (1 << 0)
#define RENAME_EXCHANGE (1 << 1)
#define RENAME_WHITEOUT (1 << 2)
int renameat2(int olddirfd, const char *oldpath, int newdirfd, const char *newpath, unsigned int flags);
#endif
char *tempnam(const char *dir, const char *prefix);

/* LFS64 names (see <sys/types.h>). */
#if defined(_LARGEFILE64_SOURCE) || defined(_GNU_SOURCE)
#define fopen64 fopen
#define freopen64 freopen
#define tmpfile64 tmpfile
#define fseeko64 fseeko
#define ftello64 ftello
#define fgetpos64 fgetpos
#define fsetpos64 fsetpos
#define fpos64_t fpos_t
#endif

#endif
