/*
 * iconv: conversions between UTF-8, ASCII, ISO-8859-1, UTF-16, UTF-32 (each with a
 * byte-order mark, or LE/BE), UCS-2, UCS-4, WCHAR_T and the single-byte sets of
 * iconv_tables.h (ISO-8859-2..16, WINDOWS-1250..1258, KOI8-R/U, IBM437/850/852/855/866,
 * MACINTOSH, MAC-CYRILLIC, TIS-620), one character at a time through its code point, as
 * glibc behaves:
 * - "UTF-16" and "UTF-32" write a byte-order mark and then little-endian (this machine's
 *   order); reading, they honour a mark and otherwise assume little-endian.
 * - An invalid input sequence is EILSEQ, an incomplete one at the end EINVAL, a full
 *   output E2BIG; a character the target cannot hold is EILSEQ. The pointers are left
 *   after the last character converted.
 * - "//IGNORE" skips what cannot be converted (and still reports EILSEQ at the end);
 *   "//TRANSLIT" writes '?' for it, counted as an irreversible conversion. (glibc's
 *   locale tables transliterate some characters better, e.g. the euro sign as "EUR".)
 * - A NULL input resets the state: the next output starts with a byte-order mark again.
 * - A tag character (U+E0000..U+E007F) the target cannot hold is dropped silently.
 * - Writing WINDOWS-1255 or WINDOWS-1258, a precomposed letter missing from the set is
 *   written as its base letter and combining marks. (Reading them, glibc also composes
 *   such pairs back and so holds each character back until the next one or the flush;
 *   we pass the combining marks through, a canonically equivalent text.)
 */
#define _GNU_SOURCE     /* strcasestr */
#include <errno.h>
#include <iconv.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "libc.h"
#include "iconv_tables.h"

enum charset {
    UTF8, ASCII, LATIN1, UTF16, UTF16LE, UTF16BE, UCS2, UTF32, UTF32LE, UTF32BE, UCS4BE,
    SINGLE_BYTE,    /* one of iconv_tables.h, which single_byte_set tells */
};

struct charset_name {
    const char *name;
    enum charset set;
    enum single_byte_set single_byte;
};

/* A single-byte set's name; ISO_NAMES gives the three spellings every ISO-8859 part has. */
#define SB(name, set) { name, SINGLE_BYTE, set }
#define ISO_NAMES(part, set) SB("ISO-8859-" part, set), SB("ISO8859-" part, set), SB("ISO8859" part, set)

