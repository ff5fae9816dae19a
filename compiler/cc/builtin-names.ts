/**
 * The names of the GNU builtins the compiler implements, as plain data with no imports, so
 * the preprocessor's `__has_builtin` can answer from the same lists the parser dispatches
 * on without loading the compiler (builtins.ts and atomic.ts use these).
 */

/** Expanded by the code generator (genBuiltin). */
export const inlineBuiltins = new Set([
  '__builtin_unreachable', '__builtin_trap', '__builtin_frame_address', '__builtin_return_address',
  '__builtin_bswap16', '__builtin_bswap32', '__builtin_bswap64',
  '__builtin_clz', '__builtin_clzl', '__builtin_clzll', '__builtin_ctz', '__builtin_ctzl', '__builtin_ctzll',
  '__builtin_popcount', '__builtin_popcountl', '__builtin_popcountll', '__builtin_ffs', '__builtin_ffsl',
  '__builtin_ffsll', '__builtin_prefetch', '__builtin_alloca', '__builtin_setjmp', '__builtin_longjmp',
  '__builtin___clear_cache', '__builtin_alloca_with_align', '__builtin_alloca_with_align_and_max',
]);

/** Handled by the parser itself (they need the arguments' syntax or compile-time values). */
export const parserBuiltins = new Set([
  '__builtin_expect', '__builtin_constant_p', '__builtin_va_start', '__builtin_va_end', '__builtin_va_copy',
  '__builtin_assume_aligned', '__builtin_choose_expr', '__builtin_shuffle',
  '__builtin_call_with_static_chain', '__builtin_tgmath', '__builtin_apply_args', '__builtin_apply', '__builtin_return',
]);

/** Lowered to ordinary nodes by lowerBuiltin (builtins.ts). */
export const loweredBuiltins = new Set([
  '__builtin_parity', '__builtin_parityl', '__builtin_parityll', '__builtin_bswap128', '__builtin_classify_type',
  '__builtin_expect_with_probability', '__builtin_speculation_safe_value', '__builtin_extract_return_addr', '__builtin_frob_return_addr',
  '__builtin_huge_val', '__builtin_huge_valf', '__builtin_huge_vall', '__builtin_inf', '__builtin_inff',
  '__builtin_infl', '__builtin_nan', '__builtin_nanf', '__builtin_nanl', '__builtin_nans', '__builtin_nansf', '__builtin_nansl', '__builtin_complex',
  '__builtin_isnan', '__builtin_isinf', '__builtin_isfinite', '__builtin_signbit', '__builtin_signbitf',
  '__builtin_signbitl', '__builtin_object_size', '__builtin_dynamic_object_size', '__builtin_isunordered', '__builtin_isgreater',
  '__builtin_isgreaterequal', '__builtin_isless', '__builtin_islessequal', '__builtin_islessgreater',
  '__builtin_isnormal', '__builtin_fpclassify', '__builtin_isinff', '__builtin_isinfl', '__builtin_isinf_sign',
  '__builtin_isnanf', '__builtin_isnanl', '__builtin_finite', '__builtin_finitef', '__builtin_finitel',
  '__builtin_isfinitef', '__builtin_isfinitel', '__builtin_clrsb', '__builtin_clrsbl', '__builtin_clrsbll',
  ...['creal', 'cimag', 'conj'].flatMap((f) => [`__builtin_${f}`, `__builtin_${f}f`, `__builtin_${f}l`]),
  '__builtin_add_overflow', '__builtin_sub_overflow', '__builtin_mul_overflow',
  '__builtin_add_overflow_p', '__builtin_sub_overflow_p', '__builtin_mul_overflow_p',
  ...['add', 'sub', 'mul'].flatMap((op) =>
    ['s', 'u'].flatMap((s) => ['', 'l', 'll'].map((w) => `__builtin_${s}${op}${w}_overflow`))),
  // _Float128's (builtins-float128.ts), in gcc's two spellings: __builtin_inff128, __builtin_infq.
  ...['inf', 'huge_val', 'nan', 'nans', 'fabs', 'copysign'].flatMap((f) => [`__builtin_${f}f128`, `__builtin_${f}q`]),
]);

