/*
 * uname [-asnrvmo]: print system information (default -s), in coreutils' order.
 */
#include <stdio.h>
#include <string.h>
#include <errno.h>
#include <sys/utsname.h>

#define F_SYSNAME 1
#define F_NODENAME 2
#define F_RELEASE 4
#define F_VERSION 8
#define F_MACHINE 16
#define F_OS 32

static int printed;

static void field(const char *s)
{
    if (printed++)
        putchar(' ');
    fputs(s, stdout);
}

int main(int argc, char **argv)
{
    struct utsname u;
    int flags = 0, i;
    const char *p;

    for (i = 1; i < argc; i++) {
        if (argv[i][0] != '-' || argv[i][1] == '\0') {
            fprintf(stderr, "uname: extra operand '%s'\n", argv[i]);
            return 1;
        }
        for (p = argv[i] + 1; *p; p++) {
            switch (*p) {
            case 'a': flags |= F_SYSNAME | F_NODENAME | F_RELEASE | F_VERSION | F_MACHINE | F_OS; break;
            case 's': flags |= F_SYSNAME; break;
            case 'n': flags |= F_NODENAME; break;
            case 'r': flags |= F_RELEASE; break;
            case 'v': flags |= F_VERSION; break;
            case 'm': flags |= F_MACHINE; break;
            case 'o': flags |= F_OS; break;
            default:
                fprintf(stderr, "uname: invalid option -- '%c'\n", *p);
                return 1;
            }
        }
    }
    if (flags == 0)
        flags = F_SYSNAME;
    if (uname(&u) < 0) {
        fprintf(stderr, "uname: cannot get system name: %s\n", strerror(errno));
        return 1;
    }
    if (flags & F_SYSNAME) field(u.sysname);
    if (flags & F_NODENAME) field(u.nodename);
    if (flags & F_RELEASE) field(u.release);
    if (flags & F_VERSION) field(u.version);
    if (flags & F_MACHINE) field(u.machine);
    if (flags & F_OS) field("GNU/Linux");
    putchar('\n');
    return 0;
}
