/*
 * UTF-8 decoding as glibc does it: overlong forms and surrogates are errors,
 * the old 5- and 6-byte forms are accepted, a character cut short waits in
 * the mbstate_t for the next call (an error leaves that state alone), and
 * mblen/mbtowc, which keep no state, call a cut-short character an error.
 */
#include <stdio.h>
#include <string.h>
#include <stdlib.h>
#include <wchar.h>
#include <locale.h>
#include <errno.h>

static void decode(const char *label, const char *s, size_t n, mbstate_t *st)
{
    wchar_t wc = 0;
    size_t r;

    errno = 0;
    r = mbrtowc(&wc, s, n, st);
    printf("%-10s n=%zu -> %ld wc=%lx errno=%d initial=%d\n", label, n, (long)r, (unsigned long)wc, errno, mbsinit(st));
}

int main(void)
{
    static const char *const seqs[] = {
        "\xc2\xa9", "\xe2\x82\xac", "\xf0\x9f\x98\x80", "\xc0\xaf", "\xe0\x80\xaf", "\xed\xa0\x80",
        "\xef\xbf\xbf", "\xf4\x8f\xbf\xbf", "\xf4\x90\x80\x80", "\xf8\x88\x80\x80\x80", "\xc2\x41", "\xfe",
    };
    mbstate_t st;
    wchar_t wcs[8];
    const char *src;
    unsigned i;
    size_t n;

    setlocale(LC_CTYPE, "C.UTF-8");
    for (i = 0; i < sizeof seqs / sizeof seqs[0]; i++) {
        for (n = 1; n <= strlen(seqs[i]); n++) {
            memset(&st, 0, sizeof st);
            decode("whole", seqs[i], n, &st);
            if (n < strlen(seqs[i]))
                decode(" rest", seqs[i] + n, strlen(seqs[i]) - n, &st);
        }
        printf("mblen %d/%d mbtowc %d\n", mblen(seqs[i], strlen(seqs[i])), mblen(seqs[i], 1),
               mbtowc(NULL, seqs[i], 1));
    }
    memset(&st, 0, sizeof st);
    decode("part", "\xe2", 1, &st);
    decode("string", "\x82\xac" "ab", 4, &st);
    memset(&st, 0, sizeof st);
    decode("part", "\xe2\x82", 2, &st);
    src = "\xac" "xyz";
    printf("mbsrtowcs resumes: %zu", mbsrtowcs(wcs, &src, 8, &st));
    printf(" %lx %lc, done %d\n", (unsigned long)wcs[0], wcs[1], src == NULL);
    return 0;
}