// Prototypes in a compact notation: return type, then parameter types; '.' marks `...`.
// v void, i int, u unsigned, l long, L long long, z size_t, p void *, c char *, P const void *, C const char *,
// d double, f float, e long double, I int *, D double *, G float *, E long double *, V va_list; F a
// FILE *, void * to a call without a declaration, any pointer to a declaration (as gcc's
// builtin_structptr_types: builtin-declarations.ts).
export const librarySignatures: Record<string, string> = {
  abort: 'v', exit: 'vi', _exit: 'vi', abs: 'ii', labs: 'll', llabs: 'LL', imaxabs: 'll',
  memcpy: 'ppPz', memmove: 'ppPz', memset: 'ppiz', memcmp: 'iPPz', memchr: 'pPiz', mempcpy: 'ppPz',
  bzero: 'vpz', bcmp: 'iPPz', bcopy: 'vPpz',
  strlen: 'zC', strnlen: 'zCz', strcpy: 'ccC', strncpy: 'ccCz', stpcpy: 'ccC', strcat: 'ccC', strncat: 'ccCz',
  strcmp: 'iCC', strncmp: 'iCCz', strcasecmp: 'iCC', strncasecmp: 'iCCz', strchr: 'cCi', strrchr: 'cCi',
  strstr: 'cCC', strdup: 'cC', strndup: 'cCz', strspn: 'zCC', strcspn: 'zCC', strpbrk: 'cCC', index: 'cCi', rindex: 'cCi',
  printf: 'iC.', sprintf: 'icC.', snprintf: 'iczC.', fprintf: 'iFC.', vprintf: 'iCV', vsprintf: 'icCV',
  vsnprintf: 'iczCV', vfprintf: 'iFCV', puts: 'iC', putchar: 'ii', fputs: 'iCF', fputc: 'iiF', putc: 'iiF',
  fwrite: 'zPzzF', scanf: 'iC.', sscanf: 'iCC.',
  malloc: 'pz', calloc: 'pzz', realloc: 'ppz', free: 'vp',
  isalnum: 'ii', isalpha: 'ii', isascii: 'ii', isblank: 'ii', iscntrl: 'ii', isdigit: 'ii', isgraph: 'ii',
  islower: 'ii', isprint: 'ii', ispunct: 'ii', isspace: 'ii', isupper: 'ii', isxdigit: 'ii',
  toupper: 'ii', tolower: 'ii', toascii: 'ii',
  ldexp: 'ddi', ldexpf: 'ffi', ldexpl: 'eei', frexp: 'ddI', frexpf: 'ffI', frexpl: 'eeI',
  modf: 'ddD', modff: 'ffG', modfl: 'eeE', lround: 'ld', lroundf: 'lf', lrint: 'ld', lrintf: 'lf',
  llround: 'Ld', llrint: 'Ld', stpncpy: 'ccCz',
  // The object-size checking forms (`__builtin___memcpy_chk`): gcc -O0 calls the C library's
  // checking function whenever it cannot prove the copy fits, and so do we, always.
  __memcpy_chk: 'ppPzz', __memmove_chk: 'ppPzz', __mempcpy_chk: 'ppPzz', __memset_chk: 'ppizz',
  __strcpy_chk: 'ccCz', __stpcpy_chk: 'ccCz', __strcat_chk: 'ccCz',
  __strncpy_chk: 'ccCzz', __stpncpy_chk: 'ccCzz', __strncat_chk: 'ccCzz',
  __sprintf_chk: 'icizC.', __snprintf_chk: 'iczizC.', __vsprintf_chk: 'icizCV', __vsnprintf_chk: 'iczizCV',
  __printf_chk: 'iiC.', __fprintf_chk: 'iFiC.', __vprintf_chk: 'iiCV', __vfprintf_chk: 'iFiCV',
};
// The <math.h> functions of one or two arguments, in their double, float and long double forms.
for (const f of ['fabs', 'sqrt', 'floor', 'ceil', 'trunc', 'round', 'rint', 'nearbyint', 'exp', 'exp2', 'log',
  'log2', 'log10', 'sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'sinh', 'cosh', 'tanh', 'cbrt', 'expm1', 'log1p',
  'asinh', 'acosh', 'atanh', 'erf', 'erfc', 'lgamma', 'tgamma', 'logb', 'exp10']) {
  librarySignatures[f] = 'dd';
  librarySignatures[`${f}f`] = 'ff';
  librarySignatures[`${f}l`] = 'ee';
}
// The Bessel functions (POSIX's, in gcc's builtins too).
for (const f of ['j0', 'j1', 'y0', 'y1']) {
  librarySignatures[f] = 'dd';
  librarySignatures[`${f}f`] = 'ff';
  librarySignatures[`${f}l`] = 'ee';
}
for (const f of ['jn', 'yn']) {
  librarySignatures[f] = 'did';
  librarySignatures[`${f}f`] = 'fif';
  librarySignatures[`${f}l`] = 'eie';
}
for (const f of ['pow', 'fmod', 'atan2', 'copysign', 'fmin', 'fmax', 'hypot', 'remainder', 'nextafter', 'fdim']) {
  librarySignatures[f] = 'ddd';
  librarySignatures[`${f}f`] = 'fff';
  librarySignatures[`${f}l`] = 'eee';
}

