#ifndef _ICONV_H
#define _ICONV_H

#define __need_size_t
#define __need_NULL
#include <stddef.h>

/* Character set conversion (iconv.c): UTF-8, ASCII, ISO-8859-1, UTF-16, UTF-32, WCHAR_T. */
typedef void *iconv_t;

iconv_t iconv_open(const char *tocode, const char *fromcode);
size_t iconv(iconv_t cd, char **inbuf, size_t *inbytesleft, char **outbuf, size_t *outbytesleft);
int iconv_close(iconv_t cd);

#endif
