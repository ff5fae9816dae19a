/* faccessat's flags (AT_EACCESS, AT_SYMLINK_NOFOLLOW), eaccess and euidaccess, as root and
   with the effective ids dropped (the real ones stay root). */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

static char names[6][300];

static void show(const char *what, int r)
{
    if (r == 0)
        printf("  %-34s ok\n", what);
    else
        printf("  %-34s -1 %s\n", what, strerror(errno));
}

static void probe(const char *who)
{
    static const int modes[] = { F_OK, R_OK, W_OK, X_OK, R_OK | W_OK };
    static const char *mode_names[] = { "F", "R", "W", "X", "RW" };
    /* Not flags 0 (the plain system call): the emulated kernel lets root execute anything there. */
    static const int flags[] = { AT_EACCESS, AT_SYMLINK_NOFOLLOW, AT_EACCESS | AT_SYMLINK_NOFOLLOW };
    static const char *flag_names[] = { "EACCESS", "NOFOLLOW", "EACCESS|NOFOLLOW" };
    printf("%s:\n", who);
    for (int f = 0; f < 6; f++)
        for (int m = 0; m < 5; m++)
            for (int g = 0; g < 3; g++) {
                char what[100];
                errno = 0;
                int r = faccessat(AT_FDCWD, names[f], modes[m], flags[g]);
                snprintf(what, sizeof what, "file%d %s %s", f, mode_names[m], flag_names[g]);
                show(what, r);
            }
    errno = 0;
    show("eaccess file0 R", eaccess(names[0], R_OK));
    errno = 0;
    show("euidaccess file3 X", euidaccess(names[3], X_OK));
    errno = 0;
    show("access file0 R", access(names[0], R_OK));
}

int main(int argc, char **argv)
{
    /* In /tmp itself, not argv[1]'s private directory: the dropped ids must reach the files. */
    char base[100];
    (void)argc;
    (void)argv;
    snprintf(base, sizeof base, "/tmp/posix_access_case.%d", (int)getpid());
    static const int perms[] = { 0600, 0604, 0000, 0755, 0 };
    for (int i = 0; i < 4; i++) {
        snprintf(names[i], sizeof names[i], "%s.%d", base, i);
        unlink(names[i]);
        int fd = open(names[i], O_CREAT | O_WRONLY, 0600);
        close(fd);
        chmod(names[i], perms[i]);
    }
    snprintf(names[4], sizeof names[4], "%s.dir", base);
    rmdir(names[4]);
    mkdir(names[4], 0700);
    snprintf(names[5], sizeof names[5], "%s.link", base);
    unlink(names[5]);
    symlink("/nonexistent/target", names[5]);

    probe(geteuid() == 0 ? "root" : "user");
    errno = 0;
    show("bad flag 1", faccessat(AT_FDCWD, names[0], R_OK, 1));
    errno = 0;
    show("bad mode 8", faccessat(AT_FDCWD, names[0], 8, AT_EACCESS));
    errno = 0;
    show("missing", faccessat(AT_FDCWD, "/nonexistent/x", F_OK, AT_EACCESS));
    fflush(stdout);

    if (geteuid() == 0) {
        pid_t pid = fork();
        if (pid == 0) {
            if (setegid(65534) != 0 || seteuid(65534) != 0) {
                printf("cannot drop ids\n");
                _exit(1);
            }
            probe("effective nobody, real root");
            fflush(stdout);
            _exit(0);
        }
        int status;
        waitpid(pid, &status, 0);
        printf("child status %d\n", WEXITSTATUS(status));
    }
    for (int i = 0; i < 4; i++)
        unlink(names[i]);
    rmdir(names[4]);
    unlink(names[5]);
    return 0;
}
