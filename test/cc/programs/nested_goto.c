/* Leaving nested functions by jumping to a label of an enclosing function: through a
   library function's frames (qsort), from two levels down, into the right instance of a
   recursive function, skipping the cleanups of the frames left (as longjmp would);
   `&&label` of an enclosing function's label; and an explicit static chain with
   __builtin_call_with_static_chain. */
#include <stdio.h>
#include <stdlib.h>

static int stop_sort(int *v, int n, int limit)
{
    __label__ too_big;
    int seen = 0;
    int cmp(const void *a, const void *b)
    {
        int x = *(const int *)a, y = *(const int *)b;
        seen++;
        if (x > limit || y > limit) goto too_big;
        return x - y;
    }
    qsort(v, n, sizeof *v, cmp);
    return 0;
too_big:
    return seen > 0 ? -1 : -2;
}

static int two_levels(int k)
{
    __label__ out;
    int trail = 0;
    void middle(void)
    {
        void inner(void) { trail += 10; if (k > 2) goto out; trail += 100; }
        trail += 1;
        inner();
        trail += 1000;
    }
    middle();
    return trail;
out:
    return -trail;
}

static int cleaned = 0;
static void note_cleanup(int *p) { cleaned += *p; }

static int leave_with_cleanup(void)
{
    __label__ done;
    int hits = 0;
    void work(int k)
    {
        int guard __attribute__((cleanup(note_cleanup))) = k * 10;
        hits++;
        if (k == 2) goto done;
    }
    work(1);
    work(2);
    work(3);
    return -1;
done:
    return hits;
}

/* Only the frame that created the jumping function may receive the jump. */
static int which_frame = -1;

static void descend(int n, void (*leave)(void))
{
    __label__ landed;
    void jump_back(void) { goto landed; }
    if (n == 3) descend(n - 1, jump_back);
    else if (n > 0) descend(n - 1, leave);
    else leave();
    return;
landed:
    which_frame = n;
}

static int pick(int k)
{
    __label__ one, two, other;
    void *target(void) { return k == 1 ? &&one : k == 2 ? &&two : &&other; }
    goto *target();
one:
    return 100;
two:
    return 200;
other:
    return 300;
}

/* Returns the static chain it was called with: no C function can say that. */
void *chain_of_caller(void);
__asm__(".text\nchain_of_caller:\n\tmov %r10, %rax\n\tret\n");

int main(void)
{
    int small[] = { 3, 1, 2 };
    int big[] = { 3, 1, 99, 2 };
    char marker;
    void *(*fn)(void) = chain_of_caller;
    int a = stop_sort(small, 3, 50);
    int b = stop_sort(big, 4, 50);
    printf("%d %d %d %d\n", a, small[0], small[2], b);
    printf("%d %d\n", two_levels(1), two_levels(5));
    descend(6, 0);
    printf("landed in frame %d\n", which_frame);
    printf("%d %d %d\n", pick(1), pick(2), pick(7));
    int hits = leave_with_cleanup();
    printf("hits %d cleaned %d\n", hits, cleaned);
    printf("%d\n", __builtin_call_with_static_chain(fn(), &marker) == (void *)&marker);
    return 0;
}
