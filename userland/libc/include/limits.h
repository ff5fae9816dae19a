#ifndef _LIMITS_H
#define _LIMITS_H

#define CHAR_BIT 8
#define SCHAR_MIN (-128)
#define SCHAR_MAX 127
#define UCHAR_MAX 255
#ifdef __CHAR_UNSIGNED__ /* -funsigned-char */
#define CHAR_MIN 0
#define CHAR_MAX UCHAR_MAX
#else
#define CHAR_MIN SCHAR_MIN
#define CHAR_MAX SCHAR_MAX
#endif
#define MB_LEN_MAX 16
#define SHRT_MIN (-32768)
#define SHRT_MAX 32767
#define USHRT_MAX 65535
#define INT_MIN (-2147483647 - 1)
#define INT_MAX 2147483647
#define UINT_MAX 4294967295U
#define LONG_MIN (-9223372036854775807L - 1)
#define LONG_MAX 9223372036854775807L
#define ULONG_MAX 18446744073709551615UL
#define LLONG_MIN (-9223372036854775807LL - 1)
#define LLONG_MAX 9223372036854775807LL
#define ULLONG_MAX 18446744073709551615ULL
#define SSIZE_MAX LONG_MAX
#define LONG_BIT 64
#define WORD_BIT 32

/* C2x's widths (TS 18661-1's before): glibc gives them under _GNU_SOURCE,
   __STDC_WANT_IEC_60559_BFP_EXT__ or -std=c2x, BOOL_* under _GNU_SOURCE,
   _ISOC2X_SOURCE or -std=c2x. */
#if defined _GNU_SOURCE || defined __STDC_WANT_IEC_60559_BFP_EXT__ || defined _ISOC2X_SOURCE \
    || (defined __STDC_VERSION__ && __STDC_VERSION__ > 201710L)
#define CHAR_WIDTH 8
#define SCHAR_WIDTH 8
#define UCHAR_WIDTH 8
#define SHRT_WIDTH 16
#define USHRT_WIDTH 16
#define INT_WIDTH 32
#define UINT_WIDTH 32
#define LONG_WIDTH 64
#define ULONG_WIDTH 64
#define LLONG_WIDTH 64
#define ULLONG_WIDTH 64
#endif
#if defined _GNU_SOURCE || defined _ISOC2X_SOURCE || (defined __STDC_VERSION__ && __STDC_VERSION__ > 201710L)
#define BOOL_MAX 1
#define BOOL_WIDTH 1
#endif

#define PATH_MAX 4096
#define NAME_MAX 255
#define PIPE_BUF 4096
#define ARG_MAX 131072

/*
 * Linux's run-time limits, as glibc's <limits.h> states them (programs size buffers by
 * these); PTHREAD_KEYS_MAX is this library's own (pthread.h says the same).
 */
#define HOST_NAME_MAX 64
#define LOGIN_NAME_MAX 256
#define TTY_NAME_MAX 32
#define NGROUPS_MAX 65536
#define IOV_MAX 1024
#define LINE_MAX 2048
#define RE_DUP_MAX 0x7fff
#define NZERO 20
#define PTHREAD_KEYS_MAX 128
#define PTHREAD_STACK_MIN 16384
#define SEM_VALUE_MAX 2147483647
#define DELAYTIMER_MAX 2147483647
#define MQ_PRIO_MAX 32768
#define XATTR_NAME_MAX 255
#define XATTR_SIZE_MAX 65536
#define CHARCLASS_NAME_MAX 2048
#define COLL_WEIGHTS_MAX 255
#define EXPR_NEST_MAX 32
#define BC_BASE_MAX 99
#define BC_DIM_MAX 2048
#define BC_SCALE_MAX 99
#define BC_STRING_MAX 1000

/* POSIX's guaranteed minimums (the smallest value any system may have). */
#define _POSIX_ARG_MAX 4096
#define _POSIX_CHILD_MAX 25
#define _POSIX_HOST_NAME_MAX 255
#define _POSIX_LOGIN_NAME_MAX 9
#define _POSIX_NAME_MAX 14
#define _POSIX_NGROUPS_MAX 8
#define _POSIX_OPEN_MAX 20
#define _POSIX_PATH_MAX 256
#define _POSIX_PIPE_BUF 512
#define _POSIX_SSIZE_MAX 32767
#define _POSIX_TTY_NAME_MAX 9
#define _POSIX2_LINE_MAX 2048
#define _POSIX2_RE_DUP_MAX 255

#endif
