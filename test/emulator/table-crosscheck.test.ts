// The "cannot drift" proof for issue 4: the assembler's encoder and the emulator's
// decoder read the same table (x86/table.ts). For every form of the table, and for a
// sample of test/asm's generated instructions, the bytes our encoder writes must decode
// in the emulator to the same length, the same form and the same operands.

import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allForms, type InstrForm, type OperandKind } from '../../x86/table.js';
import { encodeInstruction, EncodeError, type Operand } from '../../compiler/x86/encoder.js';
import { lookupRegister, type Register } from '../../compiler/x86/registers.js';
import { decodeOperandsAt, decodeInstruction } from '../../emulator/cpu/decode.js';
import { OpcodeMap, semanticKey } from '../../emulator/cpu/opcode-map.js';
import { binderOf, implementedKeys } from '../../emulator/cpu/handler-map.js';
import { undefinedOpcode } from '../../emulator/cpu/ops-system.js';
import { NO_REG } from '../../emulator/cpu/insn.js';
import { assemble } from '../../compiler/asm/index.js';
import { generateInstructions } from '../asm/generator.js';
import { makeTempDir } from './helpers.js';

type Op = Operand<never>;

const reg = (name: string): Register => {
  const r = lookupRegister(name);
  if (r === undefined) throw new Error(`no register ${name}`);
  return r;
};
const regOp = (name: string, indirect = false): Op => ({ type: 'reg', reg: reg(name), indirect });
const memOp = (indirect = false): Op => ({
  type: 'mem', seg: null, base: reg('r13'), index: reg('r9'), scale: 4, disp: { k: 0x1234n, e: null }, indirect, bare: false,
});
const absOp = (): Op => ({ type: 'mem', seg: null, base: null, index: null, scale: 1, disp: { k: 0x1122334455667788n, e: null }, indirect: false, bare: false });
const immOp = (k: bigint): Op => ({ type: 'imm', value: { k, e: null } });

const GPR: Record<number, string[]> = {
  1: ['al', 'cl', 'dl', 'bl', 'spl', 'bpl', 'sil', 'dil', 'r8b', 'r9b', 'r10b', 'r11b', 'r12b', 'r13b', 'r14b', 'r15b'],
  2: ['ax', 'cx', 'dx', 'bx', 'sp', 'bp', 'si', 'di', 'r8w', 'r9w', 'r10w', 'r11w', 'r12w', 'r13w', 'r14w', 'r15w'],
  4: ['eax', 'ecx', 'edx', 'ebx', 'esp', 'ebp', 'esi', 'edi', 'r8d', 'r9d', 'r10d', 'r11d', 'r12d', 'r13d', 'r14d', 'r15d'],
  8: ['rax', 'rcx', 'rdx', 'rbx', 'rsp', 'rbp', 'rsi', 'rdi', 'r8', 'r9', 'r10', 'r11', 'r12', 'r13', 'r14', 'r15'],
};
const SIZE_OF: Record<string, number> = { b: 1, w: 2, d: 4, q: 8 };

/** Register numbers the generated operands use, chosen to need REX.R / REX.B. */
const REG_NUM = 10, RM_NUM = 11, Z_NUM = 9;

/** An operand of `kind` for operand size `size`, with a register or a memory r/m. */
function operandFor(kind: OperandKind, size: number, memory: boolean, i: number): Op | undefined {
  const gpr = (n: number, s: number): Op => regOp(GPR[s][n]);
  const sized = (k: string): number => (k.endsWith('v') ? size : SIZE_OF[k[1]] ?? size);
  switch (kind) {
    case 'Gb': case 'Gw': case 'Gd': case 'Gq': case 'Gv': return gpr(REG_NUM, sized(kind));
    case 'Eb': case 'Ew': case 'Ed': case 'Eq': case 'Ev': return memory ? memOp() : gpr(RM_NUM, sized(kind));
    case 'Rb': case 'Rw': case 'Rd': case 'Rq': case 'Rv': return memory ? undefined : gpr(RM_NUM, sized(kind));
    case 'Hv': return gpr(REG_NUM, size);
    case 'Zb': case 'Zv': case 'Zq': return gpr(Z_NUM, sized(kind));
    case 'Ab': case 'Aw': case 'Ad': case 'Av': return gpr(0, sized(kind));
    case 'CL': return regOp('cl');
    case 'DX': return regOp('dx');
    case 'M': return memory ? memOp() : undefined;
    case 'K': return memory ? memOp(true) : regOp('r11', true);
    case 'Kv': return memory ? memOp(true) : undefined;
    case 'V': return regOp('xmm10');
    case 'W': return memory ? memOp() : regOp('xmm11');
    case 'U': return memory ? undefined : regOp('xmm11');
    case 'C': return regOp('cr3');
    case 'D': return regOp('db7');
    case 'S': return regOp('ds');
    case 'ST': return regOp('st');
    case 'Fi': return regOp('st(3)');
    case 'FS': return regOp('fs');
    case 'GS': return regOp('gs');
    case 'Ov': return absOp();
    case 'I1': return immOp(1n);
    case 'Ib': return immOp(i === 0 ? 0xa5n : 0x3n);
    case 'Is': return immOp(-3n);
    case 'Iw': return immOp(0xbeefn);
    case 'Iz': return immOp(size === 2 ? -0x1234n : -0x12345678n);
    case 'Io': return immOp(0x1122334455667788n);
    case 'Jb': case 'Jz': return undefined; // branch targets are labels: see the generated sample
  }
}