static const struct charset_name charset_names[] = {
    { "UTF-8", UTF8 }, { "UTF8", UTF8 },
    { "ASCII", ASCII }, { "US-ASCII", ASCII }, { "ANSI_X3.4-1968", ASCII }, { "646", ASCII },
    { "ISO-8859-1", LATIN1 }, { "ISO8859-1", LATIN1 }, { "ISO_8859-1", LATIN1 }, { "LATIN1", LATIN1 },
    { "L1", LATIN1 }, { "CP819", LATIN1 }, { "ISO88591", LATIN1 }, { "ISO_8859-1:1987", LATIN1 },
    { "ISO-IR-100", LATIN1 }, { "CSISOLATIN1", LATIN1 }, { "IBM819", LATIN1 },
    { "UTF-16", UTF16 }, { "UTF16", UTF16 }, { "UTF-16LE", UTF16LE }, { "UTF16LE", UTF16LE },
    { "UTF-16BE", UTF16BE }, { "UTF16BE", UTF16BE }, { "UCS-2", UCS2 }, { "UCS2", UCS2 },
    { "UTF-32", UTF32 }, { "UTF32", UTF32 }, { "UTF-32LE", UTF32LE }, { "UTF32LE", UTF32LE },
    { "UTF-32BE", UTF32BE }, { "UTF32BE", UTF32BE }, { "UCS-4LE", UTF32LE }, { "UCS-4", UCS4BE },
    { "UCS4", UCS4BE }, { "UCS-4BE", UCS4BE }, { "WCHAR_T", UTF32LE },
    /* The names glibc gives the single-byte sets, without its rarer registry aliases. */
    ISO_NAMES("2", ISO_8859_2), SB("ISO_8859-2", ISO_8859_2), SB("ISO_8859-2:1987", ISO_8859_2),
    SB("LATIN2", ISO_8859_2), SB("L2", ISO_8859_2), SB("ISO-IR-101", ISO_8859_2), SB("CSISOLATIN2", ISO_8859_2),
    ISO_NAMES("3", ISO_8859_3), SB("ISO_8859-3", ISO_8859_3), SB("ISO_8859-3:1988", ISO_8859_3),
    SB("LATIN3", ISO_8859_3), SB("L3", ISO_8859_3), SB("ISO-IR-109", ISO_8859_3), SB("CSISOLATIN3", ISO_8859_3),
    ISO_NAMES("4", ISO_8859_4), SB("ISO_8859-4", ISO_8859_4), SB("ISO_8859-4:1988", ISO_8859_4),
    SB("LATIN4", ISO_8859_4), SB("L4", ISO_8859_4), SB("ISO-IR-110", ISO_8859_4), SB("CSISOLATIN4", ISO_8859_4),
    ISO_NAMES("5", ISO_8859_5), SB("ISO_8859-5", ISO_8859_5), SB("ISO_8859-5:1988", ISO_8859_5),
    SB("CYRILLIC", ISO_8859_5), SB("ISO-IR-144", ISO_8859_5), SB("CSISOLATINCYRILLIC", ISO_8859_5),
    ISO_NAMES("6", ISO_8859_6), SB("ISO_8859-6", ISO_8859_6), SB("ISO_8859-6:1987", ISO_8859_6),
    SB("ARABIC", ISO_8859_6), SB("ISO-IR-127", ISO_8859_6), SB("ECMA-114", ISO_8859_6), SB("ASMO-708", ISO_8859_6),
    SB("CSISOLATINARABIC", ISO_8859_6),
    ISO_NAMES("7", ISO_8859_7), SB("ISO_8859-7", ISO_8859_7), SB("ISO_8859-7:1987", ISO_8859_7),
    SB("ISO_8859-7:2003", ISO_8859_7), SB("GREEK", ISO_8859_7), SB("GREEK8", ISO_8859_7), SB("ISO-IR-126", ISO_8859_7),
    SB("ECMA-118", ISO_8859_7), SB("ELOT_928", ISO_8859_7), SB("CSISOLATINGREEK", ISO_8859_7),
    ISO_NAMES("8", ISO_8859_8), SB("ISO_8859-8", ISO_8859_8), SB("ISO_8859-8:1988", ISO_8859_8),
    SB("HEBREW", ISO_8859_8), SB("ISO-IR-138", ISO_8859_8), SB("CSISOLATINHEBREW", ISO_8859_8),
    ISO_NAMES("9", ISO_8859_9), SB("ISO_8859-9", ISO_8859_9), SB("ISO_8859-9:1989", ISO_8859_9),
    SB("LATIN5", ISO_8859_9), SB("L5", ISO_8859_9), SB("ISO-IR-148", ISO_8859_9), SB("CSISOLATIN5", ISO_8859_9),
    ISO_NAMES("10", ISO_8859_10), SB("ISO_8859-10", ISO_8859_10), SB("ISO_8859-10:1992", ISO_8859_10),
    SB("LATIN6", ISO_8859_10), SB("L6", ISO_8859_10), SB("ISO-IR-157", ISO_8859_10), SB("CSISOLATIN6", ISO_8859_10),
    ISO_NAMES("11", ISO_8859_11),
    ISO_NAMES("13", ISO_8859_13), SB("LATIN7", ISO_8859_13), SB("L7", ISO_8859_13), SB("ISO-IR-179", ISO_8859_13),
    ISO_NAMES("14", ISO_8859_14), SB("ISO_8859-14", ISO_8859_14), SB("ISO_8859-14:1998", ISO_8859_14),
    SB("LATIN8", ISO_8859_14), SB("L8", ISO_8859_14), SB("ISO-IR-199", ISO_8859_14), SB("ISO-CELTIC", ISO_8859_14),
    ISO_NAMES("15", ISO_8859_15), SB("ISO_8859-15", ISO_8859_15), SB("ISO_8859-15:1998", ISO_8859_15),
    SB("LATIN-9", ISO_8859_15), SB("LATIN9", ISO_8859_15), SB("ISO-IR-203", ISO_8859_15),
    ISO_NAMES("16", ISO_8859_16), SB("ISO_8859-16", ISO_8859_16), SB("ISO_8859-16:2001", ISO_8859_16),
    SB("LATIN10", ISO_8859_16), SB("L10", ISO_8859_16), SB("ISO-IR-226", ISO_8859_16),
    SB("WINDOWS-1250", WINDOWS_1250), SB("CP1250", WINDOWS_1250), SB("MS-EE", WINDOWS_1250),
    SB("WINDOWS-1251", WINDOWS_1251), SB("CP1251", WINDOWS_1251), SB("MS-CYRL", WINDOWS_1251),
    SB("WINDOWS-1252", WINDOWS_1252), SB("CP1252", WINDOWS_1252), SB("MS-ANSI", WINDOWS_1252),
    SB("WINDOWS-1253", WINDOWS_1253), SB("CP1253", WINDOWS_1253), SB("MS-GREEK", WINDOWS_1253),
    SB("WINDOWS-1254", WINDOWS_1254), SB("CP1254", WINDOWS_1254), SB("MS-TURK", WINDOWS_1254),
    SB("WINDOWS-1255", WINDOWS_1255), SB("CP1255", WINDOWS_1255), SB("MS-HEBR", WINDOWS_1255),
    SB("WINDOWS-1256", WINDOWS_1256), SB("CP1256", WINDOWS_1256), SB("MS-ARAB", WINDOWS_1256),
    SB("WINDOWS-1257", WINDOWS_1257), SB("CP1257", WINDOWS_1257), SB("WINBALTRIM", WINDOWS_1257),
    SB("WINDOWS-1258", WINDOWS_1258), SB("CP1258", WINDOWS_1258),
    SB("KOI8-R", KOI8_R), SB("KOI8R", KOI8_R), SB("CSKOI8R", KOI8_R), SB("KOI8-U", KOI8_U), SB("KOI8U", KOI8_U),
    SB("IBM437", IBM437), SB("CP437", IBM437), SB("437", IBM437), SB("CSPC8CODEPAGE437", IBM437),
    SB("IBM850", IBM850), SB("CP850", IBM850), SB("850", IBM850), SB("CSPC850MULTILINGUAL", IBM850),
    SB("IBM852", IBM852), SB("CP852", IBM852), SB("852", IBM852), SB("CSPCP852", IBM852),
    SB("IBM855", IBM855), SB("CP855", IBM855), SB("855", IBM855), SB("CSIBM855", IBM855),
    SB("IBM866", IBM866), SB("CP866", IBM866), SB("866", IBM866), SB("CSIBM866", IBM866),
    SB("MACINTOSH", MACINTOSH), SB("MAC", MACINTOSH), SB("CSMACINTOSH", MACINTOSH),
    SB("MAC-CYRILLIC", MAC_CYRILLIC), SB("MACCYRILLIC", MAC_CYRILLIC),
    SB("TIS-620", TIS_620), SB("TIS620", TIS_620), SB("TIS620-0", TIS_620), SB("TIS620.2529-1", TIS_620),
    SB("TIS620.2533-0", TIS_620), SB("ISO-IR-166", TIS_620),
};