/**
 * The header gcc 12 names when one of these functions is called without a declaration
 * ("include '<stdlib.h>' or provide a declaration of 'malloc'"): its builtins from the
 * C standard. GNU and POSIX ones (strdup, bzero, exp10, _exit) get no such note.
 */
const HEADER_OF: Record<string, readonly string[]> = {
  '<stdlib.h>': ['abort', 'abs', 'calloc', 'exit', 'free', 'labs', 'llabs', 'malloc', 'realloc'],
  '<inttypes.h>': ['imaxabs'],
  '<string.h>': ['memchr', 'memcmp', 'memcpy', 'memmove', 'memset', 'strcat', 'strchr', 'strcmp', 'strcpy', 'strcspn',
    'strlen', 'strncat', 'strncmp', 'strncpy', 'strpbrk', 'strrchr', 'strspn', 'strstr'],
  '<stdio.h>': ['fprintf', 'fputc', 'fputs', 'fwrite', 'printf', 'putc', 'putchar', 'puts', 'scanf', 'snprintf', 'sprintf',
    'sscanf', 'vfprintf', 'vprintf', 'vsnprintf', 'vsprintf'],
  '<ctype.h>': ['isalnum', 'isalpha', 'isblank', 'iscntrl', 'isdigit', 'isgraph', 'islower', 'isprint', 'ispunct', 'isspace',
    'isupper', 'isxdigit', 'tolower', 'toupper'],
};
const libraryHeaders = new Map<string, string>();
for (const [header, names] of Object.entries(HEADER_OF)) for (const n of names) libraryHeaders.set(n, header);
// <math.h>'s (exp10 is GNU's: no note).
for (const f of Object.keys(librarySignatures)) {
  const math = /^(?:fabs|sqrt|floor|ceil|trunc|round|rint|nearbyint|exp2?|expm1|log(?:2|10|1p|b)?|a?(?:sin|cos|tan)h?|atan2|cbrt|erfc?|lgamma|tgamma|pow|fmod|copysign|fmin|fmax|hypot|remainder|nextafter|fdim|ldexp|frexp|modf)[fl]?$|^l?l(?:round|rint)f?$/;
  if (math.test(f)) libraryHeaders.set(f, '<math.h>');
}

/** The standard header declaring library function `name`, as gcc's notes name it (see HEADER_OF). */
export function libraryHeader(name: string): string | undefined {
  return libraryHeaders.get(name);
}

