#ifndef _SYS_TYPES_H
#define _SYS_TYPES_H

#define __need_size_t
#define __need_NULL
#include <stddef.h>

#include <bits/posixtypes.h>

/*
 * The exact-width signed types and the BSD names that glibc's <sys/types.h> also gives
 * (older portable code includes only this header and uses u_int32_t, u_char or caddr_t).
 */
#include <bits/intn.h>
typedef unsigned char u_int8_t;
typedef unsigned short u_int16_t;
typedef unsigned int u_int32_t;
typedef unsigned long u_int64_t;
typedef unsigned char u_char;
typedef unsigned short u_short;
typedef unsigned int u_int;
typedef unsigned long u_long;
typedef unsigned short ushort;
typedef unsigned int uint;
typedef unsigned long ulong;
typedef long quad_t;
typedef unsigned long u_quad_t;
typedef long register_t;
typedef char *caddr_t;
typedef int daddr_t;

/* As glibc's: BYTE_ORDER and LITTLE_ENDIAN come with the types, so `#if BYTE_ORDER == BIG_ENDIAN` is decided. */
#include <endian.h>

/* As glibc's outside strict ISO mode: fd_set, the FD_* macros and select come along (old code relies on it). */
#if !defined(__STRICT_ANSI__) || defined(_DEFAULT_SOURCE) || defined(_GNU_SOURCE) || defined(_BSD_SOURCE)
#include <sys/select.h>
#endif

/*
 * The large-file (LFS64) names: off_t and its kin are 64 bits already, so each *64 name is
 * the plain one (as musl does it; glibc declares twins of the same layout).
 */
#if defined(_LARGEFILE64_SOURCE) || defined(_GNU_SOURCE)
#define off64_t off_t
#define ino64_t ino_t
#define blkcnt64_t blkcnt_t
#define fsblkcnt64_t fsblkcnt_t
#define fsfilcnt64_t fsfilcnt_t
#endif

#endif
