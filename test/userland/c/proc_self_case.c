/*
 * What a program sees of itself in /proc: self, stat, status, maps,
 * cmdline, fd/, task/, and the global meminfo, uptime, version and sys/kernel.  Prints only
 * what must agree between Linux and our kernel (structure, not values
 * such as addresses or sizes).
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/utsname.h>
#include <unistd.h>

static char buf[65536];

/* The whole file, read in chunks of step bytes: its length. */
static int slurp(const char *path, int step)
{
	int fd = open(path, O_RDONLY), len = 0, n;

	if (fd < 0) {
		printf("open %s: %s\n", path, strerror(errno));
		exit(1);
	}
	while (len < (int)sizeof(buf) - 1 && (n = read(fd, buf + len, step)) > 0)
		len += n;
	close(fd);
	buf[len] = '\0';
	return len;
}

static void check_self(void)
{
	char link[64], want[64];
	ssize_t n = readlink("/proc/self", link, sizeof(link) - 1);

	link[n < 0 ? 0 : n] = '\0';
	snprintf(want, sizeof(want), "%d", (int)getpid());
	printf("self resolves to getpid(): %s\n", strcmp(link, want) == 0 ? "yes" : "no");
}

static void check_stat(const char *argv0)
{
	char *close_paren, *p, state;
	const char *base;
	int fields = 2, pid = 0, ppid = 0;

	slurp("/proc/self/stat", 7);	/* small reads */
	sscanf(buf, "%d", &pid);
	close_paren = strrchr(buf, ')');
	for (p = close_paren + 1; *p && *p != '\n'; p++)
		if (*p == ' ' && p[1] != ' ' && p[1] != '\n')
			fields++;
	sscanf(close_paren + 2, "%c %d", &state, &ppid);
	*close_paren = '\0';
	base = strrchr(argv0, '/') ? strrchr(argv0, '/') + 1 : argv0;
	printf("stat: %d fields, comm is the program's name: %s, state %c, pid %s, ppid %s\n",
	       fields, strncmp(strchr(buf, '(') + 1, base, 15) == 0 ? "yes" : "no",
	       state, pid == getpid() ? "ok" : "wrong", ppid == getppid() ? "ok" : "wrong");
}

/* The status lines this test knows, in the order the file has them. */
static void check_status(void)
{
	static const char *const names[] = {
		"Name", "State", "Tgid", "Pid", "PPid", "Uid", "Gid", "FDSize", "VmSize",
		"VmRSS", "VmStk", "Threads", "SigPnd", "SigBlk", "SigIgn", "SigCgt",
	};
	char *line;
	unsigned i;

	slurp("/proc/self/status", 4096);
	printf("status:");
	for (line = strtok(buf, "\n"); line; line = strtok(NULL, "\n")) {
		char *colon = strchr(line, ':');
		int value = atoi(colon ? colon + 1 : "0");

		if (!colon)
			continue;
		*colon = '\0';
		for (i = 0; i < sizeof(names) / sizeof(names[0]); i++)
			if (strcmp(line, names[i]) == 0)
				printf(" %s", line);
		if (strcmp(line, "Pid") == 0 && value != getpid())
			printf("(wrong)");
		if (strcmp(line, "PPid") == 0 && value != getppid())
			printf("(wrong)");
		if (strcmp(line, "Threads") == 0)
			printf("=%d", value);
		if (strcmp(line, "State") == 0)
			printf("=%c", colon[2]);
	}
	printf("\n");
}

static void check_maps(void)
{
	char exe[512], *line;
	ssize_t n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
	int text = 0, stack = 0;

	exe[n < 0 ? 0 : n] = '\0';
	slurp("/proc/self/maps", 100);
	for (line = strtok(buf, "\n"); line; line = strtok(NULL, "\n")) {
		char perms[8], path[512] = "";

		if (sscanf(line, "%*s %7s %*s %*s %*s %511s", perms, path) < 1)
			continue;
		if (strcmp(perms, "r-xp") == 0 && strcmp(path, exe) == 0)
			text++;
		if (strcmp(perms, "rw-p") == 0 && strcmp(path, "[stack]") == 0)
			stack++;
	}
	printf("maps: text r-xp of /proc/self/exe: %s, [stack] rw-p: %s\n",
	       text ? "yes" : "no", stack == 1 ? "yes" : "no");
}

