/**
 * The macros gcc predefines for x86-64 Linux (`gcc -dM -E - </dev/null`), trimmed to what
 * C code and headers test, with the version tcc-lite claims: GCC 4.2 (kernels and libcs
 * check __GNUC__ to pick extensions). Type sizes follow the LP64 System V ABI.
 */
import { lexRules, standardOf, stdcVersion, usesGnu89Inline } from './standard.js';
import type { PositionIndependence } from '../cc/pic.js';

export interface PredefineOptions {
  std?: string;
  /** -fgnu89-inline (true) or -fno-gnu89-inline (false); undefined: by the standard. */
  gnu89Inline?: boolean;
  assembly?: boolean;
  /** -ffreestanding (false): __STDC_HOSTED__ is 0 and no libc's stdc-predef.h is read. */
  hosted?: boolean;
  /** The libc's headers are searched (no -nostdinc): their stdc-predef.h macros are in force. */
  libcHeaders?: boolean;
  /** -funsigned-char: __CHAR_UNSIGNED__. */
  unsignedChar?: boolean;
  /** -fpic/-fPIC: __pic__ and __PIC__; -fpie/-fPIE: __pie__ and __PIE__ as well. */
  positionIndependence?: PositionIndependence;
}

/** The gcc version tcc-lite claims (__GNUC__ and its kin; `cc -dumpversion` prints it). */
export const CLAIMED_GCC_VERSION = '4.2.1';
const [GNUC, GNUC_MINOR, GNUC_PATCHLEVEL] = CLAIMED_GCC_VERSION.split('.');

