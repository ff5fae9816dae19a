/*
 * POSIX process and file calls against glibc: the exec family (with the
 * shell fallback for scripts), vfork, pipe2/dup3, positioned I/O, the *at
 * calls, modes, FIFOs, timestamps, truncation, process groups, pending
 * signals and sigsuspend, priorities, directory positions, temporary names,
 * wide input, terminal attributes, nl_langinfo and version ordering.
 */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <langinfo.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>
#include <utime.h>
#include <wchar.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/wait.h>

static char dir[256];

static void path_of(char *out, const char *name)
{
    snprintf(out, 300, "%s/%s", dir, name);
}

/* Run a child that execs, and report how it ended. */
static void wait_child(const char *what, pid_t pid)
{
    int status;

    fflush(stdout);
    waitpid(pid, &status, 0);
    printf("%s: exit %d\n", what, WIFEXITED(status) ? WEXITSTATUS(status) : -1);
    /* Nothing buffered may be inherited by the next child. */
    fflush(stdout);
}

static void exec_family(void)
{
    char script[300];
    char *env[] = { "GREETING=from execle", NULL };
    char *argv[] = { "sh", "-c", "echo execvpe sees $GREETING", NULL };
    FILE *f;
    pid_t pid;

    fflush(stdout);
    if ((pid = fork()) == 0) {
        execl("/bin/sh", "sh", "-c", "echo execl $0 $1", "zero", "one", (char *)NULL);
        _exit(99);
    }
    wait_child("execl", pid);
    if ((pid = fork()) == 0) {
        execlp("sh", "sh", "-c", "echo execlp found sh on PATH; exit 3", (char *)NULL);
        _exit(99);
    }
    wait_child("execlp", pid);
    if ((pid = fork()) == 0) {
        execle("/bin/sh", "sh", "-c", "echo $GREETING", (char *)NULL, env);
        _exit(99);
    }
    wait_child("execle", pid);
    if ((pid = fork()) == 0) {
        execvpe("sh", argv, env);
        _exit(99);
    }
    wait_child("execvpe", pid);

    /* A script without "#!": execve says ENOEXEC, execvp hands it to the shell. */
    path_of(script, "script");
    f = fopen(script, "w");
    fputs("echo script ran with $# args: $1 $2\n", f);
    fclose(f);
    chmod(script, 0755);
    if ((pid = fork()) == 0) {
        char *args[] = { script, "a", "b", NULL };

        execve(script, args, environ);
        printf("execve of a script: %s\n", errno == ENOEXEC ? "ENOEXEC" : "other");
        fflush(stdout);
        execvp(script, args);
        _exit(99);
    }
    wait_child("execvp script", pid);
    if ((pid = fork()) == 0) {
        execlp("no-such-program-anywhere", "x", (char *)NULL);
        printf("missing program: %s\n", errno == ENOENT ? "ENOENT" : "other");
        fflush(stdout);
        _exit(7);
    }
    wait_child("execlp missing", pid);

    /* vfork: the parent waits until the child execs or exits. */
    if ((pid = vfork()) == 0) {
        execl("/bin/sh", "sh", "-c", "echo vfork child execs", (char *)NULL);
        _exit(98);
    }
    wait_child("vfork exec", pid);
    if ((pid = vfork()) == 0)
        _exit(42);
    wait_child("vfork _exit", pid);
}

static void descriptors(void)
{
    int fds[2], fd, copy;
    char name[300], buf[16] = { 0 };
    struct stat st;

    pipe2(fds, O_CLOEXEC);
    printf("pipe2 cloexec %d %d\n", (fcntl(fds[0], F_GETFD) & FD_CLOEXEC) != 0, (fcntl(fds[1], F_GETFD) & FD_CLOEXEC) != 0);
    copy = dup3(fds[0], 30, O_CLOEXEC);
    printf("dup3 %d cloexec %d, same fd: %d\n", copy, (fcntl(30, F_GETFD) & FD_CLOEXEC) != 0,
           dup3(30, 30, 0) < 0 && errno == EINVAL);
    close(fds[0]);
    close(fds[1]);
    close(30);

    path_of(name, "data");
    fd = open(name, O_RDWR | O_CREAT | O_TRUNC, 0644);
    write(fd, "0123456789", 10);
    printf("pwrite %ld, ", (long)pwrite(fd, "AB", 2, 3));
    printf("pread %ld [", (long)pread(fd, buf, 6, 2));
    printf("%s], offset still %ld\n", buf, (long)lseek(fd, 0, SEEK_CUR));
    fchmod(fd, 0600);
    fstat(fd, &st);
    printf("fchmod mode %o\n", st.st_mode & 0777);
    printf("fchown to self %d\n", fchown(fd, getuid(), getgid()));
    fdatasync(fd);
    sync();
    close(fd);
    truncate(name, 4);
    stat(name, &st);
    printf("truncate size %ld\n", (long)st.st_size);
    printf("chown to self %d, lchown %d\n", chown(name, getuid(), getgid()), lchown(name, getuid(), getgid()));
}

