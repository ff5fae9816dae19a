/*
 * The single-byte character sets of iconv as the C library converts them. With the
 * argument "tables" it prints userland/libc/src/iconv_tables.h from the library's answers
 * (that is how the header was made, from glibc), after checking that the library obeys
 * the rules the compact tables rely on: bytes below 0x80 are ASCII, each byte is one code
 * point of the Basic Multilingual Plane, no two bytes decode to the same code point, and
 * encoding is the reverse of decoding except for the few code points listed as extras
 * (and Unicode's tag characters, which glibc drops).
 * Otherwise it prints nothing.
 */
#include <errno.h>
#include <iconv.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* glibc's names for them, in the order of the tables. */
static const char *const charsets[] = {
    "ISO-8859-2", "ISO-8859-3", "ISO-8859-4", "ISO-8859-5", "ISO-8859-6", "ISO-8859-7",
    "ISO-8859-8", "ISO-8859-9", "ISO-8859-10", "ISO-8859-11", "ISO-8859-13", "ISO-8859-14",
    "ISO-8859-15", "ISO-8859-16", "WINDOWS-1250", "WINDOWS-1251", "WINDOWS-1252",
    "WINDOWS-1253", "WINDOWS-1254", "WINDOWS-1255", "WINDOWS-1256", "WINDOWS-1257",
    "WINDOWS-1258", "KOI8-R", "KOI8-U", "IBM437", "IBM850", "IBM852", "IBM855", "IBM866",
    "MACINTOSH", "MAC-CYRILLIC", "TIS-620",
};
#define NCHARSETS (sizeof charsets / sizeof charsets[0])

#define LAST_CODE_POINT 0x10ffffu
#define UNDEFINED 0u

static void give_up(const char *charset, unsigned int value, const char *rule)
{
    fprintf(stderr, "iconv_tables_case: %s at 0x%x breaks the tables' rule: %s\n", charset, value, rule);
    exit(1);
}

static iconv_t open_or_give_up(const char *to, const char *from)
{
    iconv_t cd = iconv_open(to, from);

    if (cd == (iconv_t)-1)
        give_up(from, 0, "the library converts it");
    return cd;
}

/*
 * Converts len bytes, then flushes (a converter may hold a character back): the bytes
 * written, or -1 with errno set.
 */
static int convert(iconv_t cd, const void *in, size_t len, unsigned char *out, size_t room)
{
    char *ip = (char *)in, *op = (char *)out;
    size_t inleft = len, outleft = room;

    iconv(cd, NULL, NULL, NULL, NULL);
    if (iconv(cd, &ip, &inleft, &op, &outleft) == (size_t)-1)
        return -1;
    if (iconv(cd, NULL, NULL, &op, &outleft) == (size_t)-1)
        return -1;
    return (int)(room - outleft);
}

/* The code point of every byte (UNDEFINED where the library says EILSEQ). */
static void decode_all(const char *name, unsigned int to_unicode[256])
{
    iconv_t cd = open_or_give_up("UTF-32LE", name);
    unsigned char out[16];
    unsigned int b;

    for (b = 0; b < 256; b++) {
        unsigned char in = (unsigned char)b;
        int n = convert(cd, &in, 1, out, sizeof out);

        if (n < 0 && errno != EILSEQ)
            give_up(name, b, "a byte converts or is EILSEQ");
        if (n < 0 && b < 0x80)
            give_up(name, b, "the bytes below 0x80 are ASCII");
        if (n < 0) {
            to_unicode[b] = UNDEFINED;
            continue;
        }
        if (n != 4)
            give_up(name, b, "a byte is one code point");
        to_unicode[b] = (unsigned int)out[0] | (unsigned int)out[1] << 8 | (unsigned int)out[2] << 16 |
                        (unsigned int)out[3] << 24;
        if (b < 0x80 && to_unicode[b] != b)
            give_up(name, b, "the bytes below 0x80 are ASCII");
        if (b >= 0x80 && (to_unicode[b] == UNDEFINED || to_unicode[b] > 0xffff))
            give_up(name, b, "a byte is a code point in 1..0xffff");
    }
    iconv_close(cd);
}

/* Unicode's tag characters: glibc drops them when the target cannot hold them. */
static int is_tag(unsigned int cp)
{
    return cp >= 0xe0000 && cp <= 0xe007f;
}

static const char table_comment[] =
    "/*\n"
    " * The single-byte character sets of iconv, as glibc 2.36 converts them.\n"
    " *\n"
    " * single_byte_tables[set][b - 0x80]: the code point of byte b (0x80..0xff), 0 where glibc\n"
    " * rejects the byte (EILSEQ). Bytes below 0x80 are ASCII in every set, no two bytes give the\n"
    " * same code point, and encoding is the reverse of decoding, except for:\n"
    " *\n"
    " * single_byte_extras: the other code points glibc encodes, as one to three bytes (a string):\n"
    " * WINDOWS-1255 and WINDOWS-1258 write precomposed letters as a base letter and\n"
    " * combining marks. Sorted by set and code point.\n"
    " *\n"
    " * Regenerate: build test/userland/c/iconv_tables_case.c with gcc against glibc and run it\n"
    " * with the argument \"tables\" > userland/libc/src/iconv_tables.h. It checks the rules\n"
    " * above; test/userland/iconv-charsets.test.ts checks that the file is current and compares\n"
    " * every byte and code point with glibc.\n"
    " */\n";

