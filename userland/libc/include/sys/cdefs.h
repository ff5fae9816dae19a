#ifndef _SYS_CDEFS_H
#define _SYS_CDEFS_H

/* The glibc decoration macros that portable programs sometimes use. */
#define __THROW
#define __wur
#define __nonnull(args)
#define __BEGIN_DECLS
#define __END_DECLS
#define __P(args) args
#define __PMT(args) args
#define __CONCAT(x, y) x ## y
#define __STRING(x) #x
#define __ptr_t void *
#define __attribute_pure__ __attribute__((__pure__))
#define __attribute_const__ __attribute__((__const__))
#define __attribute_malloc__ __attribute__((__malloc__))
#define __attribute_noinline__ __attribute__((__noinline__))
#define __attribute_deprecated__ __attribute__((__deprecated__))
#define __attribute_used__ __attribute__((__used__))
#define __always_inline __inline__ __attribute__((__always_inline__))
#define __glibc_unlikely(cond) __builtin_expect((cond), 0)
#define __glibc_likely(cond) __builtin_expect((cond), 1)

#endif
