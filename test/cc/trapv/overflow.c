/* -ftrapv at run time: each operation runs in a child, which must abort on overflow and
   compute the value otherwise (test/cc/trapv.test.ts: gcc's build, ours, emulated). */
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <sys/wait.h>
#include <unistd.h>

static volatile int imax = INT_MAX, imin = INT_MIN, one = 1, two = 2, minus_one = -1;
static volatile long lmax = LONG_MAX, lmin = LONG_MIN, lone = 1, ltwo = 2;
static volatile short smax = SHRT_MAX;
static long result;

static void add_int(void) { result = imax + one; }
static void sub_int(void) { result = imin - one; }
static void mul_int(void) { result = imax * two; }
static void neg_int(void) { result = -imin; }
static void add_long(void) { result = lmax + lone; }
static void sub_long(void) { result = lmin - lone; }
static void mul_long(void) { result = lmin * ltwo; }
static void neg_long(void) { result = -lmin; }
static void increment(void) { int x = imax; x++; result = x; }
static void decrement_long(void) { long x = lmin; --x; result = x; }
static void compound(void) { int x = imin; x -= 1; result = x; }
static void div_by_minus_one(void) { result = imin / minus_one; }
static void in_range(void) { result = (imax - one) - (imin + one) * minus_one + -(int)lone; }
static void long_in_range(void) { result = lmax + lmin * lone - (lmin + ltwo) * (-lone); }
static void narrowed(void) { short s = smax + one; result = s; }
static void absolute(void) { result = __builtin_abs(imin); }
static void absolute_in_range(void) { result = __builtin_labs(lmin + lone); }
static void unsigned_wraps(void) { unsigned u = (unsigned)imax + (unsigned)imax; result = u; }

static const struct { const char *name; void (*run)(void); } cases[] = {
	{ "add_int", add_int }, { "sub_int", sub_int }, { "mul_int", mul_int }, { "neg_int", neg_int },
	{ "add_long", add_long }, { "sub_long", sub_long }, { "mul_long", mul_long }, { "neg_long", neg_long },
	{ "increment", increment }, { "decrement_long", decrement_long }, { "compound", compound },
	{ "div_by_minus_one", div_by_minus_one }, { "in_range", in_range }, { "long_in_range", long_in_range },
	{ "narrowed", narrowed }, { "unsigned_wraps", unsigned_wraps },
	{ "absolute", absolute }, { "absolute_in_range", absolute_in_range },
};

int main(void)
{
	for (unsigned i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		int status;
		fflush(stdout);
		pid_t pid = fork();
		if (pid == 0) {
			cases[i].run();
			printf("%s = %ld\n", cases[i].name, result);
			fflush(stdout);
			_exit(0);
		}
		waitpid(pid, &status, 0);
		if (WIFSIGNALED(status))
			printf("%s: killed by signal %d%s\n", cases[i].name, WTERMSIG(status), WTERMSIG(status) == SIGABRT ? " (SIGABRT)" : "");
	}
	return 0;
}
