/*
 * iconv with the single-byte character sets (ISO-8859-2..16, WINDOWS-1250..1258, KOI8-R/U,
 * IBM437/850/852/855/866, MACINTOSH, MAC-CYRILLIC, TIS-620): every byte of every set to
 * UTF-8 one at a time, every code point of the Basic Multilingual Plane (and a few beyond)
 * back to every set, each alias through a checksum of the same, and a few conversions with
 * //IGNORE, //TRANSLIT, a short output, between two single-byte sets and with names
 * iconv_open does not know.
 */
#include <errno.h>
#include <iconv.h>
#include <stdio.h>
#include <string.h>

struct charset {
    const char *name;
    const char *aliases[12];
};

/* glibc's name for each set, then the aliases our iconv accepts too. */
static const struct charset charsets[] = {
    { "ISO-8859-2", { "ISO8859-2", "ISO88592", "ISO_8859-2", "ISO_8859-2:1987", "LATIN2", "L2", "ISO-IR-101",
                      "CSISOLATIN2", "iso-8859-2", "Latin2" } },
    { "ISO-8859-3", { "ISO8859-3", "ISO88593", "ISO_8859-3", "ISO_8859-3:1988", "LATIN3", "L3", "ISO-IR-109",
                      "CSISOLATIN3" } },
    { "ISO-8859-4", { "ISO8859-4", "ISO88594", "ISO_8859-4", "ISO_8859-4:1988", "LATIN4", "L4", "ISO-IR-110",
                      "CSISOLATIN4" } },
    { "ISO-8859-5", { "ISO8859-5", "ISO88595", "ISO_8859-5", "ISO_8859-5:1988", "CYRILLIC", "ISO-IR-144",
                      "CSISOLATINCYRILLIC" } },
    { "ISO-8859-6", { "ISO8859-6", "ISO88596", "ISO_8859-6", "ISO_8859-6:1987", "ARABIC", "ISO-IR-127", "ECMA-114",
                      "ASMO-708", "CSISOLATINARABIC" } },
    { "ISO-8859-7", { "ISO8859-7", "ISO88597", "ISO_8859-7", "ISO_8859-7:1987", "ISO_8859-7:2003", "GREEK", "GREEK8",
                      "ISO-IR-126", "ECMA-118", "ELOT_928", "CSISOLATINGREEK" } },
    { "ISO-8859-8", { "ISO8859-8", "ISO88598", "ISO_8859-8", "ISO_8859-8:1988", "HEBREW", "ISO-IR-138",
                      "CSISOLATINHEBREW" } },
    { "ISO-8859-9", { "ISO8859-9", "ISO88599", "ISO_8859-9", "ISO_8859-9:1989", "LATIN5", "L5", "ISO-IR-148",
                      "CSISOLATIN5" } },
    { "ISO-8859-10", { "ISO8859-10", "ISO885910", "ISO_8859-10", "ISO_8859-10:1992", "LATIN6", "L6", "ISO-IR-157",
                       "CSISOLATIN6" } },
    { "ISO-8859-11", { "ISO8859-11", "ISO885911" } },
    { "ISO-8859-13", { "ISO8859-13", "ISO885913", "LATIN7", "L7", "ISO-IR-179" } },
    { "ISO-8859-14", { "ISO8859-14", "ISO885914", "ISO_8859-14", "ISO_8859-14:1998", "LATIN8", "L8", "ISO-IR-199",
                       "ISO-CELTIC" } },
    { "ISO-8859-15", { "ISO8859-15", "ISO885915", "ISO_8859-15", "ISO_8859-15:1998", "LATIN-9", "LATIN9",
                       "ISO-IR-203", "latin9" } },
    { "ISO-8859-16", { "ISO8859-16", "ISO885916", "ISO_8859-16", "ISO_8859-16:2001", "LATIN10", "L10",
                       "ISO-IR-226" } },
    { "WINDOWS-1250", { "CP1250", "MS-EE", "windows-1250" } },
    { "WINDOWS-1251", { "CP1251", "MS-CYRL", "cp1251" } },
    { "WINDOWS-1252", { "CP1252", "MS-ANSI", "Windows-1252" } },
    { "WINDOWS-1253", { "CP1253", "MS-GREEK" } },
    { "WINDOWS-1254", { "CP1254", "MS-TURK" } },
    { "WINDOWS-1255", { "CP1255", "MS-HEBR" } },
    { "WINDOWS-1256", { "CP1256", "MS-ARAB" } },
    { "WINDOWS-1257", { "CP1257", "WINBALTRIM" } },
    { "WINDOWS-1258", { "CP1258" } },
    { "KOI8-R", { "KOI8R", "CSKOI8R", "koi8-r" } },
    { "KOI8-U", { "KOI8U", "koi8-u" } },
    { "IBM437", { "CP437", "437", "CSPC8CODEPAGE437" } },
    { "IBM850", { "CP850", "850", "CSPC850MULTILINGUAL" } },
    { "IBM852", { "CP852", "852", "CSPCP852" } },
    { "IBM855", { "CP855", "855", "CSIBM855" } },
    { "IBM866", { "CP866", "866", "CSIBM866", "ibm866" } },
    { "MACINTOSH", { "MAC", "CSMACINTOSH", "Macintosh" } },
    { "MAC-CYRILLIC", { "MACCYRILLIC", "MacCyrillic" } },
    { "TIS-620", { "TIS620", "TIS620-0", "TIS620.2529-1", "TIS620.2533-0", "ISO-IR-166", "tis-620" } },
};
#define NCHARSETS (sizeof charsets / sizeof charsets[0])

