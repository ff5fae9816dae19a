/*
 * ps [-e|-A] [-f] | ps aux: report processes, reading /proc only, in procps's
 * formats.  By default, the processes on ps's own terminal:
 *     PID TTY          TIME CMD
 * -e (-A) selects every process; -f adds UID, PPID, C, STIME and the whole command
 * line ([comm] for a process without one); "aux" is the BSD form (USER PID %CPU %MEM VSZ RSS TTY STAT START TIME COMMAND).
 * TIME is the CPU time used, C and %CPU that time over the time since the process
 * started, STIME and START when it started: all from /proc/PID/stat, as procps
 * computes them.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <dirent.h>
#include <fcntl.h>
#include <pwd.h>
#include <time.h>
#include <unistd.h>

#define HZ 100			/* USER_HZ: the unit of stat's times */
#define MAX_PROCS 1024

/* What ps shows of a process, from /proc/PID/stat, status and cmdline. */
struct proc {
    int pid, ppid, tty;
    char state;
    char comm[64];
    char cmdline[256];		/* arguments joined by spaces; "" for kernel threads */
    unsigned long cpu_ticks, start_ticks, vsize_kb, rss_kb;
    int uid;
};

static struct proc procs[MAX_PROCS];
static int nprocs;
static unsigned long boot_time, mem_total_kb;
static unsigned long long boot_ticks;	/* ticks since boot when ps started, as procps counts them */
static time_t now;

/* The file's text, NUL-terminated (NULs inside it kept): its length, or -1. */
static int read_text(const char *path, char *buf, int size)
{
    int fd = open(path, O_RDONLY), len = 0, n;

    if (fd < 0)
        return -1;
    while (len < size - 1 && (n = read(fd, buf + len, size - 1 - len)) > 0)
        len += n;
    close(fd);
    buf[len] = '\0';
    return len;
}

/* stat's fields after the "(comm)" one: state is field 3. */
static int parse_stat(struct proc *p, char *text)
{
    char *open_paren = strchr(text, '('), *close_paren = strrchr(text, ')');
    unsigned long utime, stime, rss_pages;
    int len;

    if (!open_paren || !close_paren)
        return -1;
    len = (int)(close_paren - open_paren - 1);
    if (len >= (int)sizeof(p->comm))
        len = sizeof(p->comm) - 1;
    memcpy(p->comm, open_paren + 1, len);
    p->comm[len] = '\0';
    if (sscanf(close_paren + 2,
               "%c %d %*d %*d %d %*d %*u %*u %*u %*u %*u %lu %lu %*d %*d %*d %*d %*d %*d %lu %lu %lu",
               &p->state, &p->ppid, &p->tty, &utime, &stime, &p->start_ticks, &p->vsize_kb,
               &rss_pages) != 8)
        return -1;
    p->cpu_ticks = utime + stime;
    p->vsize_kb /= 1024;
    p->rss_kb = rss_pages * (sysconf(_SC_PAGESIZE) / 1024);
    return 0;
}

static int read_proc(struct proc *p, const char *pid)
{
    char path[64], text[1024], *uid;
    int i, len;

    snprintf(path, sizeof(path), "/proc/%s/stat", pid);
    if (read_text(path, text, sizeof(text)) < 0 || parse_stat(p, text) < 0)
        return -1;
    p->pid = atoi(pid);
    snprintf(path, sizeof(path), "/proc/%s/status", pid);
    p->uid = 0;
    if (read_text(path, text, sizeof(text)) > 0 && (uid = strstr(text, "\nUid:")) != NULL)
        p->uid = atoi(uid + 5);
    snprintf(path, sizeof(path), "/proc/%s/cmdline", pid);
    len = read_text(path, p->cmdline, sizeof(p->cmdline));
    for (i = 0; i < len - 1; i++)		/* the arguments' NULs become spaces */
        if (p->cmdline[i] == '\0')
            p->cmdline[i] = ' ';
    if (len <= 0)				/* no arguments (a kernel thread): [comm] */
        snprintf(p->cmdline, sizeof(p->cmdline), "[%s]", p->comm);
    return 0;
}

static int by_pid(const void *a, const void *b)
{
    return ((const struct proc *)a)->pid - ((const struct proc *)b)->pid;
}

static void read_procs(void)
{
    DIR *d = opendir("/proc");
    struct dirent *e;

    if (!d) {
        perror("ps: /proc");
        exit(1);
    }
    while ((e = readdir(d)) != NULL && nprocs < MAX_PROCS)
        if (e->d_name[0] >= '1' && e->d_name[0] <= '9' && read_proc(&procs[nprocs], e->d_name) == 0)
            nprocs++;
    closedir(d);
    qsort(procs, nprocs, sizeof(procs[0]), by_pid);
}

/*
 * btime from /proc/stat, MemTotal from /proc/meminfo, and the time since boot and now.
 * The time since boot is CLOCK_BOOTTIME cut to whole ticks, as procps 4 takes it: the
 * two-decimal /proc/uptime less a start time, times HZ, can land a hair under a whole
 * tick and lose one, which moved C by a point next to procps's.
 */
