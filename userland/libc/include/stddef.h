/*
 * A header that needs only some of these names asks for them as gcc's own stddef.h
 * lets it (`#define __need_size_t` ... then `#include <stddef.h>`): <stdio.h> then gives
 * size_t and NULL but no ptrdiff_t, wchar_t or offsetof, as with glibc, so a program may
 * name its own. Each name is defined once, however it is asked for.
 */
#if !defined(__need_size_t) && !defined(__need_NULL) && !defined(__need_wchar_t) && !defined(__need_ptrdiff_t)
#define _STDDEF_H
#define __need_size_t
#define __need_NULL
#define __need_wchar_t
#define __need_ptrdiff_t
#ifndef __max_align_t_defined
#define __max_align_t_defined
/* The most strictly aligned scalar type (C11), laid out as glibc's. */
typedef struct { long long __ll; long double __ld; } max_align_t;
#endif
/* The classic spelling: every C compiler folds it to a constant. */
#undef offsetof
#define offsetof(type, member) ((size_t)&((type *)0)->member)
#endif

#ifdef __need_size_t
#ifndef __size_t_defined
#define __size_t_defined
typedef unsigned long size_t;
#endif
#undef __need_size_t
#endif

#ifdef __need_ptrdiff_t
#ifndef __ptrdiff_t_defined
#define __ptrdiff_t_defined
typedef long ptrdiff_t;
#endif
#undef __need_ptrdiff_t
#endif

#ifdef __need_wchar_t
#ifndef __wchar_t_defined
#define __wchar_t_defined
typedef int wchar_t;
#endif
#undef __need_wchar_t
#endif

#ifdef __need_NULL
#undef NULL
#define NULL ((void *)0)
#undef __need_NULL
#endif