struct converter {
    enum charset from, to;
    enum single_byte_set from_single_byte, to_single_byte;     /* when from/to is SINGLE_BYTE */
    int ignore, translit;
    int mark_written;       /* the target's byte-order mark is out */
    int from_big_endian;    /* UTF-16/UTF-32 input: the order its mark chose */
    int from_order_known;
};

/* Parse "NAME[//IGNORE][//TRANSLIT]"; "" is the locale's own character set. */
static int lookup(const char *code, enum charset *set, enum single_byte_set *single_byte, int *ignore,
                  int *translit)
{
    char name[40];
    const char *slash = strstr(code, "//");
    size_t len = slash ? (size_t)(slash - code) : strlen(code), i;

    if (ignore)
        *ignore = slash && strcasestr(slash, "IGNORE") != NULL;
    if (translit)
        *translit = slash && strcasestr(slash, "TRANSLIT") != NULL;
    if (len == 0) {
        *set = __ctype_utf8() ? UTF8 : ASCII;
        return 0;
    }
    if (len >= sizeof name)
        return -1;
    memcpy(name, code, len);
    name[len] = '\0';
    for (i = 0; i < sizeof charset_names / sizeof charset_names[0]; i++) {
        if (strcasecmp(name, charset_names[i].name) == 0) {
            *set = charset_names[i].set;
            *single_byte = charset_names[i].single_byte;
            return 0;
        }
    }
    return -1;
}