/** The operand the decoder found for `kind`, as a comparable string. */
function decodedOperand(kind: OperandKind, dec: ReturnType<typeof decodeOperandsAt>, n: number): string {
  const { ins, context } = dec;
  const mem = (): string => `mem(${ins.base},${ins.index},${ins.scaleShift},${ins.disp})`;
  const rm = (): string => (ins.rm >= 0 ? `r${ins.rm}` : mem());
  if (kind === 'CL') return 'r1';
  if (kind === 'DX') return 'r2';
  if (kind === 'FS') return 'r4';
  if (kind === 'GS') return 'r5';
  if (kind === 'ST' || kind === 'Fi') return 'st';
  switch (kind[0]) {
    case 'G': case 'H': case 'V': case 'C': case 'D': case 'S': return `r${ins.reg}`;
    case 'E': case 'R': case 'W': case 'U': case 'M': case 'K': return rm();
    case 'Z': return `r${context.zreg}`;
    case 'A': return 'r0';
    case 'O': return `abs(${BigInt.asUintN(32, BigInt(ins.disp)) | (BigInt.asUintN(32, BigInt(ins.imm)) << 32n)})`;
    case 'I': {
      if (kind === 'I1') return 'imm(1)';
      const v = n === 0 ? ins.imm : ins.sub;
      if (kind === 'Io') return `imm(${BigInt.asUintN(32, BigInt(ins.imm)) | (BigInt.asUintN(32, BigInt(ins.immHi)) << 32n)})`;
      return `imm(${v})`;
    }
  }
  return 'r0';
}

/** The operand as the encoder got it, in the decoder's terms. */
function givenOperand(kind: OperandKind, op: Op, size: number): string {
  if (op.type === 'reg') {
    if (kind === 'Fi' || kind === 'ST') return 'st';
    if (kind === 'FS') return 'r4';
    if (kind === 'GS') return 'r5';
    return `r${op.reg.num}`;
  }
  if (op.type === 'mem') {
    if (kind === 'Ov') return `abs(${BigInt.asUintN(64, op.disp.k)})`;
    return `mem(${op.base?.num ?? NO_REG},${op.index?.num ?? NO_REG},${Math.log2(op.scale)},${Number(op.disp.k)})`;
  }
  const k = op.value.k;
  switch (kind) {
    case 'Ib': return `imm(${Number(BigInt.asUintN(8, k))})`;
    case 'Iw': return `imm(${Number(BigInt.asUintN(16, k))})`;
    case 'Is': return `imm(${Number(BigInt.asIntN(8, k))})`;
    case 'Iz': return `imm(${Number(BigInt.asIntN(size === 2 ? 16 : 32, k))})`;
    case 'Io': return `imm(${BigInt.asUintN(64, k)})`;
    default: return `imm(${k})`;
  }
}

const SUFFIX: Record<number, string> = { 1: 'b', 2: 'w', 4: 'l', 8: 'q' };

/** Forms that are not one instruction to the CPU: FWAIT followed by the no-wait form. */
const twoInstructions = (f: InstrForm): boolean => f.opcode[0] === 0x9b && f.opcode.length > 1;

function encodeForm(f: InstrForm, ops: Op[], size: number): number[] | undefined {
  for (const m of [f.mnemonic, f.mnemonic + (SUFFIX[size] ?? '')]) {
    try {
      return encodeInstruction(m, ops, []).bytes;
    } catch (e) {
      if (!(e instanceof EncodeError)) throw e;
    }
  }
  return undefined;
}