// gcc documents no precision or rounding for __builtin_powi ("unlike the pow function"),
// so the library's pow, with the exponent converted to floating point, is a faithful one.
export const libraryAliases: Record<string, string> = { powi: 'pow', powif: 'powf', powil: 'powl' };

const RMW_OPS = new Set<string>(['add', 'sub', 'and', 'or', 'xor', 'nand']);

/** The operation and argument count (memory orders included) of an atomic builtin. */
export function atomicShape(name: string): { op: string; argc: number } | undefined {
  let m = /^__atomic_(fetch_(\w+)|(\w+)_fetch)$/.exec(name);
  if (m && RMW_OPS.has(m[2] ?? m[3])) return { op: m[2] ? `fetch_${m[2]}` : `${m[3]}_fetch`, argc: 3 };
  m = /^__sync_(fetch_and_(\w+)|(\w+)_and_fetch)$/.exec(name);
  if (m && RMW_OPS.has(m[2] ?? m[3])) return { op: m[2] ? `fetch_${m[2]}` : `${m[3]}_fetch`, argc: 2 };
  switch (name) {
    case '__atomic_load_n': return { op: 'load', argc: 2 };
    case '__atomic_store_n': return { op: 'store', argc: 3 };
    case '__atomic_exchange_n': return { op: 'xchg', argc: 3 };
    case '__atomic_compare_exchange_n': return { op: 'cmpxchg_ptr', argc: 6 };
    // The generic forms, which pass values through pointers (atomic.ts lowerGeneric).
    case '__atomic_load': return { op: 'generic_load', argc: 3 };
    case '__atomic_store': return { op: 'generic_store', argc: 3 };
    case '__atomic_exchange': return { op: 'generic_xchg', argc: 4 };
    case '__atomic_compare_exchange': return { op: 'generic_cmpxchg', argc: 6 };
    case '__atomic_test_and_set': return { op: 'test_and_set', argc: 2 };
    case '__atomic_clear': return { op: 'clear', argc: 2 };
    case '__atomic_thread_fence': return { op: 'fence', argc: 1 };
    case '__atomic_signal_fence': return { op: 'signal_fence', argc: 1 };
    case '__sync_synchronize': return { op: 'fence', argc: 0 };
    case '__sync_lock_test_and_set': return { op: 'xchg', argc: 2 };
    case '__sync_lock_release': return { op: 'clear', argc: 1 };
    case '__sync_bool_compare_and_swap': return { op: 'cas_bool', argc: 3 };
    case '__sync_val_compare_and_swap': return { op: 'cas_val', argc: 3 };
    default: return undefined;
  }
}

/**
 * Keywords of gcc's that `__has_builtin` also names (gcc 12 answers 1 for these). We answer
 * 1 for `__builtin_va_arg` too, as clang does and as this preprocessor always has (gcc 12
 * says 0): it is implemented, and code asking wants to know that.
 */
const builtinKeywords = new Set(['__builtin_offsetof', '__builtin_types_compatible_p', '__builtin_convertvector', '__builtin_va_arg']);

/**
 * gcc's `__has_builtin(name)`: whether the compiler implements `__builtin_X`, an atomic
 * builtin, one of the keywords above, or a C library function it knows as a builtin
 * (`memcpy` and `__builtin_memcpy` alike, as gcc; `alloca` is the builtin alloca).
 */
export function isKnownBuiltin(name: string): boolean {
  if (inlineBuiltins.has(name) || parserBuiltins.has(name) || loweredBuiltins.has(name)) return true;
  if (builtinKeywords.has(name) || atomicShape(name) !== undefined || name === 'alloca') return true;
  const prefixed = name.startsWith('__builtin_');
  const raw = prefixed ? name.slice('__builtin_'.length) : name;
  return Object.hasOwn(librarySignatures, prefixed ? (libraryAliases[raw] ?? raw) : raw);
}