iconv_t iconv_open(const char *tocode, const char *fromcode)
{
    struct converter *c = calloc(1, sizeof *c);

    if (c == NULL)
        return (iconv_t)-1;
    if (lookup(tocode, &c->to, &c->to_single_byte, &c->ignore, &c->translit) < 0 ||
        lookup(fromcode, &c->from, &c->from_single_byte, NULL, NULL) < 0) {
        free(c);
        errno = EINVAL;
        return (iconv_t)-1;
    }
    return c;
}

int iconv_close(iconv_t cd)
{
    free(cd);
    return 0;
}

static unsigned int read16(const unsigned char *p, int big)
{
    return big ? (unsigned int)p[0] << 8 | p[1] : (unsigned int)p[1] << 8 | p[0];
}

static unsigned int read32(const unsigned char *p, int big)
{
    return big ? (unsigned int)p[0] << 24 | (unsigned int)p[1] << 16 | (unsigned int)p[2] << 8 | p[3]
               : (unsigned int)p[3] << 24 | (unsigned int)p[2] << 16 | (unsigned int)p[1] << 8 | p[0];
}

/* Decoding results besides a byte count: */
#define BAD_INPUT (-1)      /* EILSEQ */
#define SHORT_INPUT (-2)    /* EINVAL: the character continues past the end */

static int decode_utf8(const unsigned char *p, size_t n, unsigned int *cp)
{
    static const unsigned int min[5] = { 0, 0, 0x80, 0x800, 0x10000 };
    unsigned int c = p[0];
    int len, i;

    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    len = c >= 0xf0 && c <= 0xf4 ? 4 : c >= 0xe0 && c < 0xf0 ? 3 : c >= 0xc2 && c < 0xe0 ? 2 : 0;
    if (len == 0)
        return BAD_INPUT;
    c &= 0x3f >> (len - 1);
    for (i = 1; i < len; i++) {
        if ((size_t)i >= n)
            return SHORT_INPUT;
        if ((p[i] & 0xc0) != 0x80)
            return BAD_INPUT;
        c = c << 6 | (p[i] & 0x3f);
    }
    /* As glibc: a cut-short sequence is EINVAL even if it would be overlong once complete. */
    if (c < min[len] || (c >= 0xd800 && c < 0xe000) || c > 0x10ffff)
        return BAD_INPUT;
    *cp = c;
    return len;
}

static int decode_utf16(const unsigned char *p, size_t n, int big, unsigned int *cp)
{
    unsigned int hi, lo;

    if (n < 2)
        return SHORT_INPUT;
    hi = read16(p, big);
    if (hi >= 0xdc00 && hi < 0xe000)
        return BAD_INPUT;
    if (hi < 0xd800 || hi >= 0xe000) {
        *cp = hi;
        return 2;
    }
    if (n < 4)
        return SHORT_INPUT;
    lo = read16(p + 2, big);
    if (lo < 0xdc00 || lo >= 0xe000)
        return BAD_INPUT;
    *cp = 0x10000 + ((hi - 0xd800) << 10) + (lo - 0xdc00);
    return 4;
}

/* A byte of a single-byte set: ASCII below 0x80, then the table (0: glibc rejects it). */
static int decode_single_byte(enum single_byte_set set, unsigned char b, unsigned int *cp)
{
    unsigned int mapped = b < 0x80 ? b : single_byte_tables[set][b - 0x80];

    if (mapped == 0 && b != 0)
        return BAD_INPUT;
    *cp = mapped;
    return 1;
}

