/*
 * A trailing slash asks for a directory: unlink("file/") is ENOTDIR (EISDIR for a
 * directory), rename of a file with a slash on either name ENOTDIR, and the calls
 * that make a name other than mkdir refuse "x/" with ENOENT; a symbolic link
 * before the slash is the link itself for unlink and rmdir.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static const char *res(int r)
{
	return r == 0 ? "ok" : strerror(errno);
}

int main(void)
{
	static const char *names[] = { "file/", "file/.", "dir/", "lf/", "ld/", "nofile/", "dir/.", "dir/.." };
	char d[] = "/tmp/slashXXXXXX";
	unsigned i;

	if (!mkdtemp(d) || chdir(d) != 0)
		return 1;
	close(open("file", O_CREAT | O_WRONLY, 0644));
	mkdir("dir", 0755);
	symlink("file", "lf");
	symlink("dir", "ld");
	for (i = 0; i < sizeof names / sizeof names[0]; i++) {
		printf("unlink %s: %s\n", names[i], res(unlink(names[i])));
		printf("rmdir %s: %s\n", names[i], res(rmdir(names[i])));
	}
	mkdir("dir", 0755);
	printf("rename file/ x: %s\n", res(rename("file/", "x")));
	printf("rename file x/: %s\n", res(rename("file", "x/")));
	printf("rename dir x/: %s\n", res(rename("dir", "x/")));
	printf("rename x/ dir: %s\n", res(rename("x/", "dir")));
	printf("link file x/: %s\n", res(link("file", "x/")));
	printf("link file dir/: %s\n", res(link("file", "dir/")));
	printf("symlink file x/: %s\n", res(symlink("file", "x/")));
	printf("mkdir y/: %s\n", res(mkdir("y/", 0755)));
	printf("mknod z/: %s\n", res(mknod("z/", S_IFIFO | 0644, 0)));
	printf("the file is still there: %s\n", res(access("file", F_OK)));
	return 0;
}
