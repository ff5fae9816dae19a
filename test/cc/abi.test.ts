/**
 * SysV ABI interoperability: half of a program compiled by gcc and half by tcc-lite,
 * both ways round, must behave exactly like the all-gcc build.
 */
import { describeHalves } from './abi-halves.js';

describeHalves('struct/float/varargs ABI against gcc', 'abi_main.c', 'abi_lib.c', 'abi');