/* The enumerator of a set: its name with '-' as '_'. */
static const char *enumerator(const char *name)
{
    static char buf[32];
    size_t i;

    for (i = 0; name[i] != '\0' && i + 1 < sizeof buf; i++)
        buf[i] = name[i] == '-' ? '_' : name[i];
    buf[i] = '\0';
    return buf;
}

static void print_table(const char *name, const unsigned int to_unicode[256])
{
    unsigned int b;

    printf("    /* %s */\n    {", name);
    for (b = 0x80; b < 0x100; b++)
        printf("%s0x%04x,", b % 8 == 0 ? "\n        " : " ", to_unicode[b]);
    printf("\n    },\n");
}

/*
 * Encodes every code point and prints those that do not simply reverse the table, as
 * single_byte_extras items; stops if the library does something the items cannot say.
 */
static void print_extras(const char *name, const unsigned int to_unicode[256], int *column)
{
    static unsigned short byte_of[0x10000];     /* the reverse of the table, 0: none */
    iconv_t cd = open_or_give_up(name, "UTF-32LE");
    unsigned int cp, b;

    memset(byte_of, 0, sizeof byte_of);
    for (b = 0; b < 256; b++) {
        if (to_unicode[b] == UNDEFINED && b != 0)
            continue;
        if (byte_of[to_unicode[b]] != 0)
            give_up(name, b, "no two bytes give the same code point");
        byte_of[to_unicode[b]] = (unsigned short)(0x100 | b);
    }
    for (cp = 0; cp <= LAST_CODE_POINT; cp++) {
        unsigned char in[4] = { cp & 0xff, cp >> 8 & 0xff, cp >> 16 & 0xff, 0 }, out[16];
        unsigned int expected = cp < 0x10000 ? byte_of[cp] : 0;
        int n;
        char item[64];

        if (cp >= 0xd800 && cp < 0xe000)
            continue;
        n = convert(cd, in, 4, out, sizeof out);
        if (n < 0 && errno != EILSEQ)
            give_up(name, cp, "a code point converts or is EILSEQ");
        if (n < 0 && expected != 0)
            give_up(name, cp, "the code point of a byte encodes");
        if (n < 0 || (n == 1 && expected == (0x100u | out[0])) || (n == 0 && is_tag(cp)))
            continue;
        if (n < 1 || n > 3 || cp > 0xffff || expected != 0 || memchr(out + 1, 0, (size_t)n - 1) != NULL)
            give_up(name, cp, "an extra code point is one to three bytes, none 0 after the first");
        sprintf(item, " { %s, 0x%04x, \"", enumerator(name), cp);
        for (b = 0; b < (unsigned int)n; b++)
            sprintf(item + strlen(item), "\\x%02x", out[b]);
        strcat(item, "\" },");
        if (*column + (int)strlen(item) > 96) {
            printf("\n   ");
            *column = 3;
        }
        printf("%s", item);
        *column += (int)strlen(item);
    }
    iconv_close(cd);
}

static void print_tables(void)
{
    static unsigned int to_unicode[NCHARSETS][256];
    size_t k;
    int column;

    for (k = 0; k < NCHARSETS; k++)
        decode_all(charsets[k], to_unicode[k]);
    printf("%s", table_comment);
    printf("enum single_byte_set {");
    column = 96;
    for (k = 0; k < NCHARSETS; k++) {
        int width = (int)strlen(enumerator(charsets[k])) + 2;

        if (column + width > 96) {
            printf("\n   ");
            column = 3;
        }
        printf(" %s,", enumerator(charsets[k]));
        column += width;
    }
    printf("\n    SINGLE_BYTE_SETS\n};\n\n");
    printf("static const unsigned short single_byte_tables[SINGLE_BYTE_SETS][128] = {\n");
    for (k = 0; k < NCHARSETS; k++)
        print_table(charsets[k], to_unicode[k]);
    printf("};\n\n");
    printf("static const struct single_byte_extra {\n    unsigned char set;\n    unsigned short code_point;\n"
           "    char bytes[4];\n} single_byte_extras[] = {");
    column = 96;
    for (k = 0; k < NCHARSETS; k++)
        print_extras(charsets[k], to_unicode[k], &column);
    printf("\n};\n");
}

int main(int argc, char **argv)
{
    if (argc > 1 && strcmp(argv[1], "tables") == 0)
        print_tables();
    return 0;
}
