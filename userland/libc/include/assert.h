/* No include guard: NDEBUG may change between inclusions, as C requires. */
#undef assert

void __assert_fail(const char *expr, const char *file, int line, const char *func)
    __attribute__((noreturn));

/* Like glibc's, the message names the function the assertion is in. */
#define __ASSERT_FUNCTION __func__

#ifdef NDEBUG
#define assert(e) ((void)0)
#else
#define assert(e) ((e) ? (void)0 : __assert_fail(#e, __FILE__, __LINE__, __ASSERT_FUNCTION))
#endif

/* gcc's default dialect is C17, where <assert.h> provides static_assert; the keyword it
   names works in every dialect here, so offer it whatever __STDC_VERSION__ says. */
#if !defined(__cplusplus) && !defined(static_assert)
#define static_assert _Static_assert
#endif