/* Code points beyond the Basic Multilingual Plane to try too: none fits, tags are dropped. */
static const unsigned int beyond_bmp[] = { 0x10000, 0x1f600, 0xe0000, 0xe0001, 0xe0041, 0xe007f, 0xe0080, 0x10ffff };
#define NBEYOND (sizeof beyond_bmp / sizeof beyond_bmp[0])

static const char *err_name(int e)
{
    return e == EILSEQ ? "EILSEQ" : e == EINVAL ? "EINVAL" : e == E2BIG ? "E2BIG" : e == 0 ? "0" : "other";
}

/* FNV-1a, to fold many results into one line. */
static unsigned int mix(unsigned int h, const char *text)
{
    for (; *text != '\0'; text++)
        h = (h ^ (unsigned char)*text) * 16777619u;
    return h;
}

/*
 * Converts len bytes from the initial state and flushes; describes the outcome in what:
 * the bytes written in hex, then "!ERROR" if it failed, with how far the input got.
 */
static void convert_one(iconv_t cd, const void *in, size_t len, char *what)
{
    char out[16], *ip = (char *)in, *op = out;
    size_t inleft = len, outleft = sizeof out, r, i;
    int e;

    iconv(cd, NULL, NULL, NULL, NULL);
    errno = 0;
    r = iconv(cd, &ip, &inleft, &op, &outleft);
    e = errno;
    if (r != (size_t)-1)
        r = iconv(cd, NULL, NULL, &op, &outleft);
    what[0] = '\0';
    for (i = 0; i < sizeof out - outleft; i++)
        sprintf(what + strlen(what), "%02x", (unsigned char)out[i]);
    if (r == (size_t)-1)
        sprintf(what + strlen(what), "!%s@%zu", err_name(e), len - inleft);
    else if (r != 0)
        sprintf(what + strlen(what), "(r=%zu)", r);
}

/* Every byte of the set to UTF-8: printed 16 to a line, or folded into a checksum. */
static unsigned int decode_bytes(const char *name, int print)
{
    iconv_t cd = iconv_open("UTF-8", name);
    unsigned int b, sum = 2166136261u;
    char what[64];

    if (cd == (iconv_t)-1) {
        printf("  from %s: open fails\n", name);
        return 0;
    }
    for (b = 0; b < 256; b++) {
        unsigned char in = (unsigned char)b;

        convert_one(cd, &in, 1, what);
        sum = mix(sum, what);
        if (print)
            printf("%s%s", b % 16 == 0 ? (b == 0 ? "  " : "\n  ") : " ", what);
    }
    if (print)
        printf("\n");
    iconv_close(cd);
    return sum;
}

/* The outcomes of encoding so far. */
struct tally {
    int print;
    unsigned int sum, fit, column;
};

/* One code point into the set: printed if it converts (beyond ASCII), and counted. */
static void encode_one(iconv_t cd, unsigned int cp, struct tally *t)
{
    unsigned char in[4] = { cp & 0xff, cp >> 8 & 0xff, cp >> 16 & 0xff, 0 };
    char what[64], item[80];

    convert_one(cd, in, 4, what);
    sprintf(item, "U+%04X>%s", cp, what);
    t->sum = mix(t->sum, item);
    if (strchr(what, '!') != NULL)
        return;
    t->fit++;
    if (t->print && cp >= 0x80) {
        printf("%s%s", t->column == 0 ? "  " : " ", item);
        if (++t->column == 8) {
            printf("\n");
            t->column = 0;
        }
    }
}

/*
 * Every code point of the Basic Multilingual Plane and those of beyond_bmp into the set:
 * those beyond ASCII that convert printed 8 to a line, and a checksum of all outcomes.
 */
