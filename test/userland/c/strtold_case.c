/*
 * strtold, wcstold and scanf's %Lf against glibc: the x87's 80-bit format's
 * precision (64 bits, "0.1" is not double's 0.1) and range (1e4000, the
 * subnormals down to 2^-16445), ties to even on exact midpoints however many
 * digits they take, hexadecimal input rounded at 64 bits, inf and nan (with a
 * payload), errno for overflow and underflow, and where endptr stops. Each
 * line shows the 10 bytes of the result (sign and exponent first), %La, errno
 * and the characters consumed.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

static const char *texts[] = {
    "0.1", "-0.1", "1", "3.14159265358979323846264338327950288", "1e4000", "-1e4000",
    "1e4932", "1e4933", "1.18973149535723176502e+4932", "1.18973149535723176508e+4932",
    "1e-4000", "1e-4950", "-1e-4950", "1e-4951", "3.6e-4951", "1.9e-4951", "1.8e-4951",
    "1e-5000", "0e99999", "-0", "1e99999999999999999999", "1e-99999999999999999999",
    /* Around the smallest normal, 2^-16382: glibc (x86) judges tininess after rounding. */
    "3.3621031431120935063e-4932", "3.36210314311209350626e-4932",
    "3.3621031431120935061e-4932", "3.36210314311209350608e-4932",
    /* 1 + 2^-64 and 1 + 3 * 2^-64 are midpoints: ties go to the even neighbour. */
    "1.0000000000000000000542101086242752217003726400434970855712890625",
    "1.00000000000000000005421010862427522170037264004349708557128906250000000000001",
    "1.0000000000000000000542101086242752217003726400434970855712890624999999999999",
    "1.0000000000000000001626303258728256651011179201304912567138671875",
    "1.0000000000000000001626303258728256651011179201304912567138671874999999999999",
    "0x1.8p3", "-0x1.8P-3", "0x1.00000000000000018p0", "0x1.00000000000000008p0",
    "0x1.000000000000000081p0", "0x1.fffffffffffffffep16383", "0x1.ffffffffffffffffp16383",
    "0x1p16384", "0x1p-16445", "0x1p-16446", "0x1.0000001p-16446", "0x.0000000000000000000001p10",
    "  +0x1.fffffffffffffffffp0", "0x0p99999", "0x1p-99999999999999999999",
    "inf", "-Infinity", "INFINIT", "nan", "-NaN", "nan()", "nan(123)", "nan(0x123)",
    "nan(abc)", "nan(", "nan(-1)",
    "1e", "1e+", "1e-x", "1.5e+2x", "12abc", "0x", "0X.p1", "0x1p", "0xg", ".e1", "-.", "",
    "   ", "+-1", " \t\n\v\f\r-2.5", "00000.00000e5", ".5", "5.",
};

/* The first 40 characters of s for a label, control characters shown as '?'. */
static const char *label_of(const char *s)
{
    static char label[48];
    size_t i;

    for (i = 0; i < 40 && s[i] != '\0'; i++)
        label[i] = (unsigned char)s[i] < ' ' ? '?' : s[i];
    label[i] = '\0';
    return label;
}

static void show_value(long double v)
{
    unsigned char b[10];
    int i;

    memcpy(b, &v, 10);
    for (i = 9; i >= 0; i--)
        printf("%02x", b[i]);
    printf(" %La", v);
}

static void show_strtold(const char *label, const char *s)
{
    char *end;
    long double v;
    int e;

    errno = 0;
    v = strtold(s, &end);
    e = errno;
    printf("strtold %s = ", label);
    show_value(v);
    printf(" errno %d end %ld\n", e, (long)(end - s));
}

static void show_wcstold(const char *s)
{
    static wchar_t w[40000];
    wchar_t *end;
    long double v;
    size_t i;
    int e;

    for (i = 0; s[i] != '\0'; i++)
        w[i] = (unsigned char)s[i];
    w[i] = 0;
    errno = 0;
    v = wcstold(w, &end);
    e = errno;
    printf("wcstold \"%s\" = ", label_of(s));
    show_value(v);
    printf(" errno %d end %ld\n", e, (long)(end - w));
}

static void show_scanf(const char *s, const char *format)
{
    long double v = -1;
    int n = -1, got;

    got = sscanf(s, format, &v, &n);
    printf("sscanf \"%s\" \"%s\" = %d ", label_of(s), format, got);
    show_value(v);
    printf(" n %d\n", n);
}

