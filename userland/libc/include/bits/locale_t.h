#ifndef _BITS_LOCALE_T_H
#define _BITS_LOCALE_T_H

/*
 * POSIX 2008's locale objects (newlocale.c): <locale.h> makes and uses them, and the
 * headers with "_l" functions (<ctype.h>, <string.h>, <time.h>...) take them.
 */
typedef struct __locale_struct *locale_t;

#endif