static unsigned int encode_code_points(const char *name, int print)
{
    iconv_t cd = iconv_open(name, "UTF-32LE");
    struct tally t = { print, 2166136261u, 0, 0 };
    unsigned int cp;
    size_t k;

    if (cd == (iconv_t)-1) {
        printf("  to %s: open fails\n", name);
        return 0;
    }
    for (cp = 0; cp < 0x10000; cp++)
        if (cp < 0xd800 || cp >= 0xe000)
            encode_one(cd, cp, &t);
    for (k = 0; k < NBEYOND; k++)
        encode_one(cd, beyond_bmp[k], &t);
    if (print)
        printf("%s  %u code points convert; checksum %08x\n", t.column != 0 ? "\n" : "", t.fit, t.sum);
    iconv_close(cd);
    return t.sum;
}

/* Convert len bytes with an output of outsize bytes; print the result in hex. */
static void convert(const char *to, const char *from, const char *in, size_t len, size_t outsize)
{
    char out[256], *ip = (char *)in, *op = out;
    size_t inleft = len, outleft = outsize, r, i;
    iconv_t cd = iconv_open(to, from);
    int e;

    printf("%s <- %s [%zu bytes, room %zu]: ", to, from, len, outsize);
    if (cd == (iconv_t)-1) {
        e = errno;
        printf("open fails %s\n", err_name(e));
        return;
    }
    errno = 0;
    r = iconv(cd, &ip, &inleft, &op, &outleft);
    e = errno;
    printf("r=%ld %s in+%zu out+%zu:", r == (size_t)-1 ? -1L : (long)r, r == (size_t)-1 ? err_name(e) : "ok",
           len - inleft, outsize - outleft);
    for (i = 0; i < outsize - outleft; i++)
        printf(" %02x", (unsigned char)out[i]);
    outleft = sizeof out;
    op = out;
    r = iconv(cd, NULL, NULL, &op, &outleft);
    printf(" | flush r=%ld +%zu\n", (long)r, sizeof out - outleft);
    iconv_close(cd);
}

static void sets(void)
{
    size_t k, a;

    for (k = 0; k < NCHARSETS; k++) {
        unsigned int decoded, encoded;

        printf("%s, bytes to UTF-8:\n", charsets[k].name);
        decoded = decode_bytes(charsets[k].name, 1);
        printf("%s, code points to it:\n", charsets[k].name);
        encoded = encode_code_points(charsets[k].name, 1);
        for (a = 0; a < sizeof charsets[k].aliases / sizeof charsets[k].aliases[0] && charsets[k].aliases[a]; a++) {
            const char *alias = charsets[k].aliases[a];
            unsigned int alias_decoded = decode_bytes(alias, 0), alias_encoded = encode_code_points(alias, 0);

            printf("  alias %s: %s\n", alias,
                   alias_decoded == decoded && alias_encoded == encoded ? "the same" : "different");
        }
    }
}