static void read_system(void)
{
    static char text[8192];
    struct timespec since_boot;
    char *line;

    if (read_text("/proc/stat", text, sizeof(text)) > 0 && (line = strstr(text, "\nbtime ")) != NULL)
        boot_time = strtoul(line + 7, NULL, 10);
    if (read_text("/proc/meminfo", text, sizeof(text)) > 0)
        sscanf(text, "MemTotal: %lu", &mem_total_kb);
    if (clock_gettime(CLOCK_BOOTTIME, &since_boot) == 0)
        boot_ticks = (unsigned long long)((since_boot.tv_sec + since_boot.tv_nsec * 1e-9) * HZ);
    now = time(NULL);
}

/* A terminal's name from its device number, as procps names them; "?" for none. */
static void tty_name(int tty, char *buf, size_t size)
{
    int major = (tty >> 8) & 0xfff, minor = (tty & 0xff) | ((tty >> 12) & 0xfff00);

    if (tty == 0)
        snprintf(buf, size, "?");
    else if (major == 5 && minor == 1)
        snprintf(buf, size, "console");
    else if (major == 4)
        snprintf(buf, size, "tty%d", minor);
    else if (major >= 136 && major <= 143)
        snprintf(buf, size, "pts/%d", (major - 136) * 256 + minor);
    else
        snprintf(buf, size, "%d,%d", major, minor);
}

static const char *user_name(int uid)
{
    static char number[16];
    struct passwd *pw = getpwuid(uid);

    if (pw)
        return pw->pw_name;
    snprintf(number, sizeof(number), "%d", uid);
    return number;
}

/* When a process started, as procps shows it: HH:MM today, MonDD this year, else the year. */
static void start_time(const struct proc *p, char *buf, size_t size)
{
    time_t t = (time_t)(boot_time + p->start_ticks / HZ);
    struct tm today = *localtime(&now), *started = localtime(&t);
    const char *format = "%H:%M";

    if (started->tm_yday != today.tm_yday)
        format = "%b%d";
    if (started->tm_year != today.tm_year)
        format = "%Y";
    strftime(buf, size, format, started);
}

/* CPU time over the time since the process started, in tenths of a percent (procps's pcpu). */
static unsigned long permille_cpu(const struct proc *p)
{
    double ticks_alive = (double)boot_ticks - p->start_ticks;

    return ticks_alive > 0 ? (unsigned long)(p->cpu_ticks * 1000.0 / ticks_alive) : 0;
}

static void print_sysv(const struct proc *p, int full)
{
    unsigned long secs = p->cpu_ticks / HZ;
    char tty[16], stime[16];

    tty_name(p->tty, tty, sizeof(tty));
    if (full) {
        unsigned long c = permille_cpu(p) / 10;

        start_time(p, stime, sizeof(stime));
        printf("%-8s %5d %5d %2lu %5s %-8s %02lu:%02lu:%02lu %s\n", user_name(p->uid), p->pid,
               p->ppid, c > 99 ? 99 : c, stime, tty, secs / 3600, secs / 60 % 60, secs % 60,
               p->cmdline);
    } else {
        printf("%5d %-8s %02lu:%02lu:%02lu %s\n", p->pid, tty, secs / 3600, secs / 60 % 60,
               secs % 60, p->comm);
    }
}

static void print_bsd(const struct proc *p)
{
    unsigned long secs = p->cpu_ticks / HZ;
    unsigned long mem = mem_total_kb ? p->rss_kb * 1000 / mem_total_kb : 0;
    unsigned long cpu = permille_cpu(p);
    char tty[16], start[16], pcpu[16];

    tty_name(p->tty, tty, sizeof(tty));
    start_time(p, start, sizeof(start));
    if (cpu > 999)
        snprintf(pcpu, sizeof(pcpu), "%lu", cpu / 10);
    else
        snprintf(pcpu, sizeof(pcpu), "%lu.%lu", cpu / 10, cpu % 10);
    printf("%-8s %5d %4s %2lu.%lu %6lu %5lu %-8s %-4c %5s %3lu:%02lu %s\n", user_name(p->uid),
           p->pid, pcpu, mem / 10, mem % 10, p->vsize_kb, p->rss_kb, tty, p->state, start,
           secs / 60, secs % 60, p->cmdline);
}

static void usage(void)
{
    fprintf(stderr, "usage: ps [-e|-A] [-f] | ps aux\n");
    exit(1);
}

int main(int argc, char **argv)
{
    int all = 0, full = 0, bsd = 0, i, own_tty = 0;

    for (i = 1; i < argc; i++) {
        const char *a = argv[i];

        if (strcmp(a, "aux") == 0) {
            bsd = all = 1;
            continue;
        }
        if (a[0] != '-' || !a[1])
            usage();
        for (a++; *a; a++) {
            if (*a == 'e' || *a == 'A')
                all = 1;
            else if (*a == 'f')
                full = 1;
            else
                usage();
        }
    }
    read_system();
    read_procs();
    for (i = 0; i < nprocs; i++)
        if (procs[i].pid == getpid())
            own_tty = procs[i].tty;

    if (bsd)
        printf("USER       PID %%CPU %%MEM    VSZ   RSS TTY      STAT START   TIME COMMAND\n");
    else if (full)
        printf("UID        PID  PPID  C STIME TTY          TIME CMD\n");
    else
        printf("  PID TTY          TIME CMD\n");
    for (i = 0; i < nprocs; i++) {
        if (!all && procs[i].tty != own_tty)
            continue;
        if (bsd)
            print_bsd(&procs[i]);
        else
            print_sysv(&procs[i], full);
    }
    return 0;
}
