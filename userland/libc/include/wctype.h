#ifndef _WCTYPE_H
#define _WCTYPE_H

#include <wchar.h>

typedef unsigned long wctype_t;

/*
 * Wide-character classes and case mappings (wctype.c): ASCII as <ctype.h> in every locale;
 * beyond ASCII nothing in the C locale, Unicode (glibc's C.UTF-8) in a UTF-8 locale.
 */
int iswalnum(wint_t c);
int iswalpha(wint_t c);
int iswblank(wint_t c);
int iswcntrl(wint_t c);
int iswdigit(wint_t c);
int iswgraph(wint_t c);
int iswlower(wint_t c);
int iswprint(wint_t c);
int iswpunct(wint_t c);
int iswspace(wint_t c);
int iswupper(wint_t c);
int iswxdigit(wint_t c);
wint_t towlower(wint_t c);
wint_t towupper(wint_t c);

/* Classes and mappings by name (wctype_names.c); 0 is "no such name". */
typedef const int *wctrans_t;
wctype_t wctype(const char *name);
int iswctype(wint_t c, wctype_t desc);
wctrans_t wctrans(const char *name);
wint_t towctrans(wint_t c, wctrans_t desc);

/* POSIX 2008: the same in a given locale (locale.h). */
#include <bits/locale_t.h>
int iswalnum_l(wint_t c, locale_t loc);
int iswalpha_l(wint_t c, locale_t loc);
int iswblank_l(wint_t c, locale_t loc);
int iswcntrl_l(wint_t c, locale_t loc);
int iswdigit_l(wint_t c, locale_t loc);
int iswgraph_l(wint_t c, locale_t loc);
int iswlower_l(wint_t c, locale_t loc);
int iswprint_l(wint_t c, locale_t loc);
int iswpunct_l(wint_t c, locale_t loc);
int iswspace_l(wint_t c, locale_t loc);
int iswupper_l(wint_t c, locale_t loc);
int iswxdigit_l(wint_t c, locale_t loc);
wint_t towlower_l(wint_t c, locale_t loc);
wint_t towupper_l(wint_t c, locale_t loc);
wctype_t wctype_l(const char *name, locale_t loc);
int iswctype_l(wint_t c, wctype_t desc, locale_t loc);
wctrans_t wctrans_l(const char *name, locale_t loc);
wint_t towctrans_l(wint_t c, wctrans_t desc, locale_t loc);

#endif
