#ifndef _STDDEF_H
#define _STDDEF_H

typedef unsigned long size_t;
typedef long ptrdiff_t;
typedef int wchar_t;
/* The most strictly aligned scalar type (C11), laid out as glibc's. */
typedef struct { long long __ll; long double __ld; } max_align_t;

#define NULL ((void *)0)
/* The classic spelling: every C compiler folds it to a constant. */
#define offsetof(type, member) ((size_t)&((type *)0)->member)

#endif
