/*
 * Reading a compiled time-zone file (TZif, RFC 8536) and answering "which local time type
 * is in effect at instant t" from its transition table. timezone.c decides which file to
 * read and evaluates the footer's POSIX TZ string for instants after the last transition.
 *
 * One zone is loaded at a time; the tables live here until the next load.
 */
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <unistd.h>
#include <time.h>

/* Files larger than this are not time-zone files (the largest in tzdata is ~4 KiB). */
#define TZIF_MAX_SIZE (256 * 1024)

struct tzif_type {
    long utoff;             /* seconds east of UTC */
    int isdst;
    unsigned char abbr;     /* index into abbrs */
};

static long long *trans;            /* transition instants, ascending */
static unsigned char *trans_type;   /* the type each transition switches to */
static unsigned long trans_count;
static struct tzif_type *types;
static unsigned long type_count;
static char *abbrs;                 /* NUL-terminated abbreviations, back to back */
static unsigned long abbr_size;
static char footer[128];            /* the POSIX TZ string after the v2+ data, or "" */

static unsigned long be32(const unsigned char *p)
{
    return (unsigned long)p[0] << 24 | (unsigned long)p[1] << 16 | (unsigned long)p[2] << 8 | p[3];
}

static long long be64(const unsigned char *p)
{
    return (long long)((unsigned long long)be32(p) << 32 | be32(p + 4));
}

static void forget(void)
{
    free(trans);
    free(trans_type);
    free(types);
    free(abbrs);
    trans = NULL;
    trans_type = NULL;
    types = NULL;
    abbrs = NULL;
    trans_count = type_count = abbr_size = 0;
    footer[0] = '\0';
}

/* The whole file in a malloc'd buffer, or NULL. */
static unsigned char *slurp(const char *path, size_t *size)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    unsigned char *buf;
    size_t have = 0;
    ssize_t n;

    if (fd < 0)
        return NULL;
    buf = malloc(TZIF_MAX_SIZE);
    while (buf != NULL && have < TZIF_MAX_SIZE && (n = read(fd, buf + have, TZIF_MAX_SIZE - have)) > 0)
        have += (size_t)n;
    close(fd);
    *size = have;
    return buf;
}

/* The six counts of a header (RFC 8536 3.1), in file order. */
struct counts {
    unsigned long isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt;
};

static int read_header(const unsigned char *p, size_t left, struct counts *c)
{
    if (left < 44 || memcmp(p, "TZif", 4) != 0)
        return -1;
    c->isutcnt = be32(p + 20);
    c->isstdcnt = be32(p + 24);
    c->leapcnt = be32(p + 28);
    c->timecnt = be32(p + 32);
    c->typecnt = be32(p + 36);
    c->charcnt = be32(p + 40);
    /* Type indexes are one byte and abbreviation indexes too: reject what cannot be. */
    if (c->typecnt == 0 || c->typecnt > 256 || c->charcnt > 256)
        return -1;
    return 0;
}

/* Bytes of the data block after a header; time_size is 4 (v1 block) or 8 (v2+ block). */
static size_t block_size(const struct counts *c, size_t time_size)
{
    return c->timecnt * time_size + c->timecnt + c->typecnt * 6 + c->charcnt
        + c->leapcnt * (time_size + 4) + c->isstdcnt + c->isutcnt;
}

/* Copies one data block into the tables. */
static int take_block(const unsigned char *p, const struct counts *c, size_t time_size)
{
    unsigned long i;

    trans = malloc(sizeof *trans * (c->timecnt + 1));
    trans_type = malloc(c->timecnt + 1);
    types = malloc(sizeof *types * c->typecnt);
    abbrs = malloc(c->charcnt + 1);
    if (trans == NULL || trans_type == NULL || types == NULL || abbrs == NULL)
        return -1;
    for (i = 0; i < c->timecnt; i++, p += time_size)
        trans[i] = time_size == 8 ? be64(p) : (long long)(int)be32(p);
    for (i = 0; i < c->timecnt; i++, p++) {
        if (*p >= c->typecnt)
            return -1;
        trans_type[i] = *p;
    }
    for (i = 0; i < c->typecnt; i++, p += 6) {
        types[i].utoff = (long)(int)be32(p);
        types[i].isdst = p[4] != 0;
        types[i].abbr = p[5] < c->charcnt ? p[5] : 0;
    }
    memcpy(abbrs, p, c->charcnt);
    abbrs[c->charcnt] = '\0';   /* a malformed last abbreviation still ends */
    trans_count = c->timecnt;
    type_count = c->typecnt;
    abbr_size = c->charcnt;
    /* Leap-second records and the std/wall and UT/local indicators are not needed. */
    return 0;
}

