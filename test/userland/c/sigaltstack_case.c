/*
 * sigaltstack: installing, querying and disabling an alternate signal stack; an
 * SA_ONSTACK handler runs on it (SS_ONSTACK seen from inside), one without SA_ONSTACK
 * does not; a stack overflow is survived by a SIGSEGV handler on the alternate stack;
 * the errors (EINVAL, ENOMEM, EPERM while on it); a forked child inherits it.
 */
#include <errno.h>
#include <setjmp.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

static char *alt;
static size_t alt_size = 65536;
static volatile int on_alt, query_flags, set_errno;
static sigjmp_buf escape;

static int inside_alt(const void *p)
{
    return (const char *)p >= alt && (const char *)p < alt + alt_size;
}

static void probe(int sig)
{
    stack_t now, other;
    char local;

    (void)sig;
    on_alt = inside_alt(&local);
    sigaltstack(NULL, &now);
    query_flags = now.ss_flags;
    /* Changing the stack while running on it is refused. */
    memset(&other, 0, sizeof other);
    other.ss_flags = SS_DISABLE;
    set_errno = sigaltstack(&other, NULL) == 0 ? 0 : errno;
}

static void on_segv(int sig)
{
    char local;

    (void)sig;
    on_alt = inside_alt(&local);
    siglongjmp(escape, 1);
}

static int recurse(int n)
{
    volatile char pad[1024];

    pad[0] = (char)n;
    return n == 0 ? pad[0] : recurse(n + 1) + pad[0];
}

static void install(int sig, void (*handler)(int), int flags)
{
    struct sigaction sa;

    memset(&sa, 0, sizeof sa);
    sa.sa_handler = handler;
    sa.sa_flags = flags;
    sigemptyset(&sa.sa_mask);
    sigaction(sig, &sa, NULL);
}

static void show(const char *what)
{
    stack_t cur;

    sigaltstack(NULL, &cur);
    printf("%s: flags %d size %zu sp %s\n", what, cur.ss_flags, cur.ss_size,
           cur.ss_sp == NULL ? "null" : cur.ss_sp == alt ? "alt" : "other");
}

int main(void)
{
    stack_t ss;
    int status, r;
    pid_t pid;

    alt = malloc(alt_size);
    show("initially");

    memset(&ss, 0, sizeof ss);
    ss.ss_sp = alt;
    ss.ss_size = 1024;
    r = sigaltstack(&ss, NULL);
    printf("too small: %d %s\n", r, errno == ENOMEM ? "ENOMEM" : "?");
    ss.ss_size = alt_size;
    ss.ss_flags = 12345;
    r = sigaltstack(&ss, NULL);
    printf("bad flags: %d %s\n", r, errno == EINVAL ? "EINVAL" : "?");
    ss.ss_flags = 0;
    printf("install: %d\n", sigaltstack(&ss, NULL));
    show("installed");

    install(SIGUSR1, probe, SA_ONSTACK);
    raise(SIGUSR1);
    printf("SA_ONSTACK handler: on alt %d, flags %d, change refused %s\n", on_alt, query_flags,
           set_errno == EPERM ? "EPERM" : "no");
    install(SIGUSR2, probe, 0);
    raise(SIGUSR2);
    printf("plain handler: on alt %d, flags %d\n", on_alt, query_flags);

    fflush(stdout);
    pid = fork();
    if (pid == 0) {
        show("child");
        raise(SIGUSR1);
        printf("child handler on alt %d\n", on_alt);
        fflush(stdout);
        _exit(0);
    }
    waitpid(pid, &status, 0);

    install(SIGSEGV, on_segv, SA_ONSTACK);
    if (sigsetjmp(escape, 1) == 0)
        recurse(1);
    printf("stack overflow caught on alt %d\n", on_alt);

    ss.ss_flags = SS_DISABLE;
    printf("disable: %d\n", sigaltstack(&ss, NULL));
    show("disabled");
    raise(SIGUSR1);
    printf("SA_ONSTACK without a stack: on alt %d, flags %d\n", on_alt, query_flags);
    return 0;
}
