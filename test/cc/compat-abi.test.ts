/**
 * What gcc's own compat suites (gcc.dg/compat: struct-layout-1, run half gcc and half
 * tcc-lite) found: a struct that is one long double comes back in %st0, while a union of one
 * with integers travels in two registers; an eightbyte of padding travels in none; a member
 * misaligned for its size, or gcc's reading of a zero-length array, sends a record to memory;
 * `packed` among the specifiers packs the member; an aligned attribute after `*` sets the
 * pointer's alignment; bit-fields of types aligned above or below their size, or as wide as
 * an int, go where gcc puts them; `aligned` on `:0` moves the next member; `_Alignof` of a
 * member is its alignment in the record. Each half prints the layouts it sees and the values
 * it receives.
 */
import { describeHalves } from './abi-halves.js';

describeHalves('gcc compat-suite cases against gcc', 'abi_compat_main.c', 'abi_compat_lib.c', 'compat-abi');
