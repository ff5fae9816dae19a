/*
 * <uchar.h>: char32_t is wchar_t's UTF-32, so those conversions are
 * mbrtowc/wcrtomb; char16_t splits characters above U+FFFF into surrogate
 * pairs, the second half delivered by the next mbrtoc16 call (which returns
 * (size_t)-3, "no input consumed"), as C11 specifies.
 */
#include <uchar.h>
#include <errno.h>

/* The state's pending field holds a surrogate waiting to be delivered or combined. */
static mbstate_t internal_c16_state;

size_t mbrtoc32(char32_t *pc32, const char *s, size_t n, mbstate_t *ps)
{
    wchar_t wc;
    size_t r = mbrtowc(&wc, s, n, ps);

    if (r <= 4 && pc32 != NULL && s != NULL)
        *pc32 = (char32_t)wc;
    return r;
}

size_t c32rtomb(char *s, char32_t c32, mbstate_t *ps)
{
    return wcrtomb(s, (wchar_t)c32, ps);
}

size_t mbrtoc16(char16_t *pc16, const char *s, size_t n, mbstate_t *ps)
{
    wchar_t wc;
    size_t r;

    if (ps == NULL)
        ps = &internal_c16_state;
    if (ps->pending >= 0xdc00 && ps->pending <= 0xdfff) {
        if (pc16 != NULL)
            *pc16 = (char16_t)ps->pending;
        ps->pending = 0;
        return (size_t)-3;
    }
    r = mbrtowc(&wc, s, n, ps);
    if (r > 4 || s == NULL)
        return r;
    if ((unsigned int)wc > 0xffff) {
        wc -= 0x10000;
        if (pc16 != NULL)
            *pc16 = (char16_t)(0xd800 + ((unsigned int)wc >> 10));
        ps->pending = 0xdc00 + ((unsigned int)wc & 0x3ff);
    } else if (pc16 != NULL) {
        *pc16 = (char16_t)wc;
    }
    return r;
}

size_t c16rtomb(char *s, char16_t c16, mbstate_t *ps)
{
    unsigned int high;

    if (ps == NULL)
        ps = &internal_c16_state;
    if (s == NULL) {
        ps->pending = 0;
        return 1;
    }
    if (c16 >= 0xd800 && c16 <= 0xdbff) {
        ps->pending = c16;
        return 0;
    }
    if (c16 >= 0xdc00 && c16 <= 0xdfff) {
        high = ps->pending;
        ps->pending = 0;
        if (high < 0xd800 || high > 0xdbff) {
            errno = EILSEQ;
            return (size_t)-1;
        }
        return wcrtomb(s, (wchar_t)(0x10000 + ((high - 0xd800) << 10) + (c16 - 0xdc00)), ps);
    }
    return wcrtomb(s, (wchar_t)c16, ps);
}
