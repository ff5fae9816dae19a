/*
 * mount(2) and umount2(2) with tmpfs, ramfs and proc: lookups cross into what is
 * mounted and ".." back out, /proc/mounts and statfs describe each mount, tmpfs's
 * size= is a limit (ENOSPC), read-only and noexec mounts refuse, a busy file system
 * stays mounted (EBUSY) unless detached, and mounts stack.  Natively it runs in a
 * mount namespace of its own (unshare -m), as root; the random directory is BASE.
 */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <sys/wait.h>
#include <unistd.h>

static char base[] = "/tmp/mountXXXXXX";

static const char *res(int r)
{
	static char buf[64];

	if (r >= 0)
		return "ok";
	snprintf(buf, sizeof buf, "%s", strerror(errno));
	return buf;
}

/*
 * /proc/mounts' lines for our directory, with BASE for its name, and /proc/self/
 * mountinfo's without the first three fields (mount ids and device numbers: the host's).
 */
static void show_mounts(const char *when)
{
	char line[512], *at, *rest;
	FILE *f = fopen("/proc/mounts", "r");

	printf("mounts %s:\n", when);
	while (f && fgets(line, sizeof line, f)) {
		at = strstr(line, base);
		if (at)
			printf("  %.*sBASE%s", (int)(at - line), line, at + strlen(base));
	}
	if (f)
		fclose(f);
	f = fopen("/proc/self/mountinfo", "r");
	while (f && fgets(line, sizeof line, f)) {
		at = strstr(line, base);
		rest = strchr(strchr(strchr(line, ' ') + 1, ' ') + 1, ' ') + 1;
		if (at)
			printf("  info: %.*sBASE%s", (int)(at - rest), rest, at + strlen(base));
	}
	if (f)
		fclose(f);
}

/* statfs's answer; the blocks only of a tmpfs with a size= (the default is half of memory) */
static void show_statfs(const char *path, int blocks)
{
	struct statfs s;

	if (statfs(path, &s) != 0) {
		printf("statfs %s: %s\n", path, strerror(errno));
		return;
	}
	printf("statfs %s: type %lx bsize %ld flags %lx", path, (unsigned long)s.f_type, (long)s.f_bsize,
	       (unsigned long)s.f_flags & ~0x20UL);
	if (blocks)
		printf(" blocks %lu free %lu", (unsigned long)s.f_blocks, (unsigned long)s.f_bfree);
	printf("\n");
}

static void put(const char *path, const char *text)
{
	int fd = open(path, O_CREAT | O_WRONLY | O_TRUNC, 0644);

	if (fd < 0) {
		printf("create %s: %s\n", path, strerror(errno));
		return;
	}
	write(fd, text, strlen(text));
	close(fd);
}

static void list(const char *label, const char *dir)
{
	struct dirent *e;
	DIR *d = opendir(dir);
	char names[256] = "";

	if (!d) {
		printf("%s: %s\n", label, strerror(errno));
		return;
	}
	while ((e = readdir(d)))
		if (strcmp(e->d_name, ".") && strcmp(e->d_name, "..")) {
			strcat(names, " ");
			strcat(names, e->d_name);
		}
	closedir(d);
	printf("%s:%s\n", label, names);
}

static void cwd(const char *label)
{
	char buf[256], *at;

	if (!getcwd(buf, sizeof buf)) {
		printf("%s: %s\n", label, strerror(errno));
		return;
	}
	at = strstr(buf, base);
	printf("%s: %.*s%s%s\n", label, at ? (int)(at - buf) : (int)strlen(buf), buf, at ? "BASE" : "", at ? at + strlen(base) : "");
}

