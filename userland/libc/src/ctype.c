/*
 * <ctype.h> for the "C" locale: ASCII only. The functions return glibc's
 * class bits rather than 1 (isalpha('a') is 1024), because programs print them.
 */
#include <ctype.h>

enum {
    UPPER = 256, LOWER = 512, ALPHA = 1024, DIGIT = 2048, XDIGIT = 4096, SPACE = 8192,
    PRINT = 16384, GRAPH = 32768, BLANK = 1, CNTRL = 2, PUNCT = 4, ALNUM = 8,
};

static int classes(int c)
{
    int bits = 0;

    if (c < 0 || c > 127)
        return 0;
    if (c >= 'A' && c <= 'Z')
        bits |= UPPER | ALPHA | ALNUM | PRINT | GRAPH;
    else if (c >= 'a' && c <= 'z')
        bits |= LOWER | ALPHA | ALNUM | PRINT | GRAPH;
    else if (c >= '0' && c <= '9')
        bits |= DIGIT | ALNUM | PRINT | GRAPH;
    else if (c == ' ')
        bits |= SPACE | PRINT | BLANK;
    else if (c > 32 && c < 127)
        bits |= PUNCT | PRINT | GRAPH;
    else
        bits |= CNTRL;
    if (c == '\t')
        bits |= BLANK;
    if (c >= '\t' && c <= '\r')
        bits |= SPACE;
    if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))
        bits |= XDIGIT;
    return bits;
}

int isupper(int c) { return classes(c) & UPPER; }
int islower(int c) { return classes(c) & LOWER; }
int isalpha(int c) { return classes(c) & ALPHA; }
int isdigit(int c) { return classes(c) & DIGIT; }
int isalnum(int c) { return classes(c) & ALNUM; }
int isxdigit(int c) { return classes(c) & XDIGIT; }
int isblank(int c) { return classes(c) & BLANK; }
int isspace(int c) { return classes(c) & SPACE; }
int iscntrl(int c) { return classes(c) & CNTRL; }
int isprint(int c) { return classes(c) & PRINT; }
int isgraph(int c) { return classes(c) & GRAPH; }
int ispunct(int c) { return classes(c) & PUNCT; }
int isascii(int c) { return (c & ~0x7f) == 0; }
int toascii(int c) { return c & 0x7f; }

/* A negative char (other than EOF) stands for the byte c + 256, as in glibc's tables. */
int tolower(int c)
{
    if (c >= -128 && c < -1)
        return c + 256;
    return isupper(c) ? c - 'A' + 'a' : c;
}

int toupper(int c)
{
    if (c >= -128 && c < -1)
        return c + 256;
    return islower(c) ? c - 'a' + 'A' : c;
}
