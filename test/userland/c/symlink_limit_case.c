/*
 * Linux follows at most 40 symbolic links in one path lookup (MAXSYMLINKS),
 * nested (a chain of links to links) or one after another (each component a
 * link): the 41st gives ELOOP.
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
	return r == 0 ? "ok" : errno == ELOOP ? "ELOOP" : errno == ENOENT ? "ENOENT" : "other";
}

int main(void)
{
	char dir[] = "/tmp/symlimitXXXXXX", name[64], target[64], path[4096];
	struct stat st;
	int i, n;

	if (!mkdtemp(dir) || chdir(dir) != 0)
		return 1;
	close(open("file", O_CREAT | O_WRONLY, 0644));
	/* A chain: l1 -> file, l2 -> l1, ... */
	for (i = 1; i <= 41; i++) {
		snprintf(name, sizeof name, "l%d", i);
		if (i == 1)
			strcpy(target, "file");
		else
			snprintf(target, sizeof target, "l%d", i - 1);
		symlink(target, name);
	}
	for (i = 38; i <= 41; i++) {
		snprintf(name, sizeof name, "l%d", i);
		printf("chain of %d: stat %s, lstat %s, open %s\n", i, res(stat(name, &st)), res(lstat(name, &st)),
		       res((n = open(name, O_RDONLY)) >= 0 ? (close(n), 0) : -1));
	}
	/* Links one after another: d -> ., so d/d/d/.../file follows one link per component. */
	symlink(".", "d");
	for (n = 39; n <= 41; n++) {
		path[0] = 0;
		for (i = 0; i < n; i++)
			strcat(path, "d/");
		strcat(path, "file");
		printf("%d links in a row: stat %s\n", n, res(stat(path, &st)));
	}
	/* Both kinds in one lookup count together. */
	path[0] = 0;
	for (i = 0; i < 5; i++)
		strcat(path, "d/");
	strcat(path, "l36");
	printf("5 + 36 links: stat %s\n", res(stat(path, &st)));
	path[strlen(path) - 2] = 0;
	strcat(path, "35");
	printf("5 + 35 links: stat %s\n", res(stat(path, &st)));
	for (i = 1; i <= 41; i++) {
		snprintf(name, sizeof name, "l%d", i);
		unlink(name);
	}
	unlink("d");
	unlink("file");
	chdir("/");
	rmdir(dir);
	return 0;
}
