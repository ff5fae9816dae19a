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

#endif
