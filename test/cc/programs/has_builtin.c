/*
 * __has_builtin answers as gcc 12 does for the builtins the compiler implements, so code
 * that picks a fast path with `#if __has_builtin(...)` takes the same path under both
 * compilers (and names outside the list still answer 0).
 */
#include <stdio.h>

#define ASK(name) printf("%-32s %d\n", #name, __has_builtin(name))

int main(void) {
    ASK(__builtin_expect);
    ASK(__builtin_unreachable);
    ASK(__builtin_clz);
    ASK(__builtin_popcountll);
    ASK(__builtin_bswap64);
    ASK(__builtin_add_overflow);
    ASK(__builtin_umull_overflow);
    ASK(__builtin_constant_p);
    ASK(__builtin_choose_expr);
    ASK(__builtin_types_compatible_p);
    ASK(__builtin_offsetof);
    ASK(__builtin_va_start);
    ASK(__builtin_isnan);
    ASK(__builtin_memcpy);
    ASK(__builtin_powi);
    ASK(__sync_fetch_and_add);
    ASK(__sync_bool_compare_and_swap);
    ASK(__atomic_load_n);
    ASK(__atomic_fetch_or);
    ASK(memcpy);
    ASK(alloca);
    /* not builtins */
    ASK(__builtin_no_such_thing);
    ASK(__builtin_constructor);
    ASK(__builtin_toString);
    ASK(my_function);
#if __has_builtin(__builtin_mul_overflow)
    int r;
    printf("overflow %d\n", __builtin_mul_overflow(1 << 30, 8, &r));
#else
    printf("no overflow builtin\n");
#endif
    return 0;
}
