/*
 * <err.h>: warn/err print "prog: message: error text" on stderr; the x
 * forms leave the error text out; err and errx then exit.
 */
#include <err.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "libc.h"

static void message(const char *fmt, va_list ap, int with_error)
{
    int saved = errno;

    fprintf(stderr, "%s: ", program_invocation_short_name);
    if (fmt != NULL) {
        vfprintf(stderr, fmt, ap);
        if (with_error)
            fputs(": ", stderr);
    }
    if (with_error) {
        /* Into a buffer of our own: a program's earlier strerror() result stays as it was. */
        char text[128];

        strerror_r(saved, text, sizeof text);
        fputs(text, stderr);
    }
    fputc('\n', stderr);
}

void vwarn(const char *fmt, va_list ap) { message(fmt, ap, 1); }
void vwarnx(const char *fmt, va_list ap) { message(fmt, ap, 0); }

void verr(int status, const char *fmt, va_list ap)
{
    message(fmt, ap, 1);
    exit(status);
}

void verrx(int status, const char *fmt, va_list ap)
{
    message(fmt, ap, 0);
    exit(status);
}

void warn(const char *fmt, ...)
{
    va_list ap;

    va_start(ap, fmt);
    vwarn(fmt, ap);
    va_end(ap);
}

void warnx(const char *fmt, ...)
{
    va_list ap;

    va_start(ap, fmt);
    vwarnx(fmt, ap);
    va_end(ap);
}

void err(int status, const char *fmt, ...)
{
    va_list ap;

    va_start(ap, fmt);
    verr(status, fmt, ap);
}

void errx(int status, const char *fmt, ...)
{
    va_list ap;

    va_start(ap, fmt);
    verrx(status, fmt, ap);
}