const TARGET_MACROS = `
__STDC__ 1
__GCC_IEC_559 2
__GCC_IEC_559_COMPLEX 2
__GNUC__ ${GNUC}
__GNUC_MINOR__ ${GNUC_MINOR}
__GNUC_PATCHLEVEL__ ${GNUC_PATCHLEVEL}
__VERSION__ "${CLAIMED_GCC_VERSION} (tcc-lite)"
__tcc_lite__ 1
__x86_64__ 1
__x86_64 1
__amd64__ 1
__amd64 1
__linux__ 1
__linux 1
__gnu_linux__ 1
__unix__ 1
__unix 1
__ELF__ 1
__LP64__ 1
_LP64 1
__CHAR_BIT__ 8
__SIZEOF_SHORT__ 2
__SIZEOF_INT__ 4
__SIZEOF_LONG__ 8
__SIZEOF_LONG_LONG__ 8
__SIZEOF_POINTER__ 8
__SIZEOF_FLOAT__ 4
__SIZEOF_DOUBLE__ 8
__SIZEOF_LONG_DOUBLE__ 16
__SIZEOF_SIZE_T__ 8
__SIZEOF_WCHAR_T__ 4
__SIZEOF_WINT_T__ 4
__SIZEOF_PTRDIFF_T__ 8
__SIZEOF_INT128__ 16
__BIGGEST_ALIGNMENT__ 16
__SCHAR_MAX__ 0x7f
__SHRT_MAX__ 0x7fff
__INT_MAX__ 0x7fffffff
__LONG_MAX__ 0x7fffffffffffffffL
__LONG_LONG_MAX__ 0x7fffffffffffffffLL
__WCHAR_MAX__ 0x7fffffff
__WCHAR_MIN__ (-__WCHAR_MAX__ - 1)
__WINT_MAX__ 0xffffffffU
__WINT_MIN__ 0U
__PTRDIFF_MAX__ 0x7fffffffffffffffL
__SIZE_MAX__ 0xffffffffffffffffUL
__INTMAX_MAX__ 0x7fffffffffffffffL
__UINTMAX_MAX__ 0xffffffffffffffffUL
__INTPTR_MAX__ 0x7fffffffffffffffL
__UINTPTR_MAX__ 0xffffffffffffffffUL
__INT8_MAX__ 0x7f
__INT16_MAX__ 0x7fff
__INT32_MAX__ 0x7fffffff
__INT64_MAX__ 0x7fffffffffffffffL
__UINT8_MAX__ 0xff
__UINT16_MAX__ 0xffff
__UINT32_MAX__ 0xffffffffU
__UINT64_MAX__ 0xffffffffffffffffUL
__SIZE_TYPE__ long unsigned int
__PTRDIFF_TYPE__ long int
__WCHAR_TYPE__ int
__WINT_TYPE__ unsigned int
__INTMAX_TYPE__ long int
__UINTMAX_TYPE__ long unsigned int
__CHAR16_TYPE__ short unsigned int
__CHAR32_TYPE__ unsigned int
__INT8_TYPE__ signed char
__INT16_TYPE__ short int
__INT32_TYPE__ int
__INT64_TYPE__ long int
__UINT8_TYPE__ unsigned char
__UINT16_TYPE__ short unsigned int
__UINT32_TYPE__ unsigned int
__UINT64_TYPE__ long unsigned int
__INTPTR_TYPE__ long int
__UINTPTR_TYPE__ long unsigned int
__INT8_C(c) c
__INT16_C(c) c
__INT32_C(c) c
__INT64_C(c) c ## L
__UINT8_C(c) c
__UINT16_C(c) c
__UINT32_C(c) c ## U
__UINT64_C(c) c ## UL
__INTMAX_C(c) c ## L
__UINTMAX_C(c) c ## UL
__ORDER_LITTLE_ENDIAN__ 1234
__ORDER_BIG_ENDIAN__ 4321
__ORDER_PDP_ENDIAN__ 3412
__BYTE_ORDER__ __ORDER_LITTLE_ENDIAN__
__FLOAT_WORD_ORDER__ __ORDER_LITTLE_ENDIAN__
__DBL_DECIMAL_DIG__ 17
__DBL_DENORM_MIN__ ((double)4.94065645841246544176568792868221372e-324L)
__DBL_DIG__ 15
__DBL_EPSILON__ ((double)2.22044604925031308084726333618164062e-16L)
__DBL_HAS_DENORM__ 1
__DBL_HAS_INFINITY__ 1
__DBL_HAS_QUIET_NAN__ 1
__DBL_MANT_DIG__ 53
__DBL_MAX_10_EXP__ 308
__DBL_MAX_EXP__ 1024
__DBL_MAX__ ((double)1.79769313486231570814527423731704357e+308L)
__DBL_MIN_10_EXP__ (-307)
__DBL_MIN_EXP__ (-1021)
__DBL_MIN__ ((double)2.22507385850720138309023271733240406e-308L)
__FINITE_MATH_ONLY__ 0
__FLT_DECIMAL_DIG__ 9
__FLT_DENORM_MIN__ 1.40129846432481707092372958328991613e-45F
__FLT_DIG__ 6
__FLT_EPSILON__ 1.19209289550781250000000000000000000e-7F
__FLT_EVAL_METHOD__ 0
__FLT_HAS_DENORM__ 1
__FLT_HAS_INFINITY__ 1
__FLT_HAS_QUIET_NAN__ 1
__FLT_MANT_DIG__ 24
__FLT_MAX_10_EXP__ 38
__FLT_MAX_EXP__ 128
__FLT_MAX__ 3.40282346638528859811704183484516925e+38F
__FLT_MIN_10_EXP__ (-37)
__FLT_MIN_EXP__ (-125)
__FLT_MIN__ 1.17549435082228750796873653722224568e-38F
__FLT_RADIX__ 2
__FLT128_MANT_DIG__ 113
__FLT128_DIG__ 33
__FLT128_MIN_EXP__ (-16381)
__FLT128_MIN_10_EXP__ (-4931)
__FLT128_MAX_EXP__ 16384
__FLT128_MAX_10_EXP__ 4932
__FLT128_DECIMAL_DIG__ 36
__FLT128_MAX__ 1.18973149535723176508575932662800702e+4932F128
__FLT128_NORM_MAX__ 1.18973149535723176508575932662800702e+4932F128
__FLT128_MIN__ 3.36210314311209350626267781732175260e-4932F128
__FLT128_EPSILON__ 1.92592994438723585305597794258492732e-34F128
__FLT128_DENORM_MIN__ 6.47517511943802511092443895822764655e-4966F128
__FLT128_HAS_DENORM__ 1
__FLT128_HAS_INFINITY__ 1
__FLT128_HAS_QUIET_NAN__ 1
__FLT128_IS_IEC_60559__ 2
__SIZEOF_FLOAT128__ 16
__GCC_ATOMIC_BOOL_LOCK_FREE 2
__GCC_ATOMIC_CHAR16_T_LOCK_FREE 2
__GCC_ATOMIC_CHAR32_T_LOCK_FREE 2
__GCC_ATOMIC_CHAR_LOCK_FREE 2
__GCC_ATOMIC_INT_LOCK_FREE 2
__GCC_ATOMIC_LLONG_LOCK_FREE 2
__GCC_ATOMIC_LONG_LOCK_FREE 2
__GCC_ATOMIC_POINTER_LOCK_FREE 2
__GCC_ATOMIC_SHORT_LOCK_FREE 2
__GCC_ATOMIC_TEST_AND_SET_TRUEVAL 1
__GCC_ATOMIC_WCHAR_T_LOCK_FREE 2
__GCC_HAVE_SYNC_COMPARE_AND_SWAP_1 1
__GCC_HAVE_SYNC_COMPARE_AND_SWAP_2 1
__GCC_HAVE_SYNC_COMPARE_AND_SWAP_4 1
__GCC_HAVE_SYNC_COMPARE_AND_SWAP_8 1
__INTMAX_WIDTH__ 64
__INTPTR_WIDTH__ 64
__INT_FAST16_MAX__ 0x7fffffffffffffffL
__INT_FAST16_TYPE__ long int
__INT_FAST16_WIDTH__ 64
__INT_FAST32_MAX__ 0x7fffffffffffffffL
__INT_FAST32_TYPE__ long int
__INT_FAST32_WIDTH__ 64
__INT_FAST64_MAX__ 0x7fffffffffffffffL
__INT_FAST64_TYPE__ long int
__INT_FAST64_WIDTH__ 64
__INT_FAST8_MAX__ 0x7f
__INT_FAST8_TYPE__ signed char
__INT_FAST8_WIDTH__ 8
__INT_LEAST16_MAX__ 0x7fff
__INT_LEAST16_TYPE__ short int
__INT_LEAST16_WIDTH__ 16
__INT_LEAST32_MAX__ 0x7fffffff
__INT_LEAST32_TYPE__ int
__INT_LEAST32_WIDTH__ 32
__INT_LEAST64_MAX__ 0x7fffffffffffffffL
__INT_LEAST64_TYPE__ long int
__INT_LEAST64_WIDTH__ 64
__INT_LEAST8_MAX__ 0x7f
__INT_LEAST8_TYPE__ signed char
__INT_LEAST8_WIDTH__ 8
__INT_WIDTH__ 32
__LDBL_DECIMAL_DIG__ 21
__LDBL_DENORM_MIN__ 3.64519953188247460252840593361941982e-4951L
__LDBL_DIG__ 18
__LDBL_EPSILON__ 1.08420217248550443400745280086994171e-19L
__LDBL_HAS_DENORM__ 1
__LDBL_HAS_INFINITY__ 1
__LDBL_HAS_QUIET_NAN__ 1
__LDBL_MANT_DIG__ 64
__LDBL_MAX_10_EXP__ 4932
__LDBL_MAX_EXP__ 16384
__LDBL_MAX__ 1.18973149535723176502126385303097021e+4932L
__LDBL_MIN_10_EXP__ (-4931)
__LDBL_MIN_EXP__ (-16381)
__LDBL_MIN__ 3.36210314311209350626267781732175260e-4932L
__LONG_LONG_WIDTH__ 64
__LONG_WIDTH__ 64
__PTRDIFF_WIDTH__ 64
__SCHAR_WIDTH__ 8
__SHRT_WIDTH__ 16
__SIG_ATOMIC_MAX__ 0x7fffffff
__SIG_ATOMIC_MIN__ (-__SIG_ATOMIC_MAX__ - 1)
__SIG_ATOMIC_TYPE__ int
__SIG_ATOMIC_WIDTH__ 32
__SIZE_WIDTH__ 64
__UINT_FAST16_MAX__ 0xffffffffffffffffUL
__UINT_FAST16_TYPE__ long unsigned int
__UINT_FAST32_MAX__ 0xffffffffffffffffUL
__UINT_FAST32_TYPE__ long unsigned int
__UINT_FAST64_MAX__ 0xffffffffffffffffUL
__UINT_FAST64_TYPE__ long unsigned int
__UINT_FAST8_MAX__ 0xff
__UINT_FAST8_TYPE__ unsigned char
__UINT_LEAST16_MAX__ 0xffff
__UINT_LEAST16_TYPE__ short unsigned int
__UINT_LEAST32_MAX__ 0xffffffffU
__UINT_LEAST32_TYPE__ unsigned int
__UINT_LEAST64_MAX__ 0xffffffffffffffffUL
__UINT_LEAST64_TYPE__ long unsigned int
__UINT_LEAST8_MAX__ 0xff
__UINT_LEAST8_TYPE__ unsigned char
__WCHAR_WIDTH__ 32
__WINT_WIDTH__ 32
__ATOMIC_RELAXED 0
__ATOMIC_CONSUME 1
__ATOMIC_ACQUIRE 2
__ATOMIC_RELEASE 3
__ATOMIC_ACQ_REL 4
__ATOMIC_SEQ_CST 5
__USER_LABEL_PREFIX__
__REGISTER_PREFIX__
__DATE__ "Aug 20 2016"
__TIME__ "12:00:00"
__TIMESTAMP__ "Sat Aug 20 12:00:00 2016"
`;

