/*
 * Which side of `lhs = rhs` gcc evaluates first when both have effects: the address
 * first when the value is a plain call (or one converted without changing bits),
 * the value first otherwise. Programs that index with random() while storing random()
 * (LLVM's ReedSolomon) print gcc's results only with the same order.
 */
#include <stdio.h>

static int counter;
static int table[16];
static double reals[16];
static unsigned char bytes[16];
static long double wide[16];
static struct { int low : 3, high : 5; } fields[16];

static int next(const char *who)
{
    printf("%s ", who);
    return counter++ % 8;
}

static unsigned char next_byte(const char *who)
{
    return (unsigned char)next(who);
}

static int *slot(const char *who)
{
    return table + next(who);
}

int main(void)
{
    table[next("addr")] = next("call");                 /* address, then the call */
    table[next("addr")] = (unsigned)next("same-bits");  /* still a plain call */
    table[next("addr")] = next("sum") + 1;              /* value first */
    table[next("addr")] = -next("neg");
    table[next("addr")] = next_byte("widened");         /* a zero extension: value first */
    bytes[next("addr")] = next("narrowed");
    reals[next("addr")] = next("to-double");
    *slot("ptr") = next("call");
    *slot("ptr") = next("product") * 3;
    table[next("addr")] = table[next("index")];
    table[next("outer")] = table[next("inner")] = next("innermost");
    table[next("addr")] = next("cond") ? 5 : 6;
    wide[next("addr")] = next("to-long-double");
    fields[next("addr")].high = next("to-bit-field");    /* narrowed, so value first */
    fields[next("addr")].low = next("sum") + 1;
    printf("\n");
    for (int i = 0; i < 8; i++)
        printf("%d %d %g %Lg %d %d\n", table[i], bytes[i], reals[i], wide[i], fields[i].low, fields[i].high);
    return 0;
}
