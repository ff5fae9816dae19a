/*
 * A statement expression's value is its last expression statement, also when a
 * label (or a case label) marks it: gcc keeps labels apart from the statements
 * they mark, so `({ ...; l: x; })` is x.
 */
#include <stdio.h>

static int pick(int i)
{
    return ({
        int r = 0;
        switch (i) {
        case 0: r = 10; break;
        default: r = i;
        }
        r;
    });
}

int main(void)
{
    int r = ({ int x = 5; goto l; l: x; });
    int v = ({ m: 6; });
    int n = 0;
    int w = ({ again: n++; if (n < 3) goto again; done: other: n * 10; });
    printf("%d %d %d %d %d %d\n", r, v, w, pick(0), pick(4), n);
    return 0;
}
