/*
 * The wide-character classes and case mappings of <wctype.h> in the C and C.UTF-8
 * locales. By default (argv[1] is a scratch file name, or nothing) it prints, per locale,
 * for every class and both mappings a count and a checksum over all code points
 * 0..0x10ffff with the exact return values, the answers for values beyond Unicode and
 * a few samples: so one comparison with glibc covers the whole of Unicode. With "samples"
 * it prints only the samples (quick enough for the emulator).
 *
 * With the argument "tables" it prints userland/libc/src/wctype_table.h from the C
 * library's answers in C.UTF-8 (that is how the header was made, from glibc), after
 * checking that glibc still obeys the rules the compact table relies on.
 */
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
#include <wctype.h>

#define LAST_CODE_POINT 0x10ffffu

static const struct {
    const char *name;
    int (*test)(wint_t c);
} classes[] = {
    { "alnum", iswalnum }, { "alpha", iswalpha }, { "blank", iswblank }, { "cntrl", iswcntrl },
    { "digit", iswdigit }, { "graph", iswgraph }, { "lower", iswlower }, { "print", iswprint },
    { "punct", iswpunct }, { "space", iswspace }, { "upper", iswupper }, { "xdigit", iswxdigit },
};
#define NCLASSES (sizeof classes / sizeof classes[0])

static const struct {
    const char *name;
    wint_t (*map)(wint_t c);
} mappings[] = { { "tolower", towlower }, { "toupper", towupper } };
#define NMAPPINGS (sizeof mappings / sizeof mappings[0])

/* Values that are not code points: the functions must leave them alone. */
static const wint_t beyond[] = { 0x110000, 0x110061, 0x7fffffff, 0x80000000, WEOF };
#define NBEYOND (sizeof beyond / sizeof beyond[0])

/* FNV-1a over 32-bit words: enough to tell two tables apart. */
static unsigned int mix(unsigned int h, unsigned int word)
{
    int i;

    for (i = 0; i < 4; i++, word >>= 8)
        h = (h ^ (word & 0xff)) * 16777619u;
    return h;
}

/*
 * One line per class: members, a checksum of (code point, return value) over the members,
 * the same through wctype/iswctype, and the values beyond Unicode.
 */
static void summarize_class(size_t k)
{
    wctype_t desc = wctype(classes[k].name);
    unsigned int c, count = 0, sum = 2166136261u, by_desc = 2166136261u;
    size_t i;

    for (c = 0; c <= LAST_CODE_POINT; c++) {
        int v = classes[k].test(c);

        if (v != 0) {
            count++;
            sum = mix(mix(sum, c), (unsigned int)v);
        }
        /* The value too: glibc's iswctype returns 1 where iswalpha(L'a') returns 1024. */
        v = iswctype(c, desc);
        if (v != 0)
            by_desc = mix(mix(by_desc, c), (unsigned int)v);
    }
    printf("  %-6s %6u %08x iswctype %08x beyond", classes[k].name, count, sum, by_desc);
    for (i = 0; i < NBEYOND; i++)
        printf(" %d", classes[k].test(beyond[i]));
    printf("\n");
}

/* One line per mapping: how many code points change, a checksum of (from, to), the same
 * through wctrans/towctrans, and the values beyond Unicode. */
static void summarize_mapping(size_t k)
{
    wctrans_t desc = wctrans(mappings[k].name);
    unsigned int c, count = 0, sum = 2166136261u, by_desc = 2166136261u;
    size_t i;

    for (c = 0; c <= LAST_CODE_POINT; c++) {
        wint_t to = mappings[k].map(c);

        if (to != c) {
            count++;
            sum = mix(mix(sum, c), to);
        }
        to = towctrans(c, desc);
        if (to != c)
            by_desc = mix(mix(by_desc, c), to);
    }
    printf("  %-7s %5u %08x towctrans %08x beyond", mappings[k].name, count, sum, by_desc);
    for (i = 0; i < NBEYOND; i++)
        printf(" %x", mappings[k].map(beyond[i]));
    printf("\n");
}

