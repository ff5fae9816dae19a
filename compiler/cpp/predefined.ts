/**
 * The macros gcc predefines for x86-64 Linux (`gcc -dM -E - </dev/null`), trimmed to what
 * C code and headers test, with the version tcc-lite claims: GCC 4.2 (kernels and libcs
 * check __GNUC__ to pick extensions). Type sizes follow the LP64 System V ABI.
 */

export interface PredefineOptions {
  std?: string;
  optimize?: number;
  assembly?: boolean;
}

/** __STDC_VERSION__ for a -std= value; undefined for C90. */
function stdcVersion(std: string): string | undefined {
  const v = std.replace(/^(c|gnu|iso9899:)/, '');
  if (v === '89' || v === '90' || v === '1990' || v === '199409') return undefined;
  if (v === '99' || v === '9x' || v === '1999' || v === '199901') return '199901L';
  if (v === '11' || v === '1x' || v === '2011') return '201112L';
  if (v === '17' || v === '18' || v === '2017' || v === '2018') return '201710L';
  return '202000L';
}

const TARGET_MACROS = `
__STDC__ 1
__STDC_HOSTED__ 1
__STDC_UTF_16__ 1
__STDC_UTF_32__ 1
__GNUC__ 4
__GNUC_MINOR__ 2
__GNUC_PATCHLEVEL__ 1
__GNUC_STDC_INLINE__ 1
__VERSION__ "4.2.1 (tcc-lite)"
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

/** The predefined macros as `#define` lines (the dynamic ones, __FILE__..., are separate). */
export function predefinedSource(o: PredefineOptions): string {
  const lines = TARGET_MACROS.trim().split('\n');
  const std = o.std ?? 'gnu99';
  const version = stdcVersion(std);
  if (version !== undefined) lines.push(`__STDC_VERSION__ ${version}`);
  if (std.startsWith('gnu')) lines.push('linux 1', 'unix 1');
  else if (o.std !== undefined) lines.push('__STRICT_ANSI__ 1');
  lines.push((o.optimize ?? 0) > 0 ? '__OPTIMIZE__ 1' : '__NO_INLINE__ 1');
  if (o.assembly) lines.push('__ASSEMBLER__ 1');
  return lines.map((l) => `#define ${l}\n`).join('');
}
