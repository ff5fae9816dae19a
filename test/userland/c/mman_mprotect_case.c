/*
 * mprotect enforced: a store to a read-only page and any access to a PROT_NONE page
 * raise SIGSEGV with SEGV_ACCERR and si_addr the faulting address (SEGV_MAPERR where
 * nothing is mapped); a handler that makes the page writable sees the store retried.
 * Also the error numbers, copies to and from protected pages (EFAULT), and fork.
 */
#include <errno.h>
#include <setjmp.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

static long page;
static volatile int faults;
static volatile int last_code;
static char *volatile last_addr;
static volatile int fix_up;		/* the handler makes the page writable and returns */
static sigjmp_buf escape;

static void on_segv(int sig, siginfo_t *si, void *ctx)
{
	(void)ctx;
	faults++;
	last_code = si->si_code;
	last_addr = si->si_addr;
	if (fix_up) {
		mprotect((void *)((unsigned long)si->si_addr & ~(page - 1)), page, PROT_READ | PROT_WRITE);
		return;
	}
	siglongjmp(escape, sig);
}

static const char *code_name(int code)
{
	return code == SEGV_ACCERR ? "SEGV_ACCERR" : code == SEGV_MAPERR ? "SEGV_MAPERR" : "other";
}

/* Store (or load) at p with the handler escaping; report what happened. */
static void try_access(const char *what, char *p, int store)
{
	volatile char sink;

	faults = 0;
	fix_up = 0;
	if (sigsetjmp(escape, 1) == 0) {
		if (store)
			*p = 'x';
		else
			sink = *p;
		(void)sink;
		printf("%s: no fault\n", what);
	} else {
		printf("%s: SIGSEGV %s, si_addr %s\n", what, code_name(last_code),
		       last_addr == p ? "matches" : "differs");
	}
}

static void show(const char *what, int r)
{
	printf("%s: %d %s\n", what, r, r < 0 ? strerror(errno) : "");
}

int main(void)
{
	struct sigaction sa;
	char *m, *hole;
	int fds[2], status;
	pid_t pid;

	page = sysconf(_SC_PAGESIZE);
	memset(&sa, 0, sizeof(sa));
	sa.sa_sigaction = on_segv;
	sa.sa_flags = SA_SIGINFO;
	sigaction(SIGSEGV, &sa, NULL);

	m = mmap(NULL, 4 * page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	memset(m, 'a', 4 * page);
	show("mprotect page 1 read-only", mprotect(m + page, page, PROT_READ));
	try_access("store to page 0", m, 1);
	try_access("store to read-only page 1", m + page + 123, 1);
	try_access("load from read-only page 1", m + page + 5, 0);
	printf("page 1 still holds '%c'\n", m[page + 123]);

	/* The exercise: the handler unprotects the page and returns; the store is retried. */
	fix_up = 1;
	faults = 0;
	*(volatile char *)(m + page + 7) = 'W';	/* volatile: not moved past the reads of last_addr */
	printf("handler fixed it: faults %d, %s, si_addr %s, value '%c'\n", faults,
	       code_name(last_code), last_addr == m + page + 7 ? "matches" : "differs", m[page + 7]);

	show("mprotect pages 1-2 PROT_NONE", mprotect(m + page, 2 * page, PROT_NONE));
	try_access("load from PROT_NONE page 2", m + 2 * page + 99, 0);
	try_access("store to PROT_NONE page 1", m + page, 1);
	pipe(fds);
	write(fds[1], "hello", 5);
	show("read() into PROT_NONE page", (int)read(fds[0], m + page, 5));
	show("write() from PROT_NONE page", (int)write(fds[1], m + 2 * page, 5));
	show("mprotect pages 1-2 read-only", mprotect(m + page, 2 * page, PROT_READ));
	show("read() into read-only page", (int)read(fds[0], m + page, 5));
	show("write() from read-only page", (int)write(fds[1], m + 2 * page, 3));
	printf("page 2 reads '%c' again, page 3 still writable: ", m[2 * page]);
	m[3 * page] = 'z';
	printf("'%c'\n", m[3 * page]);
	show("mprotect all read-write", mprotect(m, 4 * page, PROT_READ | PROT_WRITE));
	m[page] = m[2 * page] = 'b';
	printf("pages 1-2 writable again: '%c%c'\n", m[page], m[2 * page]);

	/* Unmapped memory is SEGV_MAPERR. */
	hole = m + 3 * page;
	munmap(hole, page);
	try_access("load from unmapped page", hole + 8, 0);
	try_access("load from address 0", NULL, 0);

	/* Linux's error numbers. */
	show("mprotect unaligned", mprotect(m + 1, page, PROT_READ));
	show("mprotect length 0", mprotect(m, 0, PROT_READ));
	show("mprotect with a hole", mprotect(m, 4 * page, PROT_READ));
	try_access("store to page 0 after the failed call", m, 1);
	show("mprotect unmapped", mprotect(hole, page, PROT_READ));
	show("mprotect bad prot", mprotect(m, page, 0x40));
	show("mprotect wrapping length", mprotect(m, (size_t)-page, PROT_READ));

	/* A child inherits the protection: its store kills it. */
	mprotect(m, page, PROT_READ);
	fflush(stdout);
	pid = fork();
	if (pid == 0) {
		signal(SIGSEGV, SIG_DFL);
		m[0] = 'c';
		_exit(0);
	}
	waitpid(pid, &status, 0);
	printf("child storing to read-only page: %s %d\n",
	       WIFSIGNALED(status) ? "killed by signal" : "exited", WIFSIGNALED(status) ? WTERMSIG(status) : WEXITSTATUS(status));

	/* Part of a PROT_NONE area made readable again: pages split and rejoin. */
	m = mmap(NULL, 3 * page, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	show("mprotect middle of PROT_NONE read-write", mprotect(m + page, page, PROT_READ | PROT_WRITE));
	m[page] = 'q';
	try_access("load from first PROT_NONE page", m, 0);
	try_access("load from last PROT_NONE page", m + 2 * page, 0);
	show("mprotect whole area read-write", mprotect(m, 3 * page, PROT_READ | PROT_WRITE));
	m[0] = 'r';
	m[2 * page] = 's';
	printf("whole area: '%c%c%c'\n", m[0], m[page], m[2 * page]);
	show("munmap", munmap(m, 3 * page));
	return 0;
}
