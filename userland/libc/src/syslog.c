/*
 * <syslog.h> without a syslog daemon: the message is formatted as glibc formats it
 * ("ident[pid]: text", %m included) and goes to stderr (LOG_PERROR) and to the console
 * (LOG_CONS), the two places glibc still writes to when no daemon listens on /dev/log.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <syslog.h>
#include <unistd.h>
#include "libc.h"

static const char *log_ident;
static int log_options;
static int log_facility = LOG_USER;
static int log_mask = 0xff;

void openlog(const char *ident, int option, int facility)
{
    log_ident = ident;
    log_options = option;
    if (facility != 0 && (facility & ~LOG_FACMASK) == 0)
        log_facility = facility;
}

/* As glibc's: forgets the identity only; the options, facility and mask stay. */
void closelog(void)
{
    log_ident = NULL;
}

/* A mask of 0 leaves the current one unchanged (and only reads it). */
int setlogmask(int mask)
{
    int old = log_mask;

    if (mask != 0)
        log_mask = mask;
    return old;
}

void vsyslog(int priority, const char *format, va_list ap)
{
    char line[1024];
    int saved = errno;
    const char *ident = log_ident != NULL ? log_ident : program_invocation_short_name;
    int n;

    if (!(LOG_MASK(LOG_PRI(priority)) & log_mask))
        return;
    if (log_options & LOG_PID)
        n = snprintf(line, sizeof line, "%s[%d]: ", ident, (int)getpid());
    else
        n = snprintf(line, sizeof line, "%s: ", ident);
    if (n < 0 || (size_t)n >= sizeof line)
        n = 0;
    errno = saved; /* for %m */
    vsnprintf(line + n, sizeof line - n, format, ap);
    n = (int)strlen(line);
    if (n > 0 && line[n - 1] == '\n')
        line[--n] = '\0';

    if (log_options & LOG_PERROR)
        fprintf(stderr, "%s\n", line);
    if (log_options & LOG_CONS) {
        int fd = open("/dev/console", O_WRONLY | O_NOCTTY | O_CLOEXEC);

        if (fd >= 0) {
            write(fd, line, (size_t)n);
            write(fd, "\r\n", 2);
            close(fd);
        }
    }
    errno = saved;
}

void syslog(int priority, const char *format, ...)
{
    va_list ap;

    va_start(ap, format);
    vsyslog(priority, format, ap);
    va_end(ap);
}
