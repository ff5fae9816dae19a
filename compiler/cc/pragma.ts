/**
 * `#pragma pack`: the preprocessor passes pragmas through, the lexer sets them aside with
 * the linemarkers, and struct layout asks which packing was in force where a struct's
 * keyword stands. Forms as gcc: pack(N), pack(), pack(push[, N]), pack(pop).
 */
import type { IToken } from './chevrotain.js';
import { errorAt } from './report.js';

/** Maximum member alignment at a source offset; undefined where no pack is in force. */
export type PackAt = (offset: number) => number | undefined;

export function packTable(directives: IToken[]): PackAt {
  const changes: { offset: number; pack: number | undefined }[] = [];
  const stack: (number | undefined)[] = [];
  let current: number | undefined;
  for (const d of directives) {
    const m = /^#\s*pragma\s+pack\s*\(\s*([^)]*)\)/.exec(d.image);
    if (!m) continue;
    const args = m[1].split(',').map((s) => s.trim()).filter((s) => s !== '');
    if (args[0] === 'push') {
      stack.push(current);
      if (args[1] !== undefined) current = packValue(args[1], current);
    } else if (args[0] === 'pop') {
      current = stack.pop();
    } else {
      current = args.length === 0 ? undefined : packValue(args[0], current);
    }
    changes.push({ offset: d.startOffset, pack: current });
  }
  if (changes.length === 0) return () => undefined;
  return (offset) => inForceAt(changes, offset)?.pack;
}

/** The last of `changes` (in source order) at or before source offset `offset`. */
export function inForceAt<T extends { offset: number }>(changes: readonly T[], offset: number): T | undefined {
  let last: T | undefined;
  for (const c of changes) {
    if (c.offset > offset) break;
    last = c;
  }
  return last;
}

/**
 * `#pragma scalar_storage_order big-endian` would have every field of the structs that
 * follow byte-swapped; ignored, the program would quietly compute something else.
 * (little-endian, x86's own order, and default change nothing.)
 */
export function refuseByteSwappedStructs(directives: IToken[]): void {
  for (const d of directives) {
    if (/^#\s*pragma\s+scalar_storage_order\s+big-endian\b/.test(d.image)) {
      errorAt(d, "'#pragma scalar_storage_order big-endian' is not supported by tcc-lite");
    }
  }
}

function packValue(text: string, current: number | undefined): number | undefined {
  const n = Number(text);
  if (n === 0 && text.trim() !== '') return undefined; // pack(0) restores the default, as pack()
  return Number.isInteger(n) && n > 0 && (n & (n - 1)) === 0 ? n : current;
}

/** A preprocessing token of a pragma's line, where it starts in the line. */
export interface PragmaToken {
  text: string;
  at: number;
}

const PP_TOKEN = /[A-Za-z_$][\w$]*|\.?\d(?:[eEpP][+-]|[\w.])*|"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|\S/y;

/** The preprocessing tokens of a pragma line from `from` on (enough of C's rules to tell names, numbers, strings and punctuators apart). */
export function pragmaTokens(line: string, from: number): PragmaToken[] {
  const out: PragmaToken[] = [];
  for (let i = from; i < line.length; ) {
    const c = line.charCodeAt(i);
    if (c === 32 || c === 9) {
      i++;
      continue;
    }
    PP_TOKEN.lastIndex = i;
    const m = PP_TOKEN.exec(line)!;
    out.push({ text: m[0], at: i });
    i += m[0].length;
  }
  return out;
}

/** Whether a pragma token is a name. */
export function isPragmaName(t: PragmaToken | undefined): t is PragmaToken {
  return t !== undefined && /^[A-Za-z_$]/.test(t.text);
}