static void at_calls(void)
{
    int d = open(dir, O_RDONLY | O_DIRECTORY);
    char target[64];
    struct stat st;
    ssize_t n;

    printf("mkdirat %d, ", mkdirat(d, "sub", 0755));
    printf("fstatat dir %d, ", fstatat(d, "sub", &st, 0) == 0 && S_ISDIR(st.st_mode));
    printf("faccessat %d\n", faccessat(d, "data", R_OK | W_OK, 0));
    printf("symlinkat %d, ", symlinkat("data", d, "link"));
    n = readlinkat(d, "link", target, sizeof(target) - 1);
    target[n < 0 ? 0 : n] = '\0';
    printf("readlinkat [%s], ", target);
    printf("nofollow is link %d\n", fstatat(d, "link", &st, AT_SYMLINK_NOFOLLOW) == 0 && S_ISLNK(st.st_mode));
    printf("linkat %d, ", linkat(d, "data", d, "hard", 0));
    fstatat(d, "data", &st, 0);
    printf("links %ld, ", (long)st.st_nlink);
    printf("renameat %d, ", renameat(d, "hard", d, "sub/moved"));
    printf("fchmodat %d, ", fchmodat(d, "sub/moved", 0640, 0));
    fstatat(d, "sub/moved", &st, 0);
    printf("mode %o\n", st.st_mode & 0777);
    printf("unlinkat file %d, ", unlinkat(d, "sub/moved", 0));
    printf("dir without flag: %s, ", unlinkat(d, "sub", 0) < 0 && (errno == EISDIR || errno == EPERM) ? "refused" : "removed");
    printf("with AT_REMOVEDIR %d\n", unlinkat(d, "sub", AT_REMOVEDIR));
    printf("mkfifoat %d, ", mkfifoat(d, "fifo", 0600));
    fstatat(d, "fifo", &st, 0);
    printf("is fifo %d, ", S_ISFIFO(st.st_mode));
    printf("mknod fifo again: %s\n", mknodat(d, "fifo", S_IFIFO | 0600, 0) < 0 && errno == EEXIST ? "EEXIST" : "?");
    unlinkat(d, "fifo", 0);
    unlinkat(d, "link", 0);
    close(d);
}

static void timestamps(void)
{
    char name[300];
    struct stat st;
    struct utimbuf ub = { 1000000, 2000000 };
    struct timeval tv[2] = { { 3000000, 500000 }, { 4000000, 250000 } };
    struct timespec ts[2] = { { 5000000, 123456789 }, { 0, UTIME_OMIT } };

    path_of(name, "data");
    utime(name, &ub);
    stat(name, &st);
    printf("utime %ld %ld\n", (long)st.st_atime, (long)st.st_mtime);
    utimes(name, tv);
    stat(name, &st);
    printf("utimes %ld.%06ld %ld.%06ld\n", (long)st.st_atime, st.st_atim.tv_nsec / 1000, (long)st.st_mtime,
           st.st_mtim.tv_nsec / 1000);
    utimensat(AT_FDCWD, name, ts, 0);
    stat(name, &st);
    printf("utimensat %ld.%09ld, mtime kept %ld\n", (long)st.st_atime, st.st_atim.tv_nsec, (long)st.st_mtime);
}

static volatile sig_atomic_t got_usr1;

static void on_usr1(int sig)
{
    (void)sig;
    got_usr1++;
}

