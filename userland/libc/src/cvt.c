/*
 * ecvt, fcvt and gcvt: the legacy (SUSv2) conversions to digit strings, on
 * top of printf's exact %f and %g. As glibc's: at most 17 digits (after the
 * point for fcvt, in all for ecvt); ecvt brings the value into [1, 10) by
 * steps of ten in floating point and then rounds as fcvt, so a carry gives
 * one digit more; infinities and NaNs come back as printf spells them with
 * *decpt 0 (1 and "" when ndigit < 1 for ecvt). The results live in static
 * buffers, overwritten by the next call.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <math.h>

#define CVT_MAX_DIGITS 17

static char cvt_buf[400];

static char *special(double value, int *decpt, int *sign)
{
    *sign = 0;
    *decpt = 0;
    snprintf(cvt_buf, sizeof cvt_buf, "%f", value);
    return cvt_buf;
}

/* The digits of |value| rounded to ndigit places after the point (0 <= ndigit <= 17). */
static char *fixed_digits(double value, int ndigit, int *decpt)
{
    char text[sizeof cvt_buf];
    snprintf(text, sizeof text, "%.*f", ndigit, fabs(value));
    char *point = strchr(text, '.');
    size_t int_len = point ? (size_t)(point - text) : strlen(text);
    if (!(int_len == 1 && text[0] == '0')) {
        memcpy(cvt_buf, text, int_len);
        strcpy(cvt_buf + int_len, point ? point + 1 : "");
        *decpt = (int)int_len;
        return cvt_buf;
    }
    const char *frac = point ? point + 1 : "";
    int zeros = 0;
    while (frac[zeros] == '0')
        zeros++;
    if (frac[zeros] == '\0' && ndigit == 0) {
        strcpy(cvt_buf, "0");
        *decpt = 1;
        return cvt_buf;
    }
    strcpy(cvt_buf, frac + zeros);
    *decpt = -zeros;
    return cvt_buf;
}

static char *zero_digits(int count, int *decpt)
{
    memset(cvt_buf, '0', (size_t)count);
    cvt_buf[count] = '\0';
    *decpt = 1;
    return cvt_buf;
}

char *fcvt(double value, int ndigit, int *decpt, int *sign)
{
    if (isinf(value) || isnan(value))
        return special(value, decpt, sign);
    if (ndigit < 0)
        ndigit = 0;
    if (ndigit > CVT_MAX_DIGITS)
        ndigit = CVT_MAX_DIGITS;
    *sign = signbit(value) != 0;
    if (value == 0)
        return zero_digits(ndigit + 1, decpt);
    return fixed_digits(value, ndigit, decpt);
}

char *ecvt(double value, int ndigit, int *decpt, int *sign)
{
    if (ndigit > CVT_MAX_DIGITS)
        ndigit = CVT_MAX_DIGITS;
    if (isinf(value) || isnan(value)) {
        if (ndigit < 1) {
            *sign = 0;
            *decpt = 1;
            cvt_buf[0] = '\0';
            return cvt_buf;
        }
        return special(value, decpt, sign);
    }
    *sign = signbit(value) != 0;
    if (value == 0)
        return zero_digits(ndigit > 0 ? ndigit : 0, decpt);
    double v = fabs(value);
    /* The position of the first digit, taken exactly from %e. */
    char text[64];
    snprintf(text, sizeof text, "%.30e", v);
    int exp10 = atoi(strchr(text, 'e') + 1);
    if (ndigit < 1) {
        cvt_buf[0] = '\0';
        *decpt = exp10 + 1;
        return cvt_buf;
    }
    /* Scale into [1, 10) by one correctly rounded power of ten (two below 1e-308). */
    if (exp10 > 0) {
        snprintf(text, sizeof text, "1e%d", exp10);
        v /= strtod(text, NULL);
    } else if (exp10 < 0) {
        int up = -exp10;
        if (up > 300) {
            v *= 1e300;
            up -= 300;
        }
        snprintf(text, sizeof text, "1e%d", up);
        v *= strtod(text, NULL);
    }
    char *digits = fixed_digits(v, ndigit - 1, decpt);
    *decpt += exp10;
    return digits;
}

char *gcvt(double value, int ndigit, char *buf)
{
    if (ndigit > CVT_MAX_DIGITS)
        ndigit = CVT_MAX_DIGITS;
    sprintf(buf, "%.*g", ndigit, value);
    return buf;
}
