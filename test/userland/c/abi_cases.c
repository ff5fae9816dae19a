/*
 * The kernel ABI as our headers describe it: structure layouts the kernel
 * fills in and the numbers passed to it. Built against our headers and
 * glibc's; every line must be identical.
 */
#include <stdio.h>
#include <stddef.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <time.h>
#include <dirent.h>
#include <termios.h>
#include <unistd.h>
#include <limits.h>
#include <stdint.h>
#include <sys/types.h>
#include <sys/stat.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <sys/mman.h>
#include <sys/ioctl.h>
#include <sys/time.h>
#include <sys/klog.h>

#define SHOW(x) printf("%s = %ld\n", #x, (long)(x))

int main(void)
{
    SHOW(sizeof(struct stat));
    SHOW(offsetof(struct stat, st_ino));
    SHOW(offsetof(struct stat, st_nlink));
    SHOW(offsetof(struct stat, st_mode));
    SHOW(offsetof(struct stat, st_uid));
    SHOW(offsetof(struct stat, st_rdev));
    SHOW(offsetof(struct stat, st_size));
    SHOW(offsetof(struct stat, st_blksize));
    SHOW(offsetof(struct stat, st_blocks));
    SHOW(offsetof(struct stat, st_mtim));
    SHOW(sizeof(struct utsname));
    SHOW(offsetof(struct utsname, release));
    SHOW(offsetof(struct utsname, machine));
    SHOW(sizeof(struct timespec));
    SHOW(sizeof(struct timeval));
    SHOW(sizeof(struct termios));
    SHOW(offsetof(struct termios, c_cc));
    SHOW(offsetof(struct dirent, d_reclen));
    SHOW(offsetof(struct dirent, d_type));
    SHOW(offsetof(struct dirent, d_name));
    SHOW(sizeof(struct winsize));
    SHOW(sizeof(off_t));
    SHOW(sizeof(pid_t));
    SHOW(sizeof(mode_t));
    SHOW(sizeof(time_t));

    SHOW(O_RDONLY); SHOW(O_WRONLY); SHOW(O_RDWR); SHOW(O_CREAT); SHOW(O_EXCL); SHOW(O_NOCTTY);
    SHOW(O_TRUNC); SHOW(O_APPEND); SHOW(O_NONBLOCK); SHOW(O_DIRECTORY); SHOW(O_CLOEXEC);
    SHOW(AT_FDCWD); SHOW(F_GETFD); SHOW(F_SETFD); SHOW(F_GETFL); SHOW(F_SETFL); SHOW(F_DUPFD);
    SHOW(SEEK_SET); SHOW(SEEK_CUR); SHOW(SEEK_END);
    SHOW(S_IFMT); SHOW(S_IFDIR); SHOW(S_IFREG); SHOW(S_IFCHR); SHOW(S_IFLNK); SHOW(S_IFIFO);
    SHOW(WNOHANG); SHOW(WUNTRACED);
    SHOW(WEXITSTATUS(0x0300)); SHOW(WIFEXITED(0x0300)); SHOW(WIFSIGNALED(0x0300));
    SHOW(WTERMSIG(0x008b)); SHOW(WIFSIGNALED(0x008b)); SHOW(WCOREDUMP(0x008b)); SHOW(WIFEXITED(0x008b));
    SHOW(WIFSTOPPED(0x137f)); SHOW(WSTOPSIG(0x137f)); SHOW(WIFSIGNALED(0x137f));
    SHOW(PROT_READ); SHOW(PROT_WRITE); SHOW(PROT_EXEC); SHOW(MAP_PRIVATE); SHOW(MAP_SHARED);
    SHOW(MAP_ANONYMOUS); SHOW(MAP_FIXED);
    SHOW(TCGETS); SHOW(TCSETS); SHOW(TIOCGWINSZ);
    SHOW(CLOCK_REALTIME); SHOW(CLOCK_MONOTONIC);
    SHOW(SIGHUP); SHOW(SIGINT); SHOW(SIGKILL); SHOW(SIGSEGV); SHOW(SIGPIPE); SHOW(SIGTERM);
    SHOW(SIGCHLD); SHOW(SIGCONT); SHOW(SIGSTOP); SHOW(SIGTSTP); SHOW(SIGSYS); SHOW(SIGUSR1);
    SHOW(SIGUSR2); SHOW(SIGALRM); SHOW(SIGABRT); SHOW(SIGBUS); SHOW(SIGFPE); SHOW(SIGILL);
    SHOW(SA_RESTART); SHOW(SA_SIGINFO); SHOW(SA_NODEFER); SHOW(SA_RESETHAND); SHOW(SIG_BLOCK); SHOW(SIG_SETMASK);
    SHOW(EPERM); SHOW(ENOENT); SHOW(EINTR); SHOW(EBADF); SHOW(ECHILD); SHOW(EAGAIN); SHOW(ENOMEM);
    SHOW(EACCES); SHOW(EFAULT); SHOW(EEXIST); SHOW(ENOTDIR); SHOW(EISDIR); SHOW(EINVAL); SHOW(ENOTTY);
    SHOW(ENOSPC); SHOW(ESPIPE); SHOW(EPIPE); SHOW(ERANGE); SHOW(ENAMETOOLONG); SHOW(ENOSYS);
    SHOW(ENOTEMPTY); SHOW(ELOOP); SHOW(EOVERFLOW); SHOW(ETIMEDOUT);
    SHOW(INT_MAX); SHOW(LONG_MIN); SHOW(PATH_MAX); SHOW(INT64_MAX); SHOW(SIZE_MAX == UINT64_MAX);
    SHOW(STDIN_FILENO); SHOW(STDERR_FILENO); SHOW(R_OK); SHOW(W_OK); SHOW(X_OK);
    return 0;
}