/* Readable answers for a few characters: every class's return value, then the mappings. */
static void sample(void)
{
    static const wint_t points[] = {
        0, 0x9, 0x20, 0x30, 0x41, 0x61, 0x7f, 0x80, 0xa0, 0xaa, 0xb5, 0xdf, 0xe9, 0xff, 0x100,
        0x101, 0x130, 0x131, 0x17f, 0x1c5, 0x300, 0x345, 0x3a3, 0x3c2, 0x660, 0x1e9e, 0x2028,
        0x2126, 0x2160, 0x3000, 0x4e00, 0xd800, 0xff21, 0x10400, 0x1d400, 0x1e921, 0x1e922,
        0x1f600, 0xe0041, 0x10fffd, 0x10ffff,
    };
    size_t i, k;

    for (i = 0; i < sizeof points / sizeof points[0]; i++) {
        printf("  %x:", points[i]);
        for (k = 0; k < NCLASSES; k++)
            printf(" %d", classes[k].test(points[i]));
        printf(" -> %x %x\n", towlower(points[i]), towupper(points[i]));
    }
}

/* With every_code_point 0, the samples only. */
static void summarize(const char *locale, int every_code_point)
{
    size_t k;

    printf("%s:\n", setlocale(LC_ALL, locale));
    for (k = 0; every_code_point && k < NCLASSES; k++)
        summarize_class(k);
    for (k = 0; every_code_point && k < NMAPPINGS; k++)
        summarize_mapping(k);
    sample();
    printf("  unknown names: %d %d\n", wctype("title") != 0, wctrans("tofold") != NULL);
}

/* ---- "tables": wctype_table.h from the library's answers ---- */

enum {
    ALPHA = 0x01, PRINT = 0x02, SPACE = 0x04, CNTRL = 0x08, BLANK = 0x10,
    LOWER_UNPAIRED = 0x20, UPPER_UNPAIRED = 0x40,
};

/* The bits the table stores for c (0x80 and above, in C.UTF-8). */
static unsigned int class_bits(wint_t c)
{
    return (iswalpha(c) ? ALPHA : 0) | (iswprint(c) ? PRINT : 0) | (iswspace(c) ? SPACE : 0) |
           (iswcntrl(c) ? CNTRL : 0) | (iswblank(c) ? BLANK : 0) |
           (iswlower(c) && towupper(c) == c ? LOWER_UNPAIRED : 0) |
           (iswupper(c) && towlower(c) == c ? UPPER_UNPAIRED : 0);
}

static void give_up(wint_t c, const char *rule)
{
    fprintf(stderr, "wctype_case: U+%04X breaks the table's rule: %s\n", c, rule);
    exit(1);
}

/* What wctype.c derives instead of storing: stop if the library no longer obeys it. */
static void check_rules(wint_t c)
{
    int alpha = iswalpha(c) != 0, print = iswprint(c) != 0, space = iswspace(c) != 0;
    size_t k;

    for (k = 0; k < NCLASSES; k++)
        if (classes[k].test(c) != 0 && classes[k].test(c) != 1)
            give_up(c, "a member beyond ASCII returns 1");
    if (iswdigit(c) || iswxdigit(c))
        give_up(c, "no digits beyond ASCII");
    if ((iswalnum(c) != 0) != alpha)
        give_up(c, "alnum is alpha (or a digit)");
    if ((iswgraph(c) != 0) != (print && !space))
        give_up(c, "graph is print but not space");
    if ((iswpunct(c) != 0) != (print && !space && !alpha))
        give_up(c, "punct is graph but not alnum");
    if (towupper(c) != c && !iswlower(c))
        give_up(c, "a character with an uppercase mapping is lower");
    if (towlower(c) != c && !iswupper(c))
        give_up(c, "a character with a lowercase mapping is upper");
}

static const char table_comment[] =
    "/*\n"
    " * Unicode classes and simple case mappings in a UTF-8 locale, as glibc 2.36's C.UTF-8\n"
    " * gives them (Unicode 14 data), for code points 0x80..0x10ffff (ASCII follows <ctype.h>).\n"
    " *\n"
    " * class_runs: every run of code points with the same classes, as R(first, bits); a run\n"
    " * lasts until the next one starts, the last until 0x10ffff. Sorted, for a binary search.\n"
    " * Only the classes that cannot be derived are stored (wctype.c derives the others as\n"
    " * glibc's generator defines them): alnum is alpha (no digits beyond ASCII), graph is\n"
    " * print but not space, punct is graph but not alnum, lower is having an uppercase\n"
    " * mapping or WCT_LOWER_UNPAIRED (U+00AA, U+00DF...), upper likewise.\n"
    " *\n"
    " * to_upper, to_lower: c in [first, last] with (c - first) % stride == 0 maps to c + delta;\n"
    " * stride 2 covers the alternating pairs (U+0100 U+0101 ...), whose other half is unmapped.\n"
    " *\n"
    " * Regenerate: build test/userland/c/wctype_case.c with gcc against glibc and run it with\n"
    " * the argument \"tables\" > userland/libc/src/wctype_table.h. test/userland/wctype.test.ts\n"
    " * compares every code point with glibc.\n"
    " */\n";