static void check_cmdline(int argc, char **argv)
{
	int len = slurp("/proc/self/cmdline", 3), i, off = 0, same = 1;

	for (i = 0; i < argc; i++) {
		if (off >= len || strcmp(buf + off, argv[i]) != 0)
			same = 0;
		off += strlen(argv[i]) + 1;
	}
	printf("cmdline: argv, NUL-separated: %s\n", same && off == len ? "yes" : "no");
}

/* The link of /proc/self/fd/fd names what fstat(fd) describes. */
static int link_agrees(int fd)
{
	char path[64], link[512], want[64];
	struct stat st, target;
	ssize_t n;

	snprintf(path, sizeof(path), "/proc/self/fd/%d", fd);
	n = readlink(path, link, sizeof(link) - 1);
	if (n < 0 || fstat(fd, &st) < 0)
		return 0;
	link[n] = '\0';
	if (S_ISFIFO(st.st_mode)) {
		snprintf(want, sizeof(want), "pipe:[%lu]", (unsigned long)st.st_ino);
		return strcmp(link, want) == 0;
	}
	if (S_ISSOCK(st.st_mode)) {
		snprintf(want, sizeof(want), "socket:[%lu]", (unsigned long)st.st_ino);
		return strcmp(link, want) == 0;
	}
	return stat(link, &target) == 0 && target.st_ino == st.st_ino && target.st_dev == st.st_dev;
}

static void check_fds(void)
{
	int p[2], null_fd, listed = 0;
	char link[64];
	ssize_t n;
	DIR *d;
	struct dirent *e;

	pipe(p);
	null_fd = open("/dev/null", O_RDONLY);
	d = opendir("/proc/self/fd");
	while ((e = readdir(d)) != NULL) {
		int fd = atoi(e->d_name);

		if (e->d_name[0] != '.' && (fd <= 2 || fd == p[0] || fd == p[1] || fd == null_fd))
			listed++;
	}
	closedir(d);
	printf("fd/: 0, 1, 2, the pipe and /dev/null listed: %s\n", listed == 6 ? "yes" : "no");
	printf("links agree with fstat: 0 %s, 1 %s, 2 %s, pipe %s %s\n",
	       link_agrees(0) ? "yes" : "no", link_agrees(1) ? "yes" : "no",
	       link_agrees(2) ? "yes" : "no", link_agrees(p[0]) ? "yes" : "no",
	       link_agrees(p[1]) ? "yes" : "no");
	snprintf(link, sizeof(link), "/proc/self/fd/%d", null_fd);
	n = readlink(link, buf, sizeof(buf) - 1);
	buf[n < 0 ? 0 : n] = '\0';
	printf("/dev/null's link: %s\n", buf);
}

static void check_global(void)
{
	unsigned long total = 0, free_kb = 0;
	double up, idle;
	char first[32];
	int len, fd;

	slurp("/proc/meminfo", 4096);
	sscanf(buf, "MemTotal: %lu kB MemFree: %lu kB", &total, &free_kb);
	printf("meminfo: MemTotal >= MemFree > 0: %s\n", total >= free_kb && free_kb ? "yes" : "no");
	slurp("/proc/uptime", 4096);
	printf("uptime: two numbers: %s\n", sscanf(buf, "%lf %lf", &up, &idle) == 2 ? "yes" : "no");

	/* the same text whatever the read size; lseek; EOF */
	len = slurp("/proc/version", 4096);
	memcpy(first, buf, sizeof(first));
	printf("version starts \"Linux version \": %s\n",
	       strncmp(buf, "Linux version ", 14) == 0 ? "yes" : "no");
	printf("one-byte reads give the same text: %s\n",
	       slurp("/proc/version", 1) == len && memcmp(buf, first, sizeof(first)) == 0 ? "yes" : "no");
	fd = open("/proc/version", O_RDONLY);
	lseek(fd, 8, SEEK_SET);
	printf("after lseek to 8: %ld bytes, \"%.5s\"", (long)read(fd, buf, 5), buf);
	printf(", then at the end: %ld\n", (long)(lseek(fd, len, SEEK_SET) == len ? read(fd, buf, 5) : -9));
	close(fd);
}