/**
 * What glibc's stdc-predef.h defines, which gcc reads before every hosted compile that
 * searches the libc's headers: SSE2 arithmetic follows IEC 60559 (Annex F and G), and
 * wchar_t holds ISO 10646 code points.
 */
const STDC_PREDEF_MACROS = [
  '__STDC_IEC_559__ 1',
  '__STDC_IEC_60559_BFP__ 201404L',
  '__STDC_IEC_559_COMPLEX__ 1',
  '__STDC_IEC_60559_COMPLEX__ 201404L',
  '__STDC_ISO_10646__ 201706L',
];

/** The predefined macros as `#define` lines (the dynamic ones, __FILE__..., are separate). */
export function predefinedSource(o: PredefineOptions): string {
  const lines = TARGET_MACROS.trim().split('\n');
  const hosted = o.hosted !== false;
  lines.push(`__STDC_HOSTED__ ${hosted ? 1 : 0}`);
  if (hosted && o.libcHeaders === true) lines.push(...STDC_PREDEF_MACROS);
  const standard = standardOf(o.std);
  // gcc's assembler-with-cpp has no C dialect: no __STDC_VERSION__, no literal encodings.
  const version = o.assembly ? undefined : stdcVersion(standard);
  if (version !== undefined) lines.push(`__STDC_VERSION__ ${version}`);
  // Which rules `inline` follows (C99's, or gnu89's: an extern definition per inline).
  lines.push(usesGnu89Inline(standard, o.gnu89Inline) ? '__GNUC_GNU_INLINE__ 1' : '__GNUC_STDC_INLINE__ 1');
  // char16_t/char32_t literals are UTF-16/32 where there are such literals (u"" U"").
  if (!o.assembly && lexRules(standard, false).unicodeLiterals) lines.push('__STDC_UTF_16__ 1', '__STDC_UTF_32__ 1');
  if (standard.gnu) lines.push('linux 1', 'unix 1');
  else lines.push('__STRICT_ANSI__ 1');
  // gcc says __OPTIMIZE__ at -O1 and above, and programs take it to mean that the optimizer
  // folds what it can prove: gcc's own tests then call a `link_error` that exists only
  // without it, or check that sin((float)x) became sinf. The code generator is the same at
  // every -O level and inlines nothing, so -O changes no macro: the program takes its
  // unoptimized branches, which are right for the code it gets.
  lines.push('__NO_INLINE__ 1');
  if (o.unsignedChar) lines.push('__CHAR_UNSIGNED__ 1');
  const pic = o.positionIndependence;
  if (pic !== undefined && pic.level > 0) {
    lines.push(`__pic__ ${pic.level}`, `__PIC__ ${pic.level}`);
    if (pic.pie) lines.push(`__pie__ ${pic.level}`, `__PIE__ ${pic.level}`);
  }
  if (o.assembly) lines.push('__ASSEMBLER__ 1');
  return lines.map((l) => `#define ${l}\n`).join('');
}