static void basics(void)
{
	struct stat sm, sb, up;
	int i;

	printf("mount tmpfs: %s\n", res(mount("none", "m", "tmpfs", 0, "size=1m,mode=0750")));
	show_mounts("after mounting tmpfs");
	stat("m", &sm);
	stat(".", &sb);
	stat("m/..", &up);
	printf("m: mode %o, a device of its own %d, m/.. is BASE %d\n", sm.st_mode, sm.st_dev != sb.st_dev,
	       up.st_ino == sb.st_ino && up.st_dev == sb.st_dev);
	show_statfs("m", 1);
	put("m/file", "hello");
	show_statfs("m", 1);
	printf("link across: %s\n", res(link("m/file", "hard")));
	printf("rename across: %s\n", res(rename("m/file", "moved")));
	printf("rmdir the mountpoint: %s\n", res(rmdir("m")));
	printf("rename the mountpoint: %s\n", res(rename("m", "m3")));
	mkdir("m/sub", 0755);
	chdir("m/sub");
	cwd("cwd in m/sub");
	chdir("../..");
	cwd("after ../..");

	/* 255 pages are left of the 256: the file system is full after them */
	{
		static char chunk[65536];
		long total = 0, n;
		int fd = open("m/big", O_CREAT | O_WRONLY, 0644);

		memset(chunk, 'x', sizeof chunk);
		for (i = 0; i < 32 && (n = write(fd, chunk, sizeof chunk)) > 0; i++)
			total += n;
		printf("filling: %ld bytes, then %s\n", total, res(write(fd, chunk, sizeof chunk)));
		close(fd);
		show_statfs("m", 1);
		printf("a new name when full: %s\n", res(mkdir("m/full", 0755)));
		printf("a symlink when full: %s\n", res(symlink("a-target-that-needs-a-page", "m/link")));
		unlink("m/big");
		show_statfs("m", 1);
	}
}

static void busy(void)
{
	int fd;

	chdir("m");
	printf("umount with the cwd inside: %s\n", res(umount("../m")));
	chdir("..");
	fd = open("m/file", O_RDONLY);
	printf("umount with a file open: %s\n", res(umount("m")));
	close(fd);
	printf("umount: %s\n", res(umount("m")));
	list("m after umount", "m");
	printf("umount again: %s\n", res(umount("m")));
	show_mounts("after umount");
}

static void readonly(void)
{
	printf("mount read-only: %s\n", res(mount("none", "m", "tmpfs", MS_RDONLY | MS_NOSUID, NULL)));
	show_mounts("read-only");
	show_statfs("m", 0);
	printf("create: %s\n", res(open("m/x", O_CREAT | O_WRONLY, 0644)));
	printf("mkdir: %s\n", res(mkdir("m/d", 0755)));
	printf("chmod: %s\n", res(chmod("m", 0700)));
	printf("remount read-write: %s\n", res(mount(NULL, "m", NULL, MS_REMOUNT, "size=64k,mode=0700")));
	show_mounts("remounted");
	put("m/x", "now writable");
	{
		static char block[8192];
		int fd = open("m/x", O_WRONLY);

		write(fd, block, sizeof block);
		close(fd);
	}
	printf("remount smaller than in use: %s\n", res(mount(NULL, "m", NULL, MS_REMOUNT, "size=4k")));
	printf("remount with a bad option: %s\n", res(mount(NULL, "m", NULL, MS_REMOUNT, "size=8k,bogus")));
	show_mounts("unchanged");
	printf("remount m/x (not a mount): %s\n", res(mount(NULL, "m/x", NULL, MS_REMOUNT, NULL)));
	printf("umount: %s\n", res(umount("m")));
}

static void stacked(void)
{
	mount("first", "m", "tmpfs", 0, NULL);
	put("m/a", "in the first");
	printf("mount a second on it: %s\n", res(mount("second", "m", "tmpfs", MS_NOEXEC | MS_NOATIME, "mode=700")));
	show_mounts("stacked");
	list("m (the second)", "m");
	printf("umount the second: %s\n", res(umount("m")));
	list("m (the first)", "m");
	printf("umount the first: %s\n", res(umount("m")));
}

