#ifndef _ERR_H
#define _ERR_H

#include <stdarg.h>

/* BSD's messages: "prog: message: strerror(errno)" on stderr (err/warn), or without the error (errx/warnx). */
void warn(const char *fmt, ...);
void warnx(const char *fmt, ...);
void vwarn(const char *fmt, va_list ap);
void vwarnx(const char *fmt, va_list ap);
void err(int status, const char *fmt, ...) __attribute__((noreturn));
void errx(int status, const char *fmt, ...) __attribute__((noreturn));
void verr(int status, const char *fmt, va_list ap) __attribute__((noreturn));
void verrx(int status, const char *fmt, va_list ap) __attribute__((noreturn));

#endif
