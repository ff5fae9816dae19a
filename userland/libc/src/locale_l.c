/*
 * The "_l" functions of POSIX 2008 and GNU: the function without "_l", in the given
 * locale. Only LC_CTYPE's UTF-8 flag ever changes an answer here (every locale is "C"
 * otherwise: ASCII <ctype.h>, "." as radix, byte order for collation, C's messages and
 * dates), so only the wide-character classes and nl_langinfo switch the thread's locale
 * for the call; the others answer as their plain function.
 */
#define _GNU_SOURCE
#include <ctype.h>
#include <langinfo.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <wchar.h>
#include <wctype.h>

/* `call` evaluated with `loc` as the calling thread's locale. */
#define IN_LOCALE(type, loc, call)          \
    do {                                    \
        locale_t previous = uselocale(loc); \
        type result = (call);               \
        uselocale(previous);                \
        return result;                      \
    } while (0)

int isalnum_l(int c, locale_t loc) { (void)loc; return isalnum(c); }
int isalpha_l(int c, locale_t loc) { (void)loc; return isalpha(c); }
int isblank_l(int c, locale_t loc) { (void)loc; return isblank(c); }
int iscntrl_l(int c, locale_t loc) { (void)loc; return iscntrl(c); }
int isdigit_l(int c, locale_t loc) { (void)loc; return isdigit(c); }
int isgraph_l(int c, locale_t loc) { (void)loc; return isgraph(c); }
int islower_l(int c, locale_t loc) { (void)loc; return islower(c); }
int isprint_l(int c, locale_t loc) { (void)loc; return isprint(c); }
int ispunct_l(int c, locale_t loc) { (void)loc; return ispunct(c); }
int isspace_l(int c, locale_t loc) { (void)loc; return isspace(c); }
int isupper_l(int c, locale_t loc) { (void)loc; return isupper(c); }
int isxdigit_l(int c, locale_t loc) { (void)loc; return isxdigit(c); }
int tolower_l(int c, locale_t loc) { (void)loc; return tolower(c); }
int toupper_l(int c, locale_t loc) { (void)loc; return toupper(c); }

int iswalnum_l(wint_t c, locale_t loc) { IN_LOCALE(int, loc, iswalnum(c)); }
int iswalpha_l(wint_t c, locale_t loc) { IN_LOCALE(int, loc, iswalpha(c)); }
int iswblank_l(wint_t c, locale_t loc) { IN_LOCALE(int, loc, iswblank(c)); }
int iswcntrl_l(wint_t c, locale_t loc) { IN_LOCALE(int, loc, iswcntrl(c)); }
int iswdigit_l(wint_t c, locale_t loc) { IN_LOCALE(int, loc, iswdigit(c)); }
int iswgraph_l(wint_t c, locale_t loc) { IN_LOCALE(int, loc, iswgraph(c)); }
int iswlower_l(wint_t c, locale_t loc) { IN_LOCALE(int, loc, iswlower(c)); }
int iswprint_l(wint_t c, locale_t loc) { IN_LOCALE(int, loc, iswprint(c)); }
int iswpunct_l(wint_t c, locale_t loc) { IN_LOCALE(int, loc, iswpunct(c)); }
int iswspace_l(wint_t c, locale_t loc) { IN_LOCALE(int, loc, iswspace(c)); }
int iswupper_l(wint_t c, locale_t loc) { IN_LOCALE(int, loc, iswupper(c)); }
int iswxdigit_l(wint_t c, locale_t loc) { IN_LOCALE(int, loc, iswxdigit(c)); }
wint_t towlower_l(wint_t c, locale_t loc) { IN_LOCALE(wint_t, loc, towlower(c)); }
wint_t towupper_l(wint_t c, locale_t loc) { IN_LOCALE(wint_t, loc, towupper(c)); }
int iswctype_l(wint_t c, wctype_t desc, locale_t loc) { IN_LOCALE(int, loc, iswctype(c, desc)); }
wint_t towctrans_l(wint_t c, wctrans_t desc, locale_t loc) { IN_LOCALE(wint_t, loc, towctrans(c, desc)); }
wctype_t wctype_l(const char *name, locale_t loc) { (void)loc; return wctype(name); }
wctrans_t wctrans_l(const char *name, locale_t loc) { (void)loc; return wctrans(name); }
char *nl_langinfo_l(nl_item item, locale_t loc) { IN_LOCALE(char *, loc, nl_langinfo(item)); }

int strcoll_l(const char *a, const char *b, locale_t loc) { (void)loc; return strcoll(a, b); }
size_t strxfrm_l(char *dst, const char *src, size_t n, locale_t loc) { (void)loc; return strxfrm(dst, src, n); }
char *strerror_l(int errnum, locale_t loc) { (void)loc; return strerror(errnum); }
int strcasecmp_l(const char *a, const char *b, locale_t loc) { (void)loc; return strcasecmp(a, b); }
int strncasecmp_l(const char *a, const char *b, size_t n, locale_t loc) { (void)loc; return strncasecmp(a, b, n); }
int wcscoll_l(const wchar_t *a, const wchar_t *b, locale_t loc) { (void)loc; return wcscoll(a, b); }
size_t wcsxfrm_l(wchar_t *dst, const wchar_t *src, size_t n, locale_t loc) { (void)loc; return wcsxfrm(dst, src, n); }

size_t strftime_l(char *s, size_t max, const char *format, const struct tm *tm, locale_t loc)
{
    (void)loc;
    return strftime(s, max, format, tm);
}

double strtod_l(const char *s, char **end, locale_t loc) { (void)loc; return strtod(s, end); }
float strtof_l(const char *s, char **end, locale_t loc) { (void)loc; return strtof(s, end); }
long double strtold_l(const char *s, char **end, locale_t loc) { (void)loc; return strtold(s, end); }
long strtol_l(const char *s, char **end, int base, locale_t loc) { (void)loc; return strtol(s, end, base); }
unsigned long strtoul_l(const char *s, char **end, int base, locale_t loc) { (void)loc; return strtoul(s, end, base); }
long long strtoll_l(const char *s, char **end, int base, locale_t loc) { (void)loc; return strtoll(s, end, base); }
unsigned long long strtoull_l(const char *s, char **end, int base, locale_t loc) { (void)loc; return strtoull(s, end, base); }
