/* No include guard: NDEBUG may change between inclusions, as C requires. */
#undef assert

void __assert_fail(const char *expr, const char *file, int line, const char *func)
    __attribute__((noreturn));

/*
 * tcc-lite does not know C99's __func__ yet (noted for the compiler): its
 * messages leave the function name out; the rest is glibc's message.
 */
#if defined(__tcc_lite__)
#define __ASSERT_FUNCTION ((const char *)0)
#else
#define __ASSERT_FUNCTION __func__
#endif

#ifdef NDEBUG
#define assert(e) ((void)0)
#else
#define assert(e) ((e) ? (void)0 : __assert_fail(#e, __FILE__, __LINE__, __ASSERT_FUNCTION))
#endif

#if !defined(__cplusplus) && __STDC_VERSION__ >= 201112L && !defined(static_assert)
#define static_assert _Static_assert
#endif
