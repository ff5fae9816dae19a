/* Shared by the ptrace cases: what /proc says about a task's tracer. */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* The TracerPid line of /proc/PID/status (pid 0: the caller's), or -1. */
static long tracer_pid_of(pid_t pid)
{
    char path[64], buf[4096], *line;
    int fd;
    ssize_t n;

    if (pid)
        snprintf(path, sizeof(path), "/proc/%d/status", (int)pid);
    else
        strcpy(path, "/proc/self/status");
    fd = open(path, O_RDONLY);
    n = fd < 0 ? -1 : read(fd, buf, sizeof(buf) - 1);
    if (fd >= 0)
        close(fd);
    if (n <= 0)
        return -1;
    buf[n] = '\0';
    line = strstr(buf, "TracerPid:");
    return line ? strtol(line + 10, NULL, 10) : -1;
}