/* Prints one table item, starting a new line of the initializer before column 96. */
static void print_item(const char *item, int *column)
{
    int width = (int)strlen(item);

    if (*column == 0 || *column + 1 + width > 96) {
        printf("\n    %s", item);
        *column = 4 + width;
    } else {
        printf(" %s", item);
        *column += 1 + width;
    }
}

static void print_class_runs(void)
{
    unsigned int c, prev = ~0u;
    int column = 0;
    char item[32];

    printf("#define WCT_ALPHA 0x%02x\n#define WCT_PRINT 0x%02x\n#define WCT_SPACE 0x%02x\n"
           "#define WCT_CNTRL 0x%02x\n#define WCT_BLANK 0x%02x\n#define WCT_LOWER_UNPAIRED 0x%02x\n"
           "#define WCT_UPPER_UNPAIRED 0x%02x\n\n",
           ALPHA, PRINT, SPACE, CNTRL, BLANK, LOWER_UNPAIRED, UPPER_UNPAIRED);
    printf("#define R(first, bits) ((unsigned int)(first) << 8 | (bits))\n");
    printf("static const unsigned int class_runs[] = {");
    for (c = 0x80; c <= LAST_CODE_POINT; c++) {
        unsigned int bits;

        check_rules(c);
        bits = class_bits(c);
        if (bits == prev)
            continue;
        sprintf(item, "R(0x%x, 0x%02x),", c, bits);
        print_item(item, &column);
        prev = bits;
    }
    printf("\n};\n#undef R\n");
}

/* Does map take c to c + delta (and change it)? */
static int maps_by(wint_t (*map)(wint_t), unsigned int c, int delta)
{
    return c <= LAST_CODE_POINT && map(c) != c && (int)(map(c) - c) == delta;
}

static int unmapped(wint_t (*map)(wint_t), unsigned int c)
{
    return c > LAST_CODE_POINT || map(c) == c;
}

/* Runs of equal delta, consecutive (stride 1) or every other code point (stride 2). */
static void print_case_ranges(const char *name, wint_t (*map)(wint_t))
{
    unsigned int c = 0x80;
    int column = 0;
    char item[64];

    printf("static const struct case_range %s[] = {", name);
    while (c <= LAST_CODE_POINT) {
        unsigned int first = c, stride = 1;
        int delta = (int)(map(c) - c);

        if (map(c) == c) {
            c++;
            continue;
        }
        if (unmapped(map, c + 1) && maps_by(map, c + 2, delta))
            stride = 2;
        while (maps_by(map, c + stride, delta) && (stride == 1 || unmapped(map, c + 1)))
            c += stride;
        sprintf(item, "{ 0x%x, 0x%x, %d, %u },", first, c, delta, stride);
        print_item(item, &column);
        c++;
    }
    printf("\n};\n");
}

static void print_tables(void)
{
    if (setlocale(LC_ALL, "C.UTF-8") == NULL) {
        fprintf(stderr, "wctype_case: no C.UTF-8 locale\n");
        exit(1);
    }
    printf("%s", table_comment);
    print_class_runs();
    printf("\nstruct case_range {\n    unsigned int first, last;\n    int delta;\n"
           "    unsigned char stride;\n};\n\n");
    print_case_ranges("to_upper", towupper);
    print_case_ranges("to_lower", towlower);
}

int main(int argc, char **argv)
{
    int every;

    if (argc > 1 && strcmp(argv[1], "tables") == 0) {
        print_tables();
        return 0;
    }
    every = !(argc > 1 && strcmp(argv[1], "samples") == 0);
    summarize("C", every);
    summarize("C.UTF-8", every);
    summarize("C", every);
    return 0;
}