static void conversions(void)
{
    static const char polish[] = "Za\xc5\xbc\xc3\xb3\xc5\x82\xc4\x87 \xe2\x82\xac 5 \xe4\xb8\x80 \xc3\xa5!"; /* Zażółć € 5 一 å! */
    static const char translit[] = "\xc5\xbc \xe4\xb8\x80 \xc3\xa5 \xf0\x9f\x98\x80!";         /* ż 一 å 😀! */
    static const char koi8[] = "\xf0\xd2\xc9\xd7\xc5\xd4 \xa1\xb3\xa4";    /* Привет, then box drawing */
    static const char vietnamese[] = "Ti\xe1\xba\xbfng Vi\xe1\xbb\x87t \xc3\x83";    /* Tiếng Việt Ã */
    static const char shin[] = "\xef\xac\xac\xef\xac\xab";                        /* U+FB2C U+FB2B */
    static const char tagged[] = "a\xf3\xa0\x81\x81" "b\xf3\xa0\x81\xbf" "c";      /* a U+E0041 b U+E007F c */

    convert("ISO-8859-2", "UTF-8", polish, 12, 64);
    convert("ISO-8859-2", "UTF-8", polish, sizeof polish - 1, 64);
    convert("ISO-8859-2//IGNORE", "UTF-8", polish, sizeof polish - 1, 64);
    /* Not the euro sign: glibc's C locale transliterates it as "EUR", we write '?'. */
    convert("ISO-8859-2//TRANSLIT", "UTF-8", translit, sizeof translit - 1, 64);
    convert("ISO-8859-2//TRANSLIT//IGNORE", "UTF-8", translit, sizeof translit - 1, 64);
    convert("KOI8-R//TRANSLIT", "UTF-8", translit, sizeof translit - 1, 64);
    convert("ISO-8859-2//TRANSLIT", "UTF-8", translit, sizeof translit - 1, 3);
    convert("ISO-8859-2", "UTF-8", polish, sizeof polish - 1, 4);
    convert("WINDOWS-1250", "UTF-8", polish, sizeof polish - 1, 64);
    convert("ISO-8859-16", "UTF-8", polish, sizeof polish - 1, 64);
    convert("UTF-8", "ISO-8859-3", "a\xa1\xa5\xb1z", 5, 64);
    convert("UTF-8//IGNORE", "ISO-8859-3", "a\xa1\xa5\xb1z", 5, 64);
    convert("UTF-8", "WINDOWS-1252", "\x80\x81\x9f\xff", 4, 64);
    convert("UTF-8//IGNORE", "WINDOWS-1252", "\x80\x81\x9f\xff", 4, 64);
    convert("UTF-16LE", "TIS-620", "\xa1\xdb\xf0\xa0", 4, 64);
    convert("WINDOWS-1251", "KOI8-R", koi8, 6, 64);
    convert("WINDOWS-1251", "KOI8-R", koi8, sizeof koi8 - 1, 64);
    convert("WINDOWS-1251//IGNORE", "KOI8-R", koi8, sizeof koi8 - 1, 64);
    convert("KOI8-U", "KOI8-R", koi8, sizeof koi8 - 1, 64);
    convert("IBM866", "ISO-8859-5", "\xb0\xd0\xef\xf0\xa1", 5, 64);
    convert("MAC-CYRILLIC", "IBM855", "\xa1\xa2\xb5\xb6", 4, 64);
    convert("ISO-8859-1", "IBM437", "\x82\x9b\xc9\xe1", 4, 64);
    convert("ISO-8859-15", "MACINTOSH", "\x8e\xa4\xdb\xf0", 4, 64);
    convert("WINDOWS-1252", "ISO-8859-15", "\xa4\xa6\xbc\xbd", 4, 64);
    convert("WINDOWS-1258", "UTF-8", vietnamese, sizeof vietnamese - 1, 64);
    convert("WINDOWS-1258", "UTF-8", vietnamese, sizeof vietnamese - 1, 3);
    convert("WINDOWS-1258", "UTF-8", vietnamese, sizeof vietnamese - 1, 4);
    convert("WINDOWS-1255", "UTF-8", shin, sizeof shin - 1, 64);
    convert("WINDOWS-1255", "UTF-8", shin, sizeof shin - 1, 2);
    convert("ISO-8859-7", "UTF-8", tagged, sizeof tagged - 1, 64);
    convert("ISO-8859-7//TRANSLIT", "UTF-8", tagged, sizeof tagged - 1, 64);
    convert("IBM850//IGNORE", "UTF-8", tagged, sizeof tagged - 1, 64);
    convert("ISO-8859-1", "UTF-8", tagged, sizeof tagged - 1, 64);
    convert("ASCII", "UTF-8", tagged, sizeof tagged - 1, 64);
    convert("UCS-2", "UTF-8", tagged, sizeof tagged - 1, 64);
}

/* Names glibc does not know, and spellings it does not accept. */
static void unknown_names(void)
{
    static const char *const names[] = {
        "ISO-8859-12", "ISO-8859-0", "ISO-8859-17", "ISO_8859-11", "ISO_8859-13", "ISO-8859-02", "ISO_8859_2",
        "latin-2", "L9", "WINDOWS-1249", "WINDOWS-1259", "CP1259", "CP-1252", "WINDOWS1252", "IBM-437", "CP438",
        "KOI8-X", "MACROMAN", "MAC-ROMAN", "TIS-621", "X-MAC-CYRILLIC",
    };
    size_t i;

    for (i = 0; i < sizeof names / sizeof names[0]; i++) {
        iconv_t to, from;
        int to_errno, from_errno;

        errno = 0;
        to = iconv_open(names[i], "UTF-8");
        to_errno = errno;
        errno = 0;
        from = iconv_open("UTF-8", names[i]);
        from_errno = errno;
        printf("unknown %s: to %s %s, from %s %s\n", names[i], to == (iconv_t)-1 ? "fails" : "opens",
               to == (iconv_t)-1 ? err_name(to_errno) : "", from == (iconv_t)-1 ? "fails" : "opens",
               from == (iconv_t)-1 ? err_name(from_errno) : "");
        if (to != (iconv_t)-1)
            iconv_close(to);
        if (from != (iconv_t)-1)
            iconv_close(from);
    }
}

int main(void)
{
    sets();
    conversions();
    unknown_names();
    return 0;
}
