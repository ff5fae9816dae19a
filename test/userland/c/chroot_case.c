/*
 * chroot(2): "/" and ".." stop at the new root, for the caller and the children it
 * forks; the working directory stays where it was (outside, until a chdir), and getcwd
 * then names it from the real root after "(unreachable)"; an open directory outside is
 * a way back out (fchdir); /proc/PID/root shows the root to others; only root may call
 * it (CAP_SYS_CHROOT). Run as root natively.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

static char base[] = "/tmp/jailXXXXXX";

static void put(const char *path, const char *text)
{
	int fd = open(path, O_CREAT | O_WRONLY | O_TRUNC, 0644);

	write(fd, text, strlen(text));
	close(fd);
}

/* The first line of a file, or the error opening it. */
static void show(const char *label, const char *path)
{
	char buf[64] = "";
	int fd = open(path, O_RDONLY), n;

	if (fd < 0) {
		printf("%s: %s\n", label, strerror(errno));
		return;
	}
	n = read(fd, buf, sizeof buf - 1);
	buf[n > 0 ? n : 0] = '\0';
	buf[strcspn(buf, "\n")] = '\0';
	printf("%s: \"%s\"\n", label, buf);
	close(fd);
}

/*
 * The kernel's getcwd, with the random directory name replaced by BASE; and the libc's,
 * which calls a name that is not a path (not from "/") ENOENT, as glibc does.
 */
static void cwd(const char *label)
{
	char buf[256], *at;

	if (!getcwd(buf, sizeof buf))
		printf("%s: getcwd(): %s\n", label, strerror(errno));
	if (syscall(SYS_getcwd, buf, sizeof buf) < 0) {
		printf("%s: SYS_getcwd %s\n", label, strerror(errno));
		return;
	}
	at = strstr(buf, base);
	if (at)
		printf("%s: %.*sBASE%s\n", label, (int)(at - buf), buf, at + strlen(base));
	else
		printf("%s: %s\n", label, buf);
}

static int waited(pid_t pid)
{
	int status;

	waitpid(pid, &status, 0);
	return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

static void jailed(int ready, int go)
{
	int outside = open(".", O_RDONLY | O_DIRECTORY);
	char c;

	printf("chroot a file: %s\n", chroot("jail/etc/motd") ? strerror(errno) : "ok");
	printf("chroot a missing name: %s\n", chroot("nowhere") ? strerror(errno) : "ok");
	printf("chroot jail: %s\n", chroot("jail") ? strerror(errno) : "ok");
	cwd("cwd, left outside");
	show("/etc/motd", "/etc/motd");
	show("jail/abs (a link to /etc/motd, from the old cwd)", "jail/abs");
	show("/outside", "/outside");
	show("outside (through the old cwd)", "outside");
	printf("chdir /: %s\n", chdir("/") ? strerror(errno) : "ok");
	cwd("cwd");
	printf("chdir ../..: %s\n", chdir("../..") ? strerror(errno) : "ok");
	cwd("cwd after ../..");
	show("../../outside", "../../outside");
	show("etc/../../etc/motd", "etc/../../etc/motd");
	fflush(stdout);
	write(ready, "r", 1);	/* the parent reads /proc/PID/root now */
	read(go, &c, 1);
	fflush(stdout);
	if (fork() == 0) {
		show("a child's /etc/motd", "/etc/motd");
		fflush(stdout);
		_exit(0);
	}
	waited(-1);
	printf("nested chroot /etc: %s\n", chroot("/etc") ? strerror(errno) : "ok");
	show("/motd", "/motd");
	show("/etc/motd", "/etc/motd");
	printf("fchdir out: %s\n", fchdir(outside) ? strerror(errno) : "ok");
	cwd("cwd after fchdir");
	show("outside (an escape)", "outside");
	show("/motd still", "/motd");
}

int main(void)
{
	int ready[2], go[2];
	char link[64], target[256];
	pid_t pid;
	ssize_t n;

	/* Searchable by anyone: the unprivileged chroot below must fail for want of the capability. */
	if (!mkdtemp(base) || chmod(base, 0755) != 0 || chdir(base) != 0)
		return 1;
	mkdir("jail", 0755);
	mkdir("jail/etc", 0755);
	put("jail/etc/motd", "inside the jail\n");
	put("outside", "outside the jail\n");
	symlink("/etc/motd", "jail/abs");
	fflush(stdout);

	pipe(ready);
	pipe(go);
	pid = fork();
	if (pid == 0) {
		jailed(ready[1], go[0]);
		fflush(stdout);
		_exit(0);
	}
	read(ready[0], link, 1);
	snprintf(link, sizeof link, "/proc/%d/root", (int)pid);
	n = readlink(link, target, sizeof target - 1);
	target[n > 0 ? n : 0] = '\0';
	printf("its /proc/PID/root is BASE/jail: %d\n", n > 0 && strncmp(target, base, strlen(base)) == 0 && strcmp(target + strlen(base), "/jail") == 0);
	n = readlink("/proc/self/root", target, sizeof target - 1);
	target[n > 0 ? n : 0] = '\0';
	printf("ours: %s\n", target);
	fflush(stdout);
	write(go[1], "g", 1);
	printf("jailed child exit %d\n", waited(pid));
	fflush(stdout);

	pid = fork();
	if (pid == 0) {
		if (setuid(65534) != 0)
			_exit(3);
		printf("chroot as uid 65534: %s\n", chroot("jail") ? strerror(errno) : "ok");
		fflush(stdout);
		_exit(0);
	}
	printf("unprivileged child exit %d\n", waited(pid));
	return 0;
}