/*
 * The digits D of odd * 5^k, so that D * 10^-k is exactly odd * 2^-k: base
 * 10^9 limbs, little-endian, multiplied by 5^13 (or less) at a time.
 */
static void exact_digits(unsigned long long odd, int k, char *out)
{
    static unsigned limbs[2000];
    unsigned long long cur, carry, mul;
    int n = 0, i, len, step;

    for (; odd != 0; odd /= 1000000000u)
        limbs[n++] = (unsigned)(odd % 1000000000u);
    for (; k > 0; k -= step) {
        step = k < 13 ? k : 13;
        for (mul = 1, i = 0; i < step; i++)
            mul *= 5;
        for (carry = 0, i = 0; i < n; i++) {
            cur = limbs[i] * mul + carry;
            limbs[i] = (unsigned)(cur % 1000000000u);
            carry = cur / 1000000000u;
        }
        for (; carry != 0; carry /= 1000000000u)
            limbs[n++] = (unsigned)(carry % 1000000000u);
    }
    len = sprintf(out, "%u", limbs[n - 1]);
    for (i = n - 2; i >= 0; i--)
        len += sprintf(out + len, "%09u", limbs[i]);
}

/* odd * 2^-16446 exactly, then just above it. */
static void show_midpoint(unsigned long long odd, const char *what)
{
    static char text[60000], digits[40000];
    char label[80];

    exact_digits(odd, 16446, digits);
    snprintf(text, sizeof text, "%se-16446", digits);
    snprintf(label, sizeof label, "%s (%zu digits)", what, strlen(digits));
    show_strtold(label, text);
    snprintf(text, sizeof text, "%s00000000000000000001e-16466", digits);
    snprintf(label, sizeof label, "just above %s", what);
    show_strtold(label, text);
}

int main(void)
{
    static char text[60000];
    size_t i;

    for (i = 0; i < sizeof texts / sizeof texts[0]; i++) {
        char label[64];

        snprintf(label, sizeof label, "\"%s\"", label_of(texts[i]));
        show_strtold(label, texts[i]);
    }

    /* 600 digits, correctly rounded: 0.123456789123... */
    strcpy(text, "0.");
    for (i = 0; i < 600; i++)
        text[2 + i] = (char)('1' + i % 9);
    text[602] = '\0';
    show_strtold("600 digits", text);
    strcat(text, "e-4000");
    show_strtold("600 digits e-4000", text);

    /* The midpoint 1 + 2^-64 and 600 more digits: the last 1 breaks the tie upwards. */
    strcpy(text, "1.0000000000000000000542101086242752217003726400434970855712890625");
    show_strtold("midpoint", text);
    memset(text + strlen(text), '0', 600);
    text[66 + 600] = '\0';
    show_strtold("midpoint and 600 zeros", text);
    strcat(text, "1");
    show_strtold("midpoint, 600 zeros and a 1", text);

    /* Midpoints among the subnormals and below the smallest normal, in all their ~11500 digits. */
    show_midpoint(1, "2^-16446");
    show_midpoint(3, "3 * 2^-16446");
    show_midpoint(5, "5 * 2^-16446");
    show_midpoint(0xffffffffffffffffull, "2^-16382 - 2^-16446");
    show_midpoint(0xfffffffffffffffdull, "2^-16382 - 3 * 2^-16446");

    /* 20000 digits of which only the first ones matter (and that some are nonzero). */
    text[0] = '7';
    memset(text + 1, '0', 19998);
    text[19999] = '3';
    strcpy(text + 20000, "e-20000");
    show_strtold("20000 digits", text);

    for (i = 0; i < sizeof texts / sizeof texts[0]; i++)
        show_wcstold(texts[i]);
    show_wcstold(text);

    {
        static const char *inputs[] = {
            "0.1", "-0.1", "1e4000", "1e-4950", "1e-5000", "0x1.8p3", "0x1.00000000000000018p0",
            "inf", "-nan", "1e+", "1.0000000000000000000542101086242752217003726400434970855712890625",
            "1.0000000000000000001626303258728256651011179201304912567138671875 x", ".e1",
        };
        static const char *formats[] = { "%Lf%n", "%Le%n", "%Lg%n", "%La%n", "%5Lf%n" };
        size_t j;

        for (i = 0; i < sizeof inputs / sizeof inputs[0]; i++)
            for (j = 0; j < sizeof formats / sizeof formats[0]; j++)
                show_scanf(inputs[i], formats[j]);
    }
    return 0;
}
