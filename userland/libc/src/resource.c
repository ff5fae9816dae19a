/*
 * Resources and system information: limits, usage, CPU times, sysinfo,
 * random bytes, vectored I/O and sched_yield — thin system-call wrappers —
 * and the number of CPUs.
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/times.h>
#include <sys/sysinfo.h>
#include <sys/random.h>
#include <sys/uio.h>
#include <sys/syscall.h>
#include <sched.h>
#include <errno.h>
#include <unistd.h>
#include "libc.h"

/* setrlimit is prlimit64 on the calling process, as in glibc. */
int prlimit(pid_t pid, int resource, const struct rlimit *new_limit, struct rlimit *old_limit)
{
    return (int)__syscall_ret(__syscall4(SYS_prlimit64, pid, resource, new_limit, old_limit));
}

int getrlimit(int resource, struct rlimit *rlim)
{
    return prlimit(0, resource, NULL, rlim);
}

int setrlimit(int resource, const struct rlimit *rlim)
{
    return prlimit(0, resource, rlim, NULL);
}

int getrusage(int who, struct rusage *usage)
{
    return (int)__syscall_ret(__syscall2(SYS_getrusage, who, usage));
}

clock_t times(struct tms *buf)
{
    return (clock_t)__syscall_ret(__syscall1(SYS_times, buf));
}

int sysinfo(struct sysinfo *info)
{
    return (int)__syscall_ret(__syscall1(SYS_sysinfo, info));
}

/* The CPUs in a list such as "0-3,5\n" (/sys/devices/system/cpu/online). */
static int count_cpu_list(const char *s)
{
    int count = 0;
    long first, last;
    char *end;

    while (*s >= '0' && *s <= '9') {
        first = last = strtol(s, &end, 10);
        if (*end == '-')
            last = strtol(end + 1, &end, 10);
        count += (int)(last - first + 1);
        s = *end == ',' ? end + 1 : end;
    }
    return count;
}

/*
 * As glibc: the kernel's list (online or present CPUs) where /sys shows it, as
 * natively; else the CPUs this process may run on: in the emulator CPU 0 alone.
 */
static int count_cpus(const char *list)
{
    char buf[256];
    int fd = open(list, O_RDONLY | O_CLOEXEC), n = 0;
    cpu_set_t set;

    if (fd >= 0) {
        n = (int)read(fd, buf, sizeof(buf) - 1);
        close(fd);
    }
    if (n > 0) {
        buf[n] = '\0';
        return count_cpu_list(buf);
    }
    if (sched_getaffinity(0, sizeof(set), &set) == 0)
        return CPU_COUNT(&set);
    return 1;
}

int get_nprocs(void)
{
    return count_cpus("/sys/devices/system/cpu/online");
}

int get_nprocs_conf(void)
{
    return count_cpus("/sys/devices/system/cpu/present");
}

long get_phys_pages(void)
{
    struct sysinfo info;

    return sysinfo(&info) < 0 ? -1 : (long)(info.totalram * info.mem_unit / (unsigned long)getpagesize());
}

long get_avphys_pages(void)
{
    struct sysinfo info;

    return sysinfo(&info) < 0 ? -1 : (long)(info.freeram * info.mem_unit / (unsigned long)getpagesize());
}

ssize_t getrandom(void *buf, size_t count, unsigned int flags)
{
    return __syscall_ret(__syscall3(SYS_getrandom, buf, count, flags));
}

/* At most 256 bytes, all or nothing (POSIX 2024). */
int getentropy(void *buf, size_t count)
{
    unsigned char *p = buf;
    ssize_t n;

    if (count > 256) {
        errno = EIO;
        return -1;
    }
    while (count > 0) {
        n = getrandom(p, count, 0);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return -1;
        p += n;
        count -= (size_t)n;
    }
    return 0;
}

ssize_t readv(int fd, const struct iovec *iov, int iovcnt)
{
    return __syscall_ret(__syscall_cp3(SYS_readv, fd, iov, iovcnt));
}

ssize_t writev(int fd, const struct iovec *iov, int iovcnt)
{
    return __syscall_ret(__syscall_cp3(SYS_writev, fd, iov, iovcnt));
}

int sched_yield(void)
{
    return (int)__syscall_ret(__syscall0(SYS_sched_yield));
}