/* One character from the input: its length in bytes (0: a byte-order mark only), or an error. */
static int decode(struct converter *c, const unsigned char *p, size_t n, unsigned int *cp)
{
    int marked = c->from == UTF16 || c->from == UTF32;
    size_t unit = c->from == UTF32 || c->from == UTF32LE || c->from == UTF32BE || c->from == UCS4BE ? 4 : 2;

    if (marked && !c->from_order_known) {
        if (n < unit)
            return SHORT_INPUT;
        c->from_order_known = 1;
        if (unit == 2 ? read16(p, 1) == 0xfeff : read32(p, 1) == 0xfeff) {
            c->from_big_endian = 1;
            return 0;
        }
        if (unit == 2 ? read16(p, 0) == 0xfeff : read32(p, 0) == 0xfeff)
            return 0;
    }
    switch (c->from) {
    case UTF8:
        return decode_utf8(p, n, cp);
    case ASCII:
        if (p[0] >= 0x80)
            return BAD_INPUT;
        *cp = p[0];
        return 1;
    case LATIN1:
        *cp = p[0];
        return 1;
    case SINGLE_BYTE:
        return decode_single_byte(c->from_single_byte, p[0], cp);
    case UTF16:
        return decode_utf16(p, n, c->from_big_endian, cp);
    case UTF16LE:
    case UCS2:
        return decode_utf16(p, n, 0, cp);
    case UTF16BE:
        return decode_utf16(p, n, 1, cp);
    default:
        if (n < 4)
            return SHORT_INPUT;
        *cp = read32(p, c->from == UTF32BE || c->from == UCS4BE || (c->from == UTF32 && c->from_big_endian));
        if (*cp > 0x10ffff || (*cp >= 0xd800 && *cp < 0xe000))
            return BAD_INPUT;
        return 4;
    }
}

static void put16(unsigned char *q, unsigned int v, int big)
{
    q[big ? 0 : 1] = (unsigned char)(v >> 8);
    q[big ? 1 : 0] = (unsigned char)v;
}

static void put32(unsigned char *q, unsigned int v, int big)
{
    int i;

    for (i = 0; i < 4; i++)
        q[big ? 3 - i : i] = (unsigned char)(v >> (8 * i));
}

/*
 * cp in a single-byte set into buf: the number of bytes (more than one for the letters
 * WINDOWS-1255/1258 write decomposed), or -1 when the set cannot hold it.
 */
static int encode_single_byte(enum single_byte_set set, unsigned int cp, unsigned char *buf)
{
    size_t i;

    if (cp < 0x80) {
        buf[0] = (unsigned char)cp;
        return 1;
    }
    /* Undefined bytes are 0 in the table, which no cp here equals. */
    for (i = 0; i < 128; i++) {
        if (single_byte_tables[set][i] == cp) {
            buf[0] = (unsigned char)(0x80 + i);
            return 1;
        }
    }
    for (i = 0; i < sizeof single_byte_extras / sizeof single_byte_extras[0]; i++) {
        if (single_byte_extras[i].set == set && single_byte_extras[i].code_point == cp) {
            size_t len = strlen(single_byte_extras[i].bytes);

            memcpy(buf, single_byte_extras[i].bytes, len);
            return (int)len;
        }
    }
    return -1;
}