/** The table forms' encodings, each checked against the emulator's decoding; returns failures. */
function crossCheckForm(f: InstrForm): { checked: number; failures: string[] } {
  const failures: string[] = [];
  let checked = 0;
  const sizes = f.sizes.length > 0 ? f.sizes : [f.rexW ? 8 : 4];
  for (const size of sizes) {
    for (const memory of [false, true]) {
      const ops = f.operands.map((k, i) => operandFor(k, size, memory, f.operands.slice(0, i).filter((x) => x[0] === 'I').length));
      if (ops.some((o) => o === undefined)) continue;
      if (memory && !f.operands.some((k) => ['E', 'W', 'M', 'K'].includes(k[0]))) continue;
      const given = ops as Op[];
      const bytes = encodeForm(f, given, size);
      if (bytes === undefined) continue;
      checked++;
      const read = (a: number): number => bytes[a] ?? 0x90;
      const dec = decodeOperandsAt(read, 0);
      const hex = bytes.map((b) => b.toString(16).padStart(2, '0')).join(' ');
      const where = `${semanticKey(f)} size ${size}${memory ? ' mem' : ''} [${hex}]`;
      if (dec.ins.len !== bytes.length) { failures.push(`${where}: length ${dec.ins.len}, encoder ${bytes.length}`); continue; }
      if (decodeInstruction(read, 0).len !== bytes.length) { failures.push(`${where}: bound length differs`); continue; }
      // x87 escapes are decoded by the x87 unit (not from forms): the length is the check.
      if (f.opcode[0] >= 0xd8 && f.opcode[0] <= 0xdf) continue;
      const form = dec.form;
      if (form === undefined) { failures.push(`${where}: decoded as #UD`); continue; }
      if (form.form.opcode.join() !== f.opcode.join() || form.form.prefixes.join() !== f.prefixes.join()) {
        // The encoder may prefer another form of the mnemonic for these operands (GNU as's
        // choice); the decoder must then find a form with exactly those opcode bytes.
        if (form.form.mnemonic !== f.mnemonic && !sameInstruction(form.form, f)) {
          failures.push(`${where}: decoded as ${form.key}`);
          continue;
        }
      }
      let imm = 0;
      const got = form.form.operands.map((k) => decodedOperand(k, dec, k[0] === 'I' && k !== 'I1' ? imm++ : 0));
      const want = form.form.operands.length === f.operands.length
        ? f.operands.map((k, i) => givenOperand(form.form.operands[i], given[i], size))
        : undefined;
      if (want === undefined) continue; // an alias with implicit operands (shl %eax = shl $1,%eax)
      const same = got.join() === want.join()
        || (['xchg', 'test'].includes(form.form.mnemonic) && [...got].sort().join() === [...want].sort().join());
      if (!same) failures.push(`${where}: operands ${got.join(' ')} vs given ${want.join(' ')} (decoded ${form.key})`);
    }
  }
  return { checked, failures };
}

/** Aliases: forms that differ only in spelling (sal/shl, jz/je, movzbl/movzx). */
function sameInstruction(a: InstrForm, b: InstrForm): boolean {
  return a.opcode.join() === b.opcode.join() && a.prefixes.join() === b.prefixes.join() && a.modrm === b.modrm;
}

describe('one instruction table for the encoder and the emulator decoder', () => {
  it('decodes every encodable form of the table to its length, form and operands', () => {
    let checked = 0;
    const failures: string[] = [];
    const unencoded: string[] = [];
    for (const f of allForms()) {
      if (twoInstructions(f)) continue;
      const r = crossCheckForm(f);
      if (r.checked === 0 && !f.operands.some((k) => k === 'Jb' || k === 'Jz')) unencoded.push(semanticKey(f));
      checked += r.checked;
      failures.push(...r.failures);
    }
    expect(failures).toEqual([]);
    // Every form except branches (labels) is encoded at least once.
    expect(unencoded).toEqual([]);
    expect(checked).toBeGreaterThan(1000);
  });

  it('builds opcode slots whose forms agree on having a ModRM byte', () => {
    expect(new OpcodeMap(binderOf).conflicts).toEqual([]);
  });

  it('binds a handler for every key it maps, and every mapped key is a table form', () => {
    const keys = new Set(allForms().map(semanticKey));
    expect(implementedKeys().filter((k) => !keys.has(k))).toEqual([]);
  });

  it('decodes test/asm generated code (assembled by us) to the lengths objdump reports', () => {
    const dir = makeTempDir('crosscheck');
    const text = generateInstructions(4, 3000);
    const obj = assemble(text, { fileName: 'gen.s' });
    writeFileSync(join(dir, 'gen.o'), obj);
    execFileSync('objcopy', ['-O', 'binary', '-j', '.text', join(dir, 'gen.o'), join(dir, 'gen.bin')]);
    const code = readFileSync(join(dir, 'gen.bin'));
    const dump = execFileSync('objdump', ['-d', '-w', join(dir, 'gen.o')], { maxBuffer: 64 << 20 }).toString();
    let checked = 0;
    const failures: string[] = [];
    const unimplemented = new Set<string>();
    for (const line of dump.split('\n')) {
      const m = /^\s*([0-9a-f]+):\t((?:[0-9a-f]{2} )+)\s*\t(\S+)\s*(.*)$/.exec(line);
      // Skip the generator's deliberate junk (data objdump cannot decode).
      if (m === null || m[3] === '(bad)' || m[3].startsWith('rex')) continue;
      const at = parseInt(m[1], 16);
      const len = m[2].trim().split(' ').length;
      const ins = decodeInstruction((a) => code[a] ?? 0, at);
      checked++;
      // The length of an instruction the emulator does not run does not matter: it faults.
      if (ins.exec === undefinedOpcode && ins.sub !== 1) { unimplemented.add(m[3] + (m[4].includes('%mm') ? ' (MMX)' : '')); continue; }
      if (ins.len !== len) failures.push(`${at.toString(16)} ${m[2].trim()} ${m[3]}: length ${ins.len}, objdump ${len}`);
    }
    // The emulator has no MMX (CPUID says so); everything else the generator writes runs.
    expect([...unimplemented].filter((u) => !u.endsWith('(MMX)'))).toEqual([]);
    expect(failures.slice(0, 20)).toEqual([]);
    expect(checked).toBeGreaterThan(2000);
  });
});
