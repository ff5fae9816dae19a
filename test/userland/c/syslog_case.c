/*
 * <syslog.h> as a daemon-style program uses it, with no syslog daemon to talk to (none
 * runs in the test environment either): LOG_PERROR copies each message to stderr as
 * "ident: text", %m is the error text, and the mask filters priorities (and outlives
 * closelog). The case points stderr at stdout so the output is compared.
 */
#include <errno.h>
#include <stdio.h>
#include <syslog.h>
#include <unistd.h>

int main(void) {
    dup2(1, 2);
    setvbuf(stdout, NULL, _IONBF, 0);
    printf("mask bits %d %d %d %d\n", LOG_MASK(LOG_ERR), LOG_UPTO(LOG_NOTICE), LOG_PRI(LOG_LOCAL3 | LOG_CRIT), LOG_FAC(LOG_LOCAL3));
    openlog("rwdaemon", LOG_PERROR, LOG_DAEMON);
    syslog(LOG_INFO, "started with %d workers", 4);
    errno = EACCES;
    syslog(LOG_ERR, "cannot open spool: %m");
    printf("errno after syslog %d\n", errno == EACCES);
    int old = setlogmask(LOG_UPTO(LOG_WARNING));
    printf("old mask %d, now %d\n", old, setlogmask(0));
    syslog(LOG_DEBUG, "filtered out");
    syslog(LOG_WARNING | LOG_LOCAL0, "disk almost full\n");
    closelog();
    syslog(LOG_NOTICE, "after closelog: filtered by the mask that stays");
    openlog("second", LOG_PERROR, 0);
    syslog(LOG_CRIT, "reopened under a new identity");
    return 0;
}
