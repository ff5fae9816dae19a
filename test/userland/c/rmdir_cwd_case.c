/*
 * rmdir of a working directory succeeds, as on Linux: the directory loses its
 * name but stays the cwd, a dead one -- getcwd fails with ENOENT, nothing can be
 * created in it, listing it fails with ENOENT, stat sees no links, ".." still
 * leads to where it was, and /proc/self/cwd says " (deleted)".  Also another
 * process's cwd, and the errors for ".", "..", "/" and names they cannot remove.
 * argv[1] names a scratch directory to make.
 */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

static void show(const char *what, int result)
{
    printf("%s: %s\n", what, result == 0 ? "ok" : strerror(errno));
}

static void show_fd(const char *what, int fd)
{
    printf("%s: %s\n", what, fd >= 0 ? "opened" : strerror(errno));
    if (fd >= 0)
        close(fd);
}

/* The names that cannot be removed, from inside the scratch directory's "sub". */
static void dots(void)
{
    show("rmdir .", rmdir("."));
    show("rmdir ..", rmdir(".."));
    show("rmdir ../sub/.", rmdir("../sub/."));
    show("rmdir ../sub/..", rmdir("../sub/.."));
    show("rmdir /", rmdir("/"));
    show("rmdir /proc (a mount point)", rmdir("/proc"));
    show("rmdir missing/.", rmdir("missing/."));
    show("unlink .", unlink("."));
    show("unlink ..", unlink(".."));
    show("mkdir .", mkdir(".", 0755));
    show("mkdir ..", mkdir("..", 0755));
    show("rename . to x", rename(".", "x"));
    show("rename .. to x", rename("..", "x"));
    show_fd("open . with O_CREAT", open(".", O_RDONLY | O_CREAT, 0644));
    show_fd("open newfile/ with O_CREAT", open("newfile/", O_RDWR | O_CREAT, 0644));
}

/* What a process sees from inside its removed working directory. */
static void inside_dead_cwd(void)
{
    char buf[256], link[512];
    struct stat st;
    ssize_t n;
    long got;
    int fd;

    printf("getcwd: %s\n", getcwd(buf, sizeof(buf)) ? "a path" : strerror(errno));
    show("stat .", stat(".", &st));
    printf("  a directory %d, links %d\n", S_ISDIR(st.st_mode), (int)st.st_nlink);
    n = readlink("/proc/self/cwd", link, sizeof(link) - 1);
    link[n > 0 ? n : 0] = '\0';
    printf("/proc/self/cwd ends in \"/sub (deleted)\": %d\n",
           n > 14 && strcmp(link + n - 14, "/sub (deleted)") == 0);
    show_fd("create a file in it", open("file", O_WRONLY | O_CREAT, 0644));
    show_fd("  with O_EXCL", open("file", O_WRONLY | O_CREAT | O_EXCL, 0644));
    show("mkdir in it", mkdir("dir", 0755));
    show("mkfifo in it", mkfifo("fifo", 0644));
    show("symlink in it", symlink("target", "link"));
    show("stat of a name in it", stat("file", &st));
    show("unlink of a name in it", unlink("file"));
    show("rmdir . again", rmdir("."));
    fd = open(".", O_RDONLY | O_DIRECTORY);
    show_fd("open .", dup(fd));
    got = syscall(SYS_getdents64, fd, buf, sizeof(buf));
    printf("getdents64 of it: %s\n", got >= 0 ? "entries" : strerror(errno));
    close(fd);
    show("stat ..", stat("..", &st));
    printf("  .. holds the file \"kept\": %d\n", stat("../kept", &st) == 0);
    show("chdir ..", chdir(".."));
    printf("getcwd ends in the scratch directory's name: %d\n",
           getcwd(buf, sizeof(buf)) != NULL && strrchr(buf, '/') != NULL);
}

int main(int argc, char **argv)
{
    const char *dir = argc > 1 ? argv[1] : "/tmp/rmdir_cwd_case";
    int ready[2], done[2];
    char c;
    pid_t child;

    mkdir(dir, 0755);
    if (chdir(dir) != 0)
        return 1;
    close(open("kept", O_WRONLY | O_CREAT, 0644));
    mkdir("sub", 0755);
    chdir("sub");
    dots();

    show("rmdir of the cwd", rmdir("../sub"));
    inside_dead_cwd();

    /* Another process's cwd: the child sits in "other" while its parent removes it. */
    mkdir("other", 0755);
    pipe(ready);
    pipe(done);
    fflush(stdout);
    child = fork();
    if (child == 0) {
        char buf[256];

        chdir("other");
        write(ready[1], "r", 1);
        read(done[0], &c, 1);
        printf("the child's getcwd: %s\n", getcwd(buf, sizeof(buf)) ? "a path" : strerror(errno));
        show_fd("the child creates a file there", open("f", O_WRONLY | O_CREAT, 0644));
        fflush(stdout);
        _exit(0);
    }
    read(ready[0], &c, 1);
    show("rmdir of the child's cwd", rmdir("other"));
    fflush(stdout);
    write(done[1], "d", 1);
    waitpid(child, NULL, 0);
    printf("\"other\" is gone: %d\n", access("other", F_OK) != 0 && errno == ENOENT);

    unlink("kept");
    chdir("/");
    show("rmdir of the scratch directory", rmdir(dir));
    return 0;
}
