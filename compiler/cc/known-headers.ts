/**
 * The standard headers gcc 12 names when a program uses one of their names without
 * including them: "'size_t' is defined in header '<stddef.h>'; did you forget to '#include
 * <stddef.h>'?", after "unknown type name 'size_t'" or "'NULL' undeclared". These are the
 * names gcc's own list (c-family/known-headers.cc) holds for C, as gcc 12 on this machine
 * answers for each; a call of an undeclared function has builtin-names.ts's note instead.
 */
const NAMES_OF: Record<string, string> = {
  '<assert.h>': 'assert',
  '<errno.h>': 'errno',
  '<float.h>': 'DBL_MAX DBL_MIN FLT_MAX FLT_MIN LDBL_MAX',
  '<limits.h>': 'CHAR_BIT CHAR_MAX CHAR_MIN INT_MAX INT_MIN LLONG_MAX LLONG_MIN LONG_MAX LONG_MIN MB_LEN_MAX SCHAR_MAX SCHAR_MIN ' +
    'SHRT_MAX SHRT_MIN UCHAR_MAX UINT_MAX ULLONG_MAX ULONG_MAX USHRT_MAX',
  '<stdarg.h>': 'va_list',
  '<stdbool.h>': 'bool false true',
  '<stddef.h>': 'NULL offsetof ptrdiff_t size_t wchar_t',
  '<stdint.h>': 'INT8_MAX INT16_MAX INT32_MAX INT64_MAX INTPTR_MAX PTRDIFF_MAX PTRDIFF_MIN SIG_ATOMIC_MAX SIG_ATOMIC_MIN SIZE_MAX ' +
    'UINT8_MAX UINT16_MAX UINT32_MAX UINT64_MAX UINTPTR_MAX WINT_MAX WINT_MIN ' +
    'int8_t int16_t int32_t int64_t intptr_t uint8_t uint16_t uint32_t uint64_t uintptr_t',
  '<stdio.h>': 'BUFSIZ EOF FILE FILENAME_MAX fopen fpos_t getchar printf snprintf sprintf stderr stdin stdout',
  '<stdlib.h>': 'EXIT_FAILURE EXIT_SUCCESS abort atexit calloc exit free getenv malloc realloc',
  '<string.h>': 'memchr memcmp memcpy memmove memset strcat strchr strcmp strcpy strlen strncat strncmp strncpy strrchr strspn strstr',
  '<time.h>': 'asctime clock clock_t ctime difftime gmtime localtime mktime strftime time time_t tm',
  '<wchar.h>': 'WCHAR_MAX WCHAR_MIN',
};

const headerOf = new Map<string, string>();
for (const [header, names] of Object.entries(NAMES_OF)) for (const name of names.split(' ')) headerOf.set(name, header);

/** <inttypes.h>'s printf and scanf conversions of the exact-width and pointer types (not the LEAST, FAST and MAX ones; scanf has no X). */
const FORMAT_MACRO = /^(?:PRI[diouxX]|SCN[dioux])(?:8|16|32|64|PTR)$/;

/** The header gcc names for `name`, or undefined. */
export function knownHeaderOf(name: string): string | undefined {
  return headerOf.get(name) ?? (FORMAT_MACRO.test(name) ? '<inttypes.h>' : undefined);
}
