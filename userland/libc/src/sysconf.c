/*
 * sysconf: the system's limits, as fixed numbers for this machine (the CPUs
 * counted as get_nprocs counts them; 4 KiB pages, 100 clock ticks a second as Linux reports to user space).
 */
#include <unistd.h>
#include <errno.h>
#include <sys/sysinfo.h>

long sysconf(int name)
{
    switch (name) {
    case _SC_ARG_MAX: return 131072;
    case _SC_CHILD_MAX: return 4096;
    case _SC_CLK_TCK: return 100;
    case _SC_OPEN_MAX: return 1024;
    case _SC_PAGESIZE: return 4096;
    case _SC_NPROCESSORS_CONF: return get_nprocs_conf();
    case _SC_NPROCESSORS_ONLN: return get_nprocs();
    case _SC_PHYS_PAGES: return 65536;
    /* A buffer for getpwnam_r/getgrnam_r to start with, glibc's suggestion. */
    case _SC_GETGR_R_SIZE_MAX: return 1024;
    case _SC_GETPW_R_SIZE_MAX: return 1024;
    default:
        errno = EINVAL;
        return -1;
    }
}

int getpagesize(void)
{
    return 4096;
}
