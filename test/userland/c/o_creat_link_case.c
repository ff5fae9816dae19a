/*
 * open(O_CREAT) through a dangling symbolic link creates what the link names, as
 * Linux does: a relative target from the link's directory, an absolute one from
 * the root, through a chain of links; O_EXCL refuses any existing name (EEXIST,
 * the link is not followed), O_NOFOLLOW refuses the link (ELOOP), a target in a
 * missing directory is ENOENT, one ending in "/" EISDIR, a loop ELOOP.  The
 * file made gets open's mode less the umask, as any other.
 * argv[1] names a scratch directory to make.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* open(path, O_WRONLY | O_CREAT | extra), writing what on success. */
static void create(const char *path, int extra, const char *what)
{
    int fd = open(path, O_WRONLY | O_CREAT | extra, 0666);

    printf("create %s: %s\n", path, fd >= 0 ? "opened" : strerror(errno));
    if (fd >= 0) {
        write(fd, what, strlen(what));
        close(fd);
    }
}

/* Whether path exists as a regular file, its mode's permission bits and contents. */
static void show_file(const char *path)
{
    char buf[64];
    struct stat st;
    ssize_t n;
    int fd;

    if (lstat(path, &st) != 0) {
        printf("  %s: %s\n", path, strerror(errno));
        return;
    }
    fd = open(path, O_RDONLY);
    n = read(fd, buf, sizeof(buf) - 1);
    close(fd);
    buf[n > 0 ? n : 0] = '\0';
    printf("  %s: %s %o \"%s\"\n", path, S_ISREG(st.st_mode) ? "a file" : "not a file",
           (unsigned)(st.st_mode & 0777), buf);
}

int main(int argc, char **argv)
{
    const char *dir = argc > 1 ? argv[1] : "/tmp/o_creat_link_case";
    char abs[512];

    mkdir(dir, 0755);
    if (chdir(dir) != 0)
        return 1;
    umask(022);
    mkdir("sub", 0755);
    symlink("target", "sub/rel");             /* relative: sub/target */
    create("sub/rel", 0, "through a relative link");
    show_file("sub/target");
    show_file("target");
    create("sub/rel", 0, "again");
    show_file("sub/target");

    getcwd(abs, sizeof(abs) - 16);
    strcat(abs, "/abs-target");
    symlink(abs, "abs");
    create("abs", 0, "through an absolute link");
    show_file("abs-target");

    symlink("chain2", "chain1");
    symlink("sub/chain3", "chain2");
    symlink("../end", "sub/chain3");          /* from sub/: ./end */
    create("chain1", 0, "through three links");
    show_file("end");

    symlink("excl-target", "excl");
    create("excl", O_EXCL, "no");
    show_file("excl-target");
    symlink("nofollow-target", "nofollow");
    create("nofollow", O_NOFOLLOW, "no");
    show_file("nofollow-target");
    symlink("nodir/file", "nodir-link");
    create("nodir-link", 0, "no");
    symlink("slash-target/", "slash");
    create("slash", 0, "no");
    show_file("slash-target");
    symlink("loop2", "loop1");
    symlink("loop1", "loop2");
    create("loop1", 0, "no");
    symlink("sub", "dirlink");
    create("dirlink", 0, "no");
    create("dirlink/made", 0, "through a link to a directory");
    show_file("sub/made");
    create("trunc-me", 0, "long contents");
    symlink("trunc-me", "trunc");
    create("trunc", O_TRUNC, "short");
    show_file("trunc-me");

    unlink("sub/rel"); unlink("sub/target"); unlink("sub/chain3"); unlink("sub/made");
    rmdir("sub");
    unlink("abs"); unlink("abs-target"); unlink("chain1"); unlink("chain2"); unlink("end");
    unlink("excl"); unlink("nofollow"); unlink("nodir-link"); unlink("slash");
    unlink("loop1"); unlink("loop2"); unlink("dirlink"); unlink("trunc-me"); unlink("trunc");
    chdir("/");
    printf("rmdir of the scratch directory: %s\n", rmdir(dir) == 0 ? "ok" : strerror(errno));
    return 0;
}