static void ramfs_and_proc(void)
{
	char self[32] = "", mine[32] = "";
	int fd;

	printf("mount ramfs: %s\n", res(mount("ramdev", "m", "ramfs", MS_NODEV, "mode=0711,unknown=1")));
	show_mounts("ramfs");
	show_statfs("m", 1);
	umount("m");
	printf("mount proc: %s\n", res(mount("proc", "m", "proc", MS_NOSUID | MS_NODEV | MS_NOEXEC, NULL)));
	show_mounts("proc");
	fd = open("m/self/comm", O_RDONLY);
	read(fd, self, sizeof self - 1);
	close(fd);
	fd = open("/proc/self/comm", O_RDONLY);
	read(fd, mine, sizeof mine - 1);
	close(fd);
	printf("m/self/comm is ours: %d\n", strlen(self) > 0 && !strcmp(self, mine));
	show_statfs("m", 1);
	printf("umount proc: %s\n", res(umount("m")));
}

static void noexec(const char *self)
{
	static char buf[1 << 16];
	int in = open(self, O_RDONLY), out, n, status;
	char *argv[] = { "m/prog", "--exec-test", NULL };

	mount("none", "m", "tmpfs", MS_NOEXEC, NULL);
	out = open("m/prog", O_CREAT | O_WRONLY, 0755);
	while ((n = read(in, buf, sizeof buf)) > 0)
		write(out, buf, n);
	close(in);
	close(out);
	printf("exec from noexec: %s\n", res(execv("m/prog", argv)));
	mount(NULL, "m", NULL, MS_REMOUNT, NULL);
	fflush(stdout);
	if (fork() == 0) {
		execv("m/prog", argv);
		_exit(127);
	}
	wait(&status);
	printf("after remount without noexec: exit %d\n", WEXITSTATUS(status));
	umount("m");
}

static void detached(void)
{
	char buf[16] = "";
	int fd;

	mount("none", "m", "tmpfs", 0, NULL);
	put("m/f", "data");
	fd = open("m/f", O_RDONLY);
	chdir("m");
	printf("detach while busy: %s\n", res(umount2("../m", MNT_DETACH)));
	read(fd, buf, sizeof buf - 1);
	printf("the open file reads \"%s\"\n", buf);
	list("the detached cwd", ".");
	chdir(base);
	close(fd);
	list("m after", "m");
}

static void errors(void)
{
	pid_t pid;
	int status;

	put("plain", "");
	printf("mount on a file: %s\n", res(mount("none", "plain", "tmpfs", 0, NULL)));
	printf("unknown type: %s\n", res(mount("none", "m", "nosuchfs", 0, NULL)));
	printf("no type: %s\n", res(mount("none", "m", NULL, 0, NULL)));
	printf("missing mountpoint: %s\n", res(mount("none", "nowhere", "tmpfs", 0, NULL)));
	printf("bad size: %s\n", res(mount("none", "m", "tmpfs", 0, "size=lots")));
	printf("bad option: %s\n", res(mount("none", "m", "tmpfs", 0, "bogus=1")));
	printf("umount a plain directory: %s\n", res(umount("m")));
	printf("umount a missing name: %s\n", res(umount("nowhere")));
	printf("umount2 bad flags: %s\n", res(umount2("m", 0x100)));
	printf("umount2 expire and detach: %s\n", res(umount2("m", MNT_EXPIRE | MNT_DETACH)));
	mount("none", "m", "tmpfs", 0, NULL);
	printf("expire, first: %s\n", res(umount2("m", MNT_EXPIRE)));
	printf("expire, second: %s\n", res(umount2("m", MNT_EXPIRE)));
	fflush(stdout);
	pid = fork();
	if (pid == 0) {
		setuid(65534);
		printf("as uid 65534: mount %s", res(mount("none", "m", "tmpfs", 0, NULL)));
		printf(", umount %s\n", res(umount("/proc")));
		fflush(stdout);
		_exit(0);
	}
	waitpid(pid, &status, 0);
}

int main(int argc, char **argv)
{
	if (argc > 1 && !strcmp(argv[1], "--exec-test")) {
		printf("  (ran from the mount)\n");
		return 7;
	}
	if (!mkdtemp(base) || chmod(base, 0755) != 0 || chdir(base) != 0)
		return 1;
	mkdir("m", 0755);
	setvbuf(stdout, NULL, _IONBF, 0);
	basics();
	busy();
	readonly();
	stacked();
	ramfs_and_proc();
	noexec("/proc/self/exe");
	detached();
	errors();
	show_mounts("at the end");
	return 0;
}
