/* GNU local labels (`__label__`): a statement-expression macro that uses its own label at
   every expansion, asm goto to a local label, two blocks each with a label of the same
   name, and a nested function leaving through a block's local label. */
#include <stdio.h>

#define INDEX_OF(arr, n, v) ({ __label__ hit; int i_, r_ = -1; \
    for (i_ = 0; i_ < (n); i_++) if ((arr)[i_] == (v)) goto hit; \
    if (0) { hit: r_ = i_; } r_; })

#define NONZERO(x) ({ __label__ yes; int r_ = 0; \
    __asm__ goto("cmp $0, %0\n\tjne %l[yes]" : : "r"(x) : "cc" : yes); \
    if (0) { yes: r_ = 1; } r_; })

int main(void)
{
    int a[] = { 4, 5, 6 };
    int v = 3, w = 0;
    printf("%d %d %d\n", INDEX_OF(a, 3, 5), INDEX_OF(a, 3, 9), INDEX_OF(a, 3, 4));
    printf("%d %d\n", NONZERO(v), NONZERO(w));
    {
        __label__ done;
        int k = 0;
        void bump(int n) { k += n; if (k > 5) goto done; }
        for (int i = 0; i < 10; i++) bump(i);
        printf("not reached\n");
    done:
        printf("k=%d\n", k);
    }
    {
        __label__ done;
        goto done;
        printf("skipped\n");
    done:
        printf("second block\n");
    }
    return 0;
}
