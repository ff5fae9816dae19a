/*
 * rename, renameat and renameat2 (argv[1] names a scratch path; a directory
 * NAME.d is made there): RENAME_NOREPLACE, RENAME_EXCHANGE of files, of
 * directories and of one with the other, and the errors Linux checks for:
 * a directory into itself, kinds that cannot replace each other, non-empty
 * targets, ".", "..", another file system, unknown flags.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static void show(const char *what, long r)
{
	printf("%s: %ld%s%s\n", what, r, r < 0 ? " " : "", r < 0 ? strerror(errno) : "");
}

static void make_file(const char *name, const char *text)
{
	int fd = open(name, O_WRONLY | O_CREAT | O_TRUNC, 0644);

	write(fd, text, strlen(text));
	close(fd);
}

/* What a name is now: a file's text, "a directory", or why it is neither. */
static void show_name(const char *name)
{
	char buf[64];
	struct stat st;
	int fd;
	long n;

	if (stat(name, &st) < 0) {
		printf("  %s: %s\n", name, strerror(errno));
		return;
	}
	if (S_ISDIR(st.st_mode)) {
		printf("  %s: a directory\n", name);
		return;
	}
	fd = open(name, O_RDONLY);
	n = read(fd, buf, sizeof(buf));
	close(fd);
	printf("  %s: \"%.*s\"\n", name, (int)(n < 0 ? 0 : n), buf);
}

static void files(void)
{
	make_file("a", "A");
	make_file("b", "B");
	show("renameat2 a -> b, RENAME_NOREPLACE", renameat2(AT_FDCWD, "a", AT_FDCWD, "b", RENAME_NOREPLACE));
	show("renameat2 a -> c, RENAME_NOREPLACE", renameat2(AT_FDCWD, "a", AT_FDCWD, "c", RENAME_NOREPLACE));
	show_name("a");
	show_name("c");
	show("renameat2 b <-> c, RENAME_EXCHANGE", renameat2(AT_FDCWD, "b", AT_FDCWD, "c", RENAME_EXCHANGE));
	show_name("b");
	show_name("c");
	show("renameat2 b <-> missing, RENAME_EXCHANGE", renameat2(AT_FDCWD, "b", AT_FDCWD, "missing", RENAME_EXCHANGE));
	show("renameat2 missing -> x, RENAME_NOREPLACE", renameat2(AT_FDCWD, "missing", AT_FDCWD, "x", RENAME_NOREPLACE));
	link("b", "b2");
	show("rename b over its own hard link b2", rename("b", "b2"));
	show_name("b");
	unlink("b2");
}

static void directories(void)
{
	mkdir("d1", 0755);
	mkdir("d2", 0755);
	mkdir("d1/sub", 0755);
	make_file("d1/inner", "in d1");
	show("renameat2 d1 <-> d2, RENAME_EXCHANGE", renameat2(AT_FDCWD, "d1", AT_FDCWD, "d2", RENAME_EXCHANGE));
	show_name("d2/inner");
	show_name("d1/inner");
	show("renameat2 d2/sub <-> b: a directory and a file", renameat2(AT_FDCWD, "d2/sub", AT_FDCWD, "b", RENAME_EXCHANGE));
	show_name("b");
	show_name("d2/sub");
	show("renameat2 d2/sub <-> b back", renameat2(AT_FDCWD, "d2/sub", AT_FDCWD, "b", RENAME_EXCHANGE));
	show("rename d2 into its own subdirectory", rename("d2", "d2/sub/d2"));
	show("renameat2 d2 <-> d2/sub, RENAME_EXCHANGE", renameat2(AT_FDCWD, "d2", AT_FDCWD, "d2/sub", RENAME_EXCHANGE));
	show("rename d2/sub over its ancestor d2", rename("d2/sub", "d2"));
	show("rename a file over a directory", rename("b", "d1"));
	show("rename a directory over a file", rename("d1", "b"));
	show("rename a directory over a non-empty one", rename("d1", "d2"));
	show("rename a directory over an empty one", rename("d2/sub", "d1"));
	show_name("d1");
	show_name("d2/sub");
}

static void errors(void)
{
	int dfd = open(".", O_RDONLY | O_DIRECTORY);

	show("renameat2 with flag 8", renameat2(AT_FDCWD, "b", AT_FDCWD, "x", 8));
	show("renameat2 with flag 0x100", renameat2(AT_FDCWD, "b", AT_FDCWD, "x", 0x100));
	show("renameat2 NOREPLACE | EXCHANGE", renameat2(AT_FDCWD, "b", AT_FDCWD, "c", RENAME_NOREPLACE | RENAME_EXCHANGE));
	show("rename .", rename(".", "x"));
	show("rename to ..", rename("b", ".."));
	show("renameat2 to .., RENAME_NOREPLACE", renameat2(AT_FDCWD, "b", AT_FDCWD, "..", RENAME_NOREPLACE));
	show("rename into /proc", rename("b", "/proc/b"));
	show("rename below a file", rename("b", "c/x"));
	show("renameat from a directory descriptor", renameat(dfd, "b", dfd, "b3"));
	show_name("b3");
	show("renameat2 with a bad descriptor", renameat2(99, "b3", AT_FDCWD, "b", 0));
	close(dfd);
}

int main(int argc, char **argv)
{
	char dir[256];

	if (argc < 2)
		return 2;
	snprintf(dir, sizeof(dir), "%s.d", argv[1]);
	mkdir(dir, 0755);
	chdir(dir);
	files();
	directories();
	errors();
	unlink("b3");
	unlink("c");
	unlink("d2/inner");
	rmdir("d1");
	rmdir("d2");
	chdir("..");
	rmdir(dir);
	return 0;
}
