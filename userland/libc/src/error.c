/*
 * <error.h>, GNU's error(): like err(), but the error number is an argument, the
 * program's name is argv[0] as given (program_invocation_name), stdout is flushed
 * first so the two streams interleave in order, and a zero status returns.
 */
#define _GNU_SOURCE /* program_invocation_name */
#include <error.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

unsigned int error_message_count;
int error_one_per_line;
void (*error_print_progname)(void);

static void report(int status, int errnum, const char *format, va_list ap)
{
    vfprintf(stderr, format, ap);
    if (errnum != 0) {
        /* Into a buffer of our own: a program's earlier strerror() result stays as it was. */
        char text[128];

        strerror_r(errnum, text, sizeof text);
        fprintf(stderr, ": %s", text);
    }
    fputc('\n', stderr);
    fflush(stderr);
    error_message_count++;
    if (status != 0)
        exit(status);
}

/* The program's name (or what error_print_progname prints), then `separator`. */
static void start(const char *separator)
{
    fflush(stdout);
    if (error_print_progname != NULL)
        error_print_progname();
    else
        fprintf(stderr, "%s%s", program_invocation_name, separator);
}

void error(int status, int errnum, const char *format, ...)
{
    va_list ap;

    start(": ");
    va_start(ap, format);
    report(status, errnum, format, ap);
    va_end(ap);
}

void error_at_line(int status, int errnum, const char *filename, unsigned int linenum, const char *format, ...)
{
    static const char *last_file;
    static unsigned int last_line;
    va_list ap;

    if (error_one_per_line) {
        if (last_file != NULL && linenum == last_line &&
            (filename == last_file || (filename != NULL && strcmp(filename, last_file) == 0)))
            return;
        last_file = filename;
        last_line = linenum;
    }
    start(":");
    if (filename != NULL)
        fprintf(stderr, "%s:%u: ", filename, linenum);
    else
        fputc(' ', stderr);
    va_start(ap, format);
    report(status, errnum, format, ap);
    va_end(ap);
}
