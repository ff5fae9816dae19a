/**
 * -finstrument-functions, as gcc does it: every function calls
 * `__cyg_profile_func_enter(this_fn, call_site)` once its arguments are in place and
 * `__cyg_profile_func_exit(this_fn, call_site)` on the way out, call_site being its own
 * return address. Left out: functions with `__attribute__((no_instrument_function))`, those
 * whose name contains a string of -finstrument-functions-exclude-function-list, those
 * defined in a file whose path contains one of -finstrument-functions-exclude-file-list,
 * and naked functions (no frame to call from). The libc has do-nothing definitions of the
 * two hooks, as glibc has, for programs that want only some other effect of the option.
 */
import type { Obj } from './ast.js';
import { classify, returnsInMemory, x87ReturnRegisters } from './abi.js';
import type { Gen } from './codegen-state.js';
import { addressInto } from './pic.js';
import { locationOf } from './report.js';
import { isAggregate, isFlonum, type Type } from './types.js';

export interface Instrumentation {
  /** Substrings of function names left out. */
  excludeFunctions: string[];
  /** Substrings of source file paths whose functions are left out. */
  excludeFiles: string[];
}

/** Bytes of the frame that keep the return value across the exit hook (see exitHook). */
export const RETURN_SAVE_BYTES = 48;

export function isInstrumented(g: Gen, fn: Obj): boolean {
  const opts = g.opts.instrument;
  if (opts === undefined || fn.noInstrument || fn.isNaked) return false;
  const name = fn.tok?.image ?? fn.name;
  if (opts.excludeFunctions.some((s) => name.includes(s))) return false;
  if (opts.excludeFiles.length > 0 && fn.tok) {
    const file = locationOf(fn.tok).file;
    if (opts.excludeFiles.some((s) => file.includes(s))) return false;
  }
  return true;
}

function hookCall(fn: Obj, hook: string): string[] {
  return ['\tmov 8(%rbp), %rsi', addressInto(fn, '%rdi'), `\tcall ${hook}`];
}

/** After the arguments are stored (every argument register is free again). */
export function enterHook(fn: Obj): string[] {
  return hookCall(fn, '__cyg_profile_func_enter');
}

/**
 * At the return label, the value is in its return registers (rax/rdx, xmm0/xmm1, or the
 * x87 stack, which must be empty at a call): it is kept in the frame at `save(%rbp)`
 * (RETURN_SAVE_BYTES) across the hook.
 */
export function exitHook(g: Gen, fn: Obj, save: number): string[] {
  const ret = fn.ty.returnType!;
  if (ret.kind === 'void') return hookCall(fn, '__cyg_profile_func_exit');
  const x87 = x87Values(ret);
  const store: string[] = [];
  const load: string[] = [];
  if (x87 > 0) {
    for (let i = 0; i < x87; i++) {
      store.push(`\tfstpt ${save + 16 * i}(%rbp)`);
      load.unshift(`\tfldt ${save + 16 * i}(%rbp)`);
    }
  } else {
    store.push(`\tmov %rax, ${save}(%rbp)`, `\tmov %rdx, ${save + 8}(%rbp)`);
    load.push(`\tmov ${save}(%rbp), %rax`, `\tmov ${save + 8}(%rbp), %rdx`);
    if (g.opts.noFloat === undefined && usesSse(ret)) {
      store.push(`\tmovdqu %xmm0, ${save + 16}(%rbp)`, `\tmovdqu %xmm1, ${save + 32}(%rbp)`);
      load.push(`\tmovdqu ${save + 16}(%rbp), %xmm0`, `\tmovdqu ${save + 32}(%rbp), %xmm1`);
    }
  }
  return [...store, ...hookCall(fn, '__cyg_profile_func_exit'), ...load];
}

/** How many x87 registers the value comes back in: long double 1, its complex 2. */
function x87Values(ty: Type): number {
  return ty.kind === 'ldouble' ? 1 : x87ReturnRegisters(ty);
}

/** Whether any part of the value comes back in an SSE register. */
function usesSse(ty: Type): boolean {
  return isFlonum(ty) || (isAggregate(ty) && !returnsInMemory(ty) && classify(ty).includes('SSE'));
}
