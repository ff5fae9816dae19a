/*
 * Variable-length arrays whose alignment exceeds the stack's 16 bytes: an
 * aligned attribute or _Alignas on the array, an over-aligned element type,
 * and a GNU struct with a VLA member of such a type. Each must start at a
 * multiple of its alignment, whatever the stack held before.
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

typedef int v8i __attribute__((vector_size(32)));
struct wide { _Alignas(64) char tag; };

static int aligned(const void *p, uintptr_t a) { return ((uintptr_t)p & (a - 1)) == 0; }

static int fill(int n, int pad)
{
    char shift[pad + 1];                   /* moves the stack by a varying amount */
    _Alignas(64) char buf[n];
    char __attribute__((aligned(128))) big[n * 3];
    v8i vec[n];
    struct wide ws[n];
    struct holder { int count; struct wide items[n]; } h;

    memset(shift, 1, sizeof shift);
    memset(buf, 2, n);
    memset(big, 3, sizeof big);
    for (int i = 0; i < n; i++) vec[i] = (v8i){ i, i, i, i, i, i, i, i };
    h.count = n;
    printf("n %d: buf %d big %d vec %d ws %d items %d; sizes %zu %zu %zu %zu\n", n, aligned(buf, 64), aligned(big, 128),
           aligned(vec, 32), aligned(ws, 64), aligned(h.items, 64), sizeof buf, sizeof big, sizeof vec, sizeof h);
    return vec[n - 1][3] + big[0] + buf[n - 1] + shift[0];
}

int main(void)
{
    int sum = 0;
    for (int n = 1; n <= 5; n++) sum += fill(n, n * 7);
    printf("sum %d\n", sum);
    return 0;
}