static void signals_and_groups(void)
{
    sigset_t block, pending, none;
    struct sigaction sa;
    int r;

    printf("getpgrp == getpgid(0): %d, getsid(0) == getsid(pid): %d\n", getpgrp() == getpgid(0),
           getsid(0) == getsid(getpid()));
    printf("killpg(-1): %s\n", killpg(-1, 0) < 0 && errno == EINVAL ? "EINVAL" : "?");
    memset(&sa, 0, sizeof(sa));
    sa.sa_handler = on_usr1;
    sigaction(SIGUSR1, &sa, NULL);
    sigemptyset(&block);
    sigaddset(&block, SIGUSR1);
    sigprocmask(SIG_BLOCK, &block, NULL);
    raise(SIGUSR1);
    sigpending(&pending);
    printf("pending while blocked %d, handled %d\n", sigismember(&pending, SIGUSR1), (int)got_usr1);
    sigemptyset(&none);
    r = sigsuspend(&none);
    printf("sigsuspend %d %s, handled %d\n", r, errno == EINTR ? "EINTR" : "?", (int)got_usr1);
    sigpending(&pending);
    printf("pending after %d\n", sigismember(&pending, SIGUSR1));
    sigprocmask(SIG_UNBLOCK, &block, NULL);
    printf("alarm none pending %u, ", alarm(5));
    printf("then %u left\n", alarm(0));
    printf("nice(0) == getpriority: %d\n", nice(0) == getpriority(PRIO_PROCESS, 0));
}

static int only_versions(const struct dirent *e)
{
    return strncmp(e->d_name, "v", 1) == 0;
}

static void directories_and_names(void)
{
    char name[300], tmpl[300];
    struct dirent **list, entry, *result;
    DIR *d;
    long first;
    int n, i, fd, count = 0;
    const char *versions[] = { "v1.10", "v1.9", "v1.010", "v1.0", "v2", "v1.09" };

    for (i = 0; i < 6; i++) {
        path_of(name, versions[i]);
        close(open(name, O_WRONLY | O_CREAT, 0644));
    }
    n = scandir(dir, &list, only_versions, versionsort);
    printf("versionsort:");
    for (i = 0; i < n; i++) {
        printf(" %s", list[i]->d_name);
        free(list[i]);
    }
    free(list);
    printf("\n");

    d = opendir(dir);
    printf("dirfd matches fstat %d\n", dirfd(d) >= 0);
    readdir(d);
    first = telldir(d);
    while (readdir(d) != NULL)
        count++;
    seekdir(d, first);
    n = 0;
    while (readdir_r(d, &entry, &result) == 0 && result != NULL)
        n++;
    rewinddir(d);
    i = 0;
    while (readdir(d) != NULL)
        i++;
    printf("after the first: %d, again from telldir: %d, after rewind: %d\n", count, n, i);
    closedir(d);
    fd = open(dir, O_RDONLY | O_DIRECTORY);
    d = fdopendir(fd);
    printf("fdopendir %s, on a file: %s\n", d != NULL ? "ok" : "NULL",
           fdopendir(open("/dev/null", O_RDONLY)) == NULL && errno == ENOTDIR ? "ENOTDIR" : "?");
    closedir(d);

    snprintf(tmpl, sizeof(tmpl), "%s/tmpXXXXXX.txt", dir);
    fd = mkstemps(tmpl, 4);
    printf("mkstemps %d, keeps suffix %d, X's replaced %d\n", fd >= 0, strcmp(tmpl + strlen(tmpl) - 4, ".txt") == 0,
           strstr(tmpl, "XXXXXX") == NULL);
    unlink(tmpl);
    close(fd);
    snprintf(tmpl, sizeof(tmpl), "%s/oXXXXXX", dir);
    fd = mkostemp(tmpl, O_CLOEXEC);
    printf("mkostemp cloexec %d\n", (fcntl(fd, F_GETFD) & FD_CLOEXEC) != 0);
    unlink(tmpl);
    close(fd);
    snprintf(tmpl, sizeof(tmpl), "%s/mXXXXXX", dir);
    printf("mktemp free name %d, ", access(mktemp(tmpl), F_OK) < 0);
    printf("bad template [%s]\n", mktemp(strcpy(name, "noX")));
    for (i = 0; i < 6; i++) {
        path_of(name, versions[i]);
        unlink(name);
    }
}