/* The footer: "\n" TZ-string "\n" right after the v2+ block. */
static void take_footer(const unsigned char *p, size_t left)
{
    size_t n;

    if (left < 2 || p[0] != '\n')
        return;
    for (n = 1; n < left && p[n] != '\n'; n++)
        ;
    if (n == left || n - 1 >= sizeof footer)
        return;
    memcpy(footer, p + 1, n - 1);
    footer[n - 1] = '\0';
}

/* Loads the TZif file at path; 0 on success, -1 (nothing loaded) otherwise. */
int __tzif_load(const char *path)
{
    size_t size, v1;
    unsigned char *buf;
    struct counts c;
    int ok = -1;

    forget();
    buf = slurp(path, &size);
    if (buf == NULL)
        return -1;
    if (read_header(buf, size, &c) == 0) {
        v1 = 44 + block_size(&c, 4);
        if (buf[4] == '\0') {
            /* Version 1: 32-bit transitions only, no footer. */
            if (v1 <= size)
                ok = take_block(buf + 44, &c, 4);
        } else if (v1 <= size && read_header(buf + v1, size - v1, &c) == 0
                   && v1 + 44 + block_size(&c, 8) <= size) {
            /* Version 2+: the second header and its 64-bit block replace the first. */
            ok = take_block(buf + v1 + 44, &c, 8);
            if (ok == 0) {
                size_t end = v1 + 44 + block_size(&c, 8);
                take_footer(buf + end, size - end);
            }
        }
    }
    free(buf);
    if (ok != 0)
        forget();
    return ok;
}

/* The POSIX TZ string for instants after the last transition ("" if none). */
const char *__tzif_footer(void)
{
    return footer;
}

static void describe(unsigned long type, long *utoff, int *isdst, const char **abbr)
{
    *utoff = types[type].utoff;
    *isdst = types[type].isdst;
    *abbr = abbrs + types[type].abbr;
}

/* Index of the last transition at or before t, or -1 when t precedes them all. */
static long last_transition(long long t)
{
    long lo = 0, hi = (long)trans_count;   /* answer in [lo - 1, hi - 1] */

    while (lo < hi) {
        long mid = lo + (hi - lo) / 2;
        if (trans[mid] <= t)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo - 1;
}

/*
 * The local time type at instant t. Returns 0 when t is at or after the last transition
 * and the file has a footer: its TZ string rules there, and the caller evaluates it.
 */
int __tzif_find(long long t, long *utoff, int *isdst, const char **abbr)
{
    long i = last_transition(t);

    if (*footer != '\0' && (trans_count == 0 || i == (long)trans_count - 1))
        return 0;
    /* Before the first transition, RFC 8536 says type 0 applies. */
    describe(i < 0 ? 0 : trans_type[i], utoff, isdst, abbr);
    return 1;
}

/*
 * The offset of the type of kind isdst in effect nearest t: searching back from t, then
 * forward. mktime uses it to read a wall time "as daylight time" (or as standard time)
 * when the zone is not on that kind of time then. 0 when the zone never had that kind.
 */
int __tzif_nearest(long long t, int isdst, long *utoff)
{
    long start = last_transition(t), i;

    for (i = start; i >= 0; i--)
        if (types[trans_type[i]].isdst == isdst) {
            *utoff = types[trans_type[i]].utoff;
            return 1;
        }
    for (i = start + 1; i < (long)trans_count; i++)
        if (types[trans_type[i]].isdst == isdst) {
            *utoff = types[trans_type[i]].utoff;
            return 1;
        }
    if (trans_count == 0 && types[0].isdst == isdst) {
        *utoff = types[0].utoff;
        return 1;
    }
    return 0;
}

/*
 * tzname, timezone and daylight for the file, as glibc sets them: the abbreviation of
 * the most recent standard and daylight types that transitions use (type 0 without
 * transitions), the standard offset of the most recent one, and whether daylight time
 * was ever used. Without any daylight type both names are the standard one.
 */
void __tzif_names(const char **std, const char **dst, long *std_utoff, int *has_dst)
{
    unsigned long i;
    int ignored;

    describe(0, std_utoff, &ignored, std);
    *dst = *std;
    *has_dst = 0;
    for (i = 0; i < trans_count; i++) {
        const struct tzif_type *ty = &types[trans_type[i]];
        if (ty->isdst) {
            *dst = abbrs + ty->abbr;
            *has_dst = 1;
        } else {
            *std = abbrs + ty->abbr;
            *std_utoff = ty->utoff;
        }
    }
    if (!*has_dst)
        *dst = *std;
}
