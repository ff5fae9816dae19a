/*
 * <ucontext.h>: a context resumed by setcontext, a generator made by makecontext
 * (eight arguments: two on its own stack) and driven by swapcontext, its signal
 * mask, uc_link chaining to a second context, and the rounding mode kept across.
 */
#include <stdio.h>
#include <signal.h>
#include <fenv.h>
#include <ucontext.h>

static ucontext_t main_ctx, gen_ctx, done_ctx;
static long yielded;
static char gen_stack[64 * 1024] __attribute__((aligned(16)));
static char done_stack[16 * 1024] __attribute__((aligned(16)));

static void yield(long v)
{
    yielded = v;
    swapcontext(&gen_ctx, &main_ctx);
}

/* Eight arguments: six in registers, two on the new stack. */
static void squares(int a, int b, int c, int d, int e, int f, long g, long h)
{
    printf("args %d %d %d %d %d %d %ld %ld\n", a, b, c, d, e, f, g, h);
    for (long i = 1; i <= 5; i++)
        yield(i * i * (a + h));
    printf("generator done, %g\n", 1.5 * g);
}

static void finished(void)
{
    printf("uc_link reached\n");
}

int main(void)
{
    volatile int resumed = 0;
    ucontext_t here;
    sigset_t mask;

    getcontext(&here);
    if (!resumed) {
        resumed = 1;
        printf("first pass\n");
        setcontext(&here);
    }
    printf("resumed once\n");

    getcontext(&done_ctx);
    done_ctx.uc_stack.ss_sp = done_stack;
    done_ctx.uc_stack.ss_size = sizeof done_stack;
    done_ctx.uc_link = &main_ctx;
    makecontext(&done_ctx, finished, 0);

    getcontext(&gen_ctx);
    gen_ctx.uc_stack.ss_sp = gen_stack;
    gen_ctx.uc_stack.ss_size = sizeof gen_stack;
    gen_ctx.uc_link = &done_ctx;
    sigemptyset(&gen_ctx.uc_sigmask);
    sigaddset(&gen_ctx.uc_sigmask, SIGUSR1);
    makecontext(&gen_ctx, (void (*)(void))squares, 8, 1, 2, 3, 4, 5, 6, 70L, 80L);

    fesetround(FE_DOWNWARD);
    for (int i = 0; i < 5; i++) {
        swapcontext(&main_ctx, &gen_ctx);
        sigprocmask(SIG_BLOCK, NULL, &mask);
        printf("got %ld, SIGUSR1 blocked in main: %d\n", yielded, sigismember(&mask, SIGUSR1));
    }
    swapcontext(&main_ctx, &gen_ctx);
    printf("back in main, rounding downward: %d\n", fegetround() == FE_DOWNWARD);
    return 0;
}