static pthread_barrier_t barrier;

static void *thread(void *arg)
{
	pthread_barrier_wait(&barrier);		/* counted */
	pthread_barrier_wait(&barrier);		/* may exit */
	return arg;
}

/* With two more threads: task/ lists three, and status says so. */
static void check_threads(void)
{
	pthread_t t[2];
	int i, listed = 0;
	char *threads;
	DIR *d;
	struct dirent *e;

	pthread_barrier_init(&barrier, NULL, 3);
	for (i = 0; i < 2; i++)
		pthread_create(&t[i], NULL, thread, NULL);
	pthread_barrier_wait(&barrier);
	d = opendir("/proc/self/task");
	while ((e = readdir(d)) != NULL)
		if (e->d_name[0] != '.')
			listed++;
	closedir(d);
	slurp("/proc/self/status", 4096);
	threads = strstr(buf, "Threads:");
	printf("threads: task/ lists %d, status says %d\n", listed, threads ? atoi(threads + 8) : -1);
	pthread_barrier_wait(&barrier);
	for (i = 0; i < 2; i++)
		pthread_join(t[i], NULL);
}

/* /proc/sys/kernel says what uname says. */
static void check_sys(void)
{
	struct utsname u;

	uname(&u);
	slurp("/proc/sys/kernel/ostype", 4096);
	printf("sys/kernel/ostype: %s", buf);
	slurp("/proc/sys/kernel/osrelease", 4096);
	printf("osrelease is uname's: %s\n", strncmp(buf, u.release, strlen(u.release)) == 0 ? "yes" : "no");
	slurp("/proc/sys/kernel/hostname", 4096);
	printf("hostname is uname's: %s\n", strncmp(buf, u.nodename, strlen(u.nodename)) == 0 ? "yes" : "no");
}

/* Working in /proc: getcwd and ".." as anywhere else. */
static void check_cwd(void)
{
	char saved[512], cwd[512], want[64];

	getcwd(saved, sizeof(saved));
	chdir("/proc/self/fd");
	snprintf(want, sizeof(want), "/proc/%d/fd", (int)getpid());
	printf("cwd in /proc/self/fd is /proc/PID/fd: %s\n",
	       getcwd(cwd, sizeof(cwd)) && strcmp(cwd, want) == 0 ? "yes" : "no");
	chdir("..");
	want[strlen(want) - 3] = '\0';
	printf("then .. is /proc/PID: %s\n", getcwd(cwd, sizeof(cwd)) && strcmp(cwd, want) == 0 ? "yes" : "no");
	chdir(saved);
}

/* A call's result and errno, printed after the call (arguments are evaluated in any order). */
static void report(const char *what, long result)
{
	printf("%s: %ld %s\n", what, result, result < 0 ? strerror(errno) : "");
}

static void check_errors(void)
{
	int fd = open("/proc/version", O_WRONLY);

	report("write /proc/version", (long)write(fd, "x", 1));
	close(fd);
	fd = open("/proc/self/stat", O_WRONLY);
	report("write /proc/self/stat", (long)write(fd, "x", 1));
	close(fd);
	report("mkdir /proc/x", mkdir("/proc/x", 0755));
	report("unlink /proc/version", unlink("/proc/version"));
	report("open /proc/self/nothing", open("/proc/self/nothing", O_RDONLY));
	report("rmdir /proc", rmdir("/proc"));
	report("rmdir /proc/self/fd", rmdir("/proc/self/fd"));
}

int main(int argc, char **argv)
{
	check_self();
	check_stat(argv[0]);
	check_status();
	check_maps();
	check_cmdline(argc, argv);
	check_fds();
	check_threads();
	check_global();
	check_sys();
	check_cwd();
	check_errors();
	return 0;
}