static void wide_and_terminal(void)
{
    char name[300];
    wchar_t line[16];
    struct termios t;
    FILE *f;
    wint_t c;
    int fd;

    path_of(name, "wide");
    f = fopen(name, "w");
    fputs("h\xc3\xa9llo\nsecond\n", f);
    fclose(f);
    /* Each stream is opened after the locale it reads in is chosen (glibc fixes it then). */
    f = fopen(name, "r");
    c = fgetwc(f);
    printf("C locale: %lc, ", (wint_t)c);
    errno = 0;
    c = fgetwc(f);
    printf("then %s\n", c == WEOF && errno == EILSEQ ? "EILSEQ" : "?");
    fclose(f);
    setlocale(LC_ALL, "C.UTF-8");
    f = fopen(name, "r");
    fgetwc(f);
    c = fgetwc(f);
    printf("UTF-8: U+%04X, ", (unsigned)c);
    printf("ungetwc %d, ", ungetwc(L'\x20ac', f) == L'\x20ac');
    printf("then U+%04X, ", (unsigned)fgetwc(f));
    fgetws(line, 16, f);
    printf("fgetws rest [%ls]", line);
    fgetws(line, 4, f);
    printf(" [%ls]\n", line);
    printf("codeset %s, ", nl_langinfo(CODESET));
    setlocale(LC_ALL, "C");
    printf("%s, day %s %s, month %s %s, %s %s, radix [%s], fmt [%s]\n", nl_langinfo(CODESET), nl_langinfo(DAY_1),
           nl_langinfo(ABDAY_7), nl_langinfo(MON_12), nl_langinfo(ABMON_1), nl_langinfo(AM_STR),
           nl_langinfo(PM_STR), nl_langinfo(RADIXCHAR), nl_langinfo(D_T_FMT));
    fclose(f);
    unlink(name);

    memset(&t, 0xff, sizeof(t));
    cfmakeraw(&t);
    printf("cfmakeraw iflag %o oflag %o lflag %o cflag-size %o vmin %d vtime %d\n", t.c_iflag & 03777,
           t.c_oflag & 0377, t.c_lflag & 0177777, t.c_cflag & CSIZE, t.c_cc[VMIN], t.c_cc[VTIME]);
    memset(&t, 0, sizeof(t));
    printf("cfsetospeed %d, ", cfsetospeed(&t, B115200));
    printf("cfsetispeed %d, ", cfsetispeed(&t, B9600));
    printf("speeds %o %o, bad %d\n", cfgetospeed(&t), cfgetispeed(&t), cfsetospeed(&t, 12345));
    fd = open("/dev/null", O_RDONLY);
    printf("tcgetpgrp(not a tty): %d ", (int)tcgetpgrp(fd));
    printf("%s\n", errno == ENOTTY ? "ENOTTY" : "?");
    printf("ttyname(not a tty): %s ", ttyname(fd) == NULL ? "NULL" : "?");
    printf("%s\n", errno == ENOTTY ? "ENOTTY" : "?");
    close(fd);
}

static void small_extras(void)
{
    char buf[16], sw[8];
    char *end;

    end = memccpy(buf, "hello, world", ',', sizeof(buf));
    printf("memccpy stops after ',': %ld\n", end != NULL ? (long)(end - buf) : -1L);
    printf("memccpy without it: %s\n", memccpy(buf, "abc", 'z', 3) == NULL ? "NULL" : "?");
    swab("abcdefg", sw, 7);
    sw[6] = '\0';
    printf("swab [%s]\n", sw);
    printf("strverscmp %d %d %d %d\n", strverscmp("a9", "a10") < 0, strverscmp("1.010", "1.09") < 0,
           strverscmp("000", "00") < 0, strverscmp("same", "same") == 0);
    printf("pathconf NAME_MAX %ld PATH_MAX %ld, fpathconf PIPE_BUF %ld\n", pathconf("/", _PC_NAME_MAX),
           pathconf("/", _PC_PATH_MAX), fpathconf(0, _PC_PIPE_BUF));
    printf("confstr %zu [%s]\n", confstr(_CS_PATH, buf, sizeof(buf)), buf);
}

int main(int argc, char **argv)
{
    snprintf(dir, sizeof(dir), "%s", argc > 1 ? argv[1] : "/tmp/posix_calls_case.dir");
    mkdir(dir, 0755);
    setenv("PATH", "/usr/bin:/bin", 1);
    exec_family();
    descriptors();
    at_calls();
    timestamps();
    signals_and_groups();
    directories_and_names();
    wide_and_terminal();
    small_extras();
    {
        char cmd[300];

        fflush(stdout);
        snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
        system(cmd);
    }
    return 0;
}