/* Encode cp: the bytes written, 0 when it does not fit (E2BIG), -1 when unrepresentable. */
static int encode(struct converter *c, unsigned int cp, unsigned char *q, size_t room)
{
    unsigned char buf[8];
    int len = 0, mark = !c->mark_written && (c->to == UTF16 || c->to == UTF32);

    switch (c->to) {
    case UTF8:
        if (cp < 0x80) {
            buf[len++] = (unsigned char)cp;
        } else if (cp < 0x800) {
            buf[len++] = (unsigned char)(0xc0 | cp >> 6);
            buf[len++] = (unsigned char)(0x80 | (cp & 0x3f));
        } else if (cp < 0x10000) {
            buf[len++] = (unsigned char)(0xe0 | cp >> 12);
            buf[len++] = (unsigned char)(0x80 | (cp >> 6 & 0x3f));
            buf[len++] = (unsigned char)(0x80 | (cp & 0x3f));
        } else {
            buf[len++] = (unsigned char)(0xf0 | cp >> 18);
            buf[len++] = (unsigned char)(0x80 | (cp >> 12 & 0x3f));
            buf[len++] = (unsigned char)(0x80 | (cp >> 6 & 0x3f));
            buf[len++] = (unsigned char)(0x80 | (cp & 0x3f));
        }
        break;
    case ASCII:
    case LATIN1:
        if (cp >= (c->to == ASCII ? 0x80u : 0x100u))
            return -1;
        buf[len++] = (unsigned char)cp;
        break;
    case SINGLE_BYTE:
        len = encode_single_byte(c->to_single_byte, cp, buf);
        if (len < 0)
            return -1;
        break;
    case UTF16:
    case UTF16LE:
    case UTF16BE:
    case UCS2:
        if (mark) {
            put16(buf, 0xfeff, 0);
            len += 2;
        }
        if (cp >= 0x10000) {
            if (c->to == UCS2)
                return -1;
            put16(buf + len, 0xd800 + ((cp - 0x10000) >> 10), c->to == UTF16BE);
            put16(buf + len + 2, 0xdc00 + ((cp - 0x10000) & 0x3ff), c->to == UTF16BE);
            len += 4;
        } else {
            put16(buf + len, cp, c->to == UTF16BE);
            len += 2;
        }
        break;
    default:
        if (mark) {
            put32(buf, 0xfeff, 0);
            len += 4;
        }
        put32(buf + len, cp, c->to == UTF32BE || c->to == UCS4BE);
        len += 4;
        break;
    }
    if ((size_t)len > room)
        return 0;
    memcpy(q, buf, (size_t)len);
    if (mark)
        c->mark_written = 1;
    return len;
}

size_t iconv(iconv_t cd, char **inbuf, size_t *inbytesleft, char **outbuf, size_t *outbytesleft)
{
    struct converter *c = cd;
    const unsigned char *p;
    size_t irreversible = 0;
    int skipped = 0;

    if (inbuf == NULL || *inbuf == NULL) {
        /* Back to the initial state: a byte-order mark is due again, input order unknown. */
        c->mark_written = 0;
        c->from_order_known = 0;
        c->from_big_endian = 0;
        return 0;
    }
    p = (const unsigned char *)*inbuf;
    while (*inbytesleft > 0) {
        unsigned int cp = 0;
        int used = decode(c, p, *inbytesleft, &cp), wrote;

        if (used == SHORT_INPUT || (used == BAD_INPUT && !c->ignore)) {
            errno = used == SHORT_INPUT ? EINVAL : EILSEQ;
            *inbuf = (char *)p;
            return (size_t)-1;
        }
        if (used <= 0) {
            /* A byte-order mark (0) or, under //IGNORE, an invalid byte skipped. */
            used = used == 0 ? (c->from == UTF32 ? 4 : 2) : 1;
            skipped |= used == 1;
            p += used;
            *inbytesleft -= (size_t)used;
            continue;
        }
        wrote = encode(c, cp, (unsigned char *)*outbuf, *outbytesleft);
        if (wrote < 0 && cp >= 0xe0000 && cp <= 0xe007f) {
            /* A tag character: glibc drops those the target cannot hold, as no error. */
            p += used;
            *inbytesleft -= (size_t)used;
            continue;
        }
        if (wrote < 0 && c->translit) {
            wrote = encode(c, '?', (unsigned char *)*outbuf, *outbytesleft);
            irreversible += wrote > 0;
        }
        if (wrote == 0) {
            errno = E2BIG;
            *inbuf = (char *)p;
            return (size_t)-1;
        }
        if (wrote < 0) {
            if (!c->ignore) {
                errno = EILSEQ;
                *inbuf = (char *)p;
                return (size_t)-1;
            }
            skipped = 1;
            wrote = 0;
        }
        *outbuf += wrote;
        *outbytesleft -= (size_t)wrote;
        p += used;
        *inbytesleft -= (size_t)used;
    }
    *inbuf = (char *)p;
    if (skipped) {
        errno = EILSEQ;
        return (size_t)-1;
    }
    return irreversible;
}
