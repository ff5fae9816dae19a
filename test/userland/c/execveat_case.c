/*
 * execveat and fexecve (argv[1] names a scratch path): the program re-runs
 * itself ("child" as its first argument) by a path from a directory
 * descriptor, by an open descriptor (fexecve, AT_EMPTY_PATH), by a path
 * relative to the working directory and through a symbolic link; the
 * child prints its arguments, environment and name.  Then Linux's errors.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <libgen.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

static char exe[4096], exe_dir[4096], exe_base[256], link_path[4096];

static void show(const char *what, long r)
{
	printf("%s: %ld%s%s\n", what, r, r < 0 ? " " : "", r < 0 ? strerror(errno) : "");
}

static int child_main(int argc, char **argv)
{
	char comm[64] = "";
	int fd = open("/proc/self/comm", O_RDONLY);
	long n = read(fd, comm, sizeof(comm) - 1);
	const char *how = getenv("HOW");

	if (n > 0)
		comm[n - 1] = '\0';
	printf("  child: %s, HOW=%s", argv[2], how ? how : "(unset)");
	/* comm: the last part of the name it ran by (15 bytes); for fexecve, not the same in newer kernels */
	if (argc > 3)
		printf(", comm %s", strncmp(comm, argv[3], 15) == 0 ? "is that name" : comm);
	printf("\n");
	return 0;
}

/* Run fn in a child, which execs; show how it went. */
static void in_child(const char *what, void (*fn)(void))
{
	int status;

	printf("%s\n", what);
	fflush(stdout);
	if (fork() == 0) {
		fn();
		printf("  exec failed: %s\n", strerror(errno));
		fflush(stdout);
		_exit(1);
	}
	wait(&status);
	printf("  exit status %d\n", WEXITSTATUS(status));
}

static void from_directory(void)
{
	char *args[] = { "x", "child", "from-dirfd", exe_base, NULL }, *env[] = { "HOW=dirfd", NULL };
	int dfd = open(exe_dir, O_RDONLY | O_DIRECTORY);

	execveat(dfd, exe_base, args, env, 0);
}

static void by_descriptor(void)
{
	char *args[] = { "x", "child", "fexecve", NULL }, *env[] = { "HOW=fd", NULL };

	fexecve(open(exe, O_RDONLY), args, env);
}

static void from_cwd(void)
{
	char *args[] = { "x", "child", "from-cwd", exe_base, NULL }, *env[] = { NULL };

	chdir(exe_dir);
	execveat(AT_FDCWD, exe_base, args, env, 0);
}

static void through_link(void)
{
	char copy[4096];
	char *args[] = { "x", "child", "through-a-link", basename(strcpy(copy, link_path)), NULL };
	char *env[] = { "HOW=link", NULL };

	execveat(AT_FDCWD, link_path, args, env, 0);
}

static void errors(const char *scratch)
{
	char *args[] = { "x", "child", "no", NULL }, *env[] = { NULL };
	int file = open(scratch, O_RDWR | O_CREAT, 0644), dir = open("/", O_RDONLY);

	show("execveat with flag 0x8", execveat(AT_FDCWD, exe, args, env, 0x8));
	show("execveat of \"\" without AT_EMPTY_PATH", execveat(dir, "", args, env, 0));
	show("execveat from a closed descriptor", execveat(99, "x", args, env, 0));
	show("execveat of a closed descriptor", execveat(99, "", args, env, AT_EMPTY_PATH));
	show("execveat from a file descriptor", execveat(file, "x", args, env, 0));
	show("execveat of a link, AT_SYMLINK_NOFOLLOW", execveat(AT_FDCWD, link_path, args, env, AT_SYMLINK_NOFOLLOW));
	show("execveat of a directory", execveat(dir, "", args, env, AT_EMPTY_PATH));
	show("execveat of a missing file", execveat(dir, "no/such/file", args, env, 0));
	show("fexecve of -1", fexecve(-1, args, env));
	show("fexecve without an environment", fexecve(file, args, NULL));
	close(file);
	close(dir);
	unlink(scratch);
}

int main(int argc, char **argv)
{
	long n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
	char copy[4096];

	if (argc < 2 || n <= 0)
		return 2;
	exe[n] = '\0';
	strcpy(copy, exe);
	strcpy(exe_dir, dirname(copy));
	strcpy(copy, exe);
	snprintf(exe_base, sizeof(exe_base), "%s", basename(copy));
	if (strcmp(argv[1], "child") == 0)
		return child_main(argc, argv);
	in_child("execveat from a directory descriptor", from_directory);
	in_child("fexecve", by_descriptor);
	in_child("execveat relative to the working directory", from_cwd);
	snprintf(link_path, sizeof(link_path), "%s.link", argv[1]);
	symlink(exe, link_path);
	in_child("execveat through a symbolic link", through_link);
	errors(argv[1]);
	unlink(link_path);
	return 0;
}
