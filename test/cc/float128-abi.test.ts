/**
 * _Float128 across the SysV ABI: half of a program compiled by gcc and half by tcc-lite,
 * both ways round, must print what the all-gcc build prints. Covers _Float128 in xmm
 * registers and on the stack, in structs (one register, or memory), mixed with other
 * arguments, through `...` (va_arg), as a callback's argument and result, and converted
 * to and from integers and long double. Both halves call libgcc's soft-float routines here.
 */
import { describeHalves } from './abi-halves.js';

describeHalves('_Float128 ABI against gcc', 'abi_f128_main.c', 'abi_f128_lib.c', 'abi-f128');
