/*
 * statfs, fstatfs, statvfs and fstatvfs (argv[1] names a scratch file):
 * the file-system types of /proc, pipes, sockets and /dev, and for the
 * scratch file's file system — which natively is not ours — only what
 * must hold anywhere (block size, name length, counts that fit in each
 * other, statvfs agreeing with statfs).  Errors as Linux's.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/statfs.h>
#include <sys/statvfs.h>
#include <sys/vfs.h>
#include <unistd.h>

#define ST_VALID 0x20

static void show(const char *what, long r)
{
	printf("%s: %ld%s%s\n", what, r, r < 0 ? " " : "", r < 0 ? strerror(errno) : "");
}

/* A pseudo or memory file system: its type and the fields that are fixed. */
static void show_fixed(const char *what, const struct statfs *s)
{
	printf("%s: f_type %#lx, f_bsize %ld, f_frsize %ld, f_namelen %ld, f_blocks %lu, valid %d, read-only %d\n",
	       what, (long)s->f_type, (long)s->f_bsize, (long)s->f_frsize, (long)s->f_namelen,
	       (unsigned long)s->f_blocks, (s->f_flags & ST_VALID) != 0, (s->f_flags & ST_RDONLY) != 0);
}

static void pseudo_file_systems(void)
{
	struct statfs s;
	int p[2], sv[2];

	statfs("/proc", &s);
	show_fixed("/proc", &s);
	statfs("/proc/self/status", &s);
	show_fixed("/proc/self/status", &s);
	pipe(p);
	fstatfs(p[0], &s);
	show_fixed("a pipe", &s);
	socketpair(AF_UNIX, SOCK_STREAM, 0, sv);
	fstatfs(sv[1], &s);
	show_fixed("a socket", &s);
	statfs("/dev/null", &s);
	printf("/dev/null: f_type %#lx, f_namelen %ld\n", (long)s.f_type, (long)s.f_namelen);
	close(p[0]);
	close(p[1]);
	close(sv[0]);
	close(sv[1]);
}

static void scratch_file_system(const char *path)
{
	struct statfs s, fs;
	struct statvfs v;
	int fd = open(path, O_RDWR | O_CREAT | O_TRUNC, 0600);

	show("statfs of the scratch file", statfs(path, &s));
	show("fstatfs of it", fstatfs(fd, &fs));
	printf("  same f_type: %d, f_bsize %ld, f_namelen %ld, valid %d, read-only %d\n",
	       s.f_type == fs.f_type, (long)s.f_bsize, (long)s.f_namelen, (s.f_flags & ST_VALID) != 0,
	       (s.f_flags & ST_RDONLY) != 0);
	printf("  blocks: some %d, free within them %d, available within free %d\n", s.f_blocks > 0,
	       s.f_bfree <= s.f_blocks, s.f_bavail <= s.f_bfree);
	show("statvfs of it", statvfs(path, &v));
	printf("  agrees with statfs: bsize %d, frsize %d, blocks %d, namemax %lu, flags %d\n",
	       v.f_bsize == (unsigned long)s.f_bsize, v.f_frsize == (unsigned long)s.f_frsize,
	       v.f_blocks == s.f_blocks, v.f_namemax, v.f_flag == (unsigned long)(s.f_flags & ~ST_VALID));
	show("fstatvfs of it", fstatvfs(fd, &v));
	printf("  favail = ffree: %d, read-only %d\n", v.f_favail == v.f_ffree, (v.f_flag & ST_RDONLY) != 0);
	close(fd);
}

static void errors(const char *path)
{
	char below[300];
	struct statfs s;
	struct statvfs v;

	snprintf(below, sizeof(below), "%s/x", path);
	show("statfs of a missing file", statfs("/no/such/file", &s));
	show("statfs below a file", statfs(below, &s));
	show("statfs of \"\"", statfs("", &s));
	show("statfs into a bad buffer", statfs(path, (struct statfs *)8));
	show("statfs of a bad path", statfs((const char *)8, &s));
	show("fstatfs of a closed descriptor", fstatfs(99, &s));
	show("statvfs of a missing file", statvfs("/no/such/file", &v));
	show("fstatvfs of a closed descriptor", fstatvfs(99, &v));
}

int main(int argc, char **argv)
{
	if (argc < 2)
		return 2;
	pseudo_file_systems();
	scratch_file_system(argv[1]);
	errors(argv[1]);
	unlink(argv[1]);
	return 0;
}
