/*
 * open's O_NOFOLLOW: a symbolic link as the last component fails with ELOOP (with
 * O_CREAT too, and for a dangling link), links earlier in the path are followed, and
 * a trailing slash follows the last one as well.  lstat with a trailing slash also
 * follows.  argv[1] names a scratch directory to make.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static void show_open(const char *what, int fd)
{
    printf("%s: %s\n", what, fd >= 0 ? "opened" : strerror(errno));
    if (fd >= 0)
        close(fd);
}

int main(int argc, char **argv)
{
    const char *dir = argc > 1 ? argv[1] : "/tmp/o_nofollow_case";
    struct stat st;
    char buf[32];
    int dfd, fd;
    ssize_t n;

    mkdir(dir, 0755);
    if (chdir(dir) != 0)
        return 1;
    fd = open("file", O_WRONLY | O_CREAT | O_TRUNC, 0644);
    write(fd, "contents", 8);
    close(fd);
    mkdir("sub", 0755);
    symlink("file", "link");
    symlink("sub", "dirlink");
    symlink("missing", "dangling");
    symlink("loop", "loop");

    fd = open("file", O_RDONLY | O_NOFOLLOW);
    printf("O_NOFOLLOW on a file: %s, F_GETFL keeps O_NOFOLLOW: %d\n", fd >= 0 ? "opened" : strerror(errno),
           (fcntl(fd, F_GETFL) & O_NOFOLLOW) != 0);
    close(fd);
    show_open("O_NOFOLLOW on a link to it", open("link", O_RDONLY | O_NOFOLLOW));
    show_open("without O_NOFOLLOW", open("link", O_RDONLY));
    show_open("O_NOFOLLOW | O_WRONLY | O_TRUNC on the link", open("link", O_WRONLY | O_TRUNC | O_NOFOLLOW));
    fd = open("file", O_RDONLY);
    n = read(fd, buf, sizeof(buf));
    close(fd);
    printf("  the file still holds %zd bytes\n", n);
    show_open("O_NOFOLLOW | O_CREAT on the link", open("link", O_WRONLY | O_CREAT | O_NOFOLLOW, 0644));
    show_open("O_NOFOLLOW | O_CREAT on a dangling link", open("dangling", O_WRONLY | O_CREAT | O_NOFOLLOW, 0644));
    printf("  missing created: %s\n", access("missing", F_OK) == 0 ? "yes" : "no");
    show_open("O_NOFOLLOW | O_CREAT | O_EXCL on the link", open("link", O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW, 0644));
    show_open("O_NOFOLLOW on a link to itself", open("loop", O_RDONLY | O_NOFOLLOW));
    show_open("without O_NOFOLLOW", open("loop", O_RDONLY));
    show_open("O_NOFOLLOW on a directory link", open("dirlink", O_RDONLY | O_NOFOLLOW));
    show_open("O_NOFOLLOW | O_DIRECTORY on it", open("dirlink", O_RDONLY | O_DIRECTORY | O_NOFOLLOW));
    show_open("O_NOFOLLOW on it with a trailing slash", open("dirlink/", O_RDONLY | O_NOFOLLOW));
    show_open("O_NOFOLLOW through it: dirlink/../file", open("dirlink/../file", O_RDONLY | O_NOFOLLOW));
    dfd = open(".", O_RDONLY | O_DIRECTORY);
    show_open("openat O_NOFOLLOW on the link", openat(dfd, "link", O_RDONLY | O_NOFOLLOW));
    close(dfd);
    printf("lstat dirlink: %s\n", lstat("dirlink", &st) == 0 && S_ISLNK(st.st_mode) ? "a link" : "not a link");
    printf("lstat dirlink/: %s\n", lstat("dirlink/", &st) == 0 && S_ISDIR(st.st_mode) ? "the directory" : strerror(errno));

    unlink("link");
    unlink("dirlink");
    unlink("dangling");
    unlink("loop");
    unlink("missing");
    unlink("file");
    rmdir("sub");
    chdir("/");
    rmdir(dir);
    return 0;
}
