/**
 * Conditional assembly (.if family) and text repetition: .macro/.endm with arguments
 * (defaults, :req, :vararg, \@), .rept, .irp, .irpc. Bodies are collected as raw lines
 * and replayed through the assembler's input stack.
 */

import type { Assembler, MacroProcessor } from './assembler.js';
import { Cursor, splitArgs } from './cursor.js';
import { parseExpr } from './expr.js';
import { isConstant } from './model.js';
import { symbolIsDefined } from './directives.js';

interface MacroParam {
  name: string;
  def: string;
  required: boolean;
  vararg: boolean;
}

interface MacroDef {
  name: string;
  params: MacroParam[];
  body: string[];
}

interface CondFrame {
  /** This branch is being assembled. */
  active: boolean;
  /** Some branch of this .if has already been taken. */
  taken: boolean;
  /** The enclosing context was active. */
  parentActive: boolean;
}

const IF_DIRECTIVES = new Set(['.if', '.ifdef', '.ifndef', '.ifnotdef', '.ifeq', '.ifne', '.ifge', '.ifgt', '.ifle', '.iflt', '.ifb', '.ifnb', '.ifc', '.ifnc', '.ifeqs', '.ifnes']);
const OWN = new Set([...IF_DIRECTIVES, '.else', '.elseif', '.endif', '.macro', '.endm', '.rept', '.irp', '.irpc', '.endr', '.exitm', '.purgem']);

export class Macros implements MacroProcessor {
  private readonly defs = new Map<string, MacroDef>();
  private readonly conds: CondFrame[] = [];
  private counter = 0;

  constructor(private readonly as: Assembler) {}

  /** Called at the end of input: every .if must be closed. */
  finish(): void {
    if (this.conds.length > 0) this.as.error('end of file inside a conditional (missing .endif)');
  }

  handles(name: string): boolean {
    return OWN.has(name);
  }

  private get active(): boolean {
    return this.conds.length === 0 || this.conds[this.conds.length - 1].active;
  }

  passive(): boolean {
    return this.defs.size === 0 && this.active;
  }

  skipping(text: string): boolean {
    if (this.active) return false;
    // Inside a false conditional only the conditional directives matter.
    const c = new Cursor(text);
    const name = c.name().toLowerCase();
    if (IF_DIRECTIVES.has(name)) {
      this.conds.push({ active: false, taken: true, parentActive: false });
      return true;
    }
    if (name === '.else' || name === '.elseif' || name === '.endif') return false;
    return true;
  }

  invoke(name: string, args: string): boolean {
    if (this.defs.size === 0) return false;
    const def = this.defs.get(name) ?? this.defs.get(name.toLowerCase());
    if (!def) return false;
    this.as.pushLines(this.expand(def, args));
    return true;
  }

  directive(name: string, args: string): void {
    if (IF_DIRECTIVES.has(name)) {
      const parentActive = this.active;
      const value = parentActive ? this.condition(name, args) : false;
      this.conds.push({ active: parentActive && value, taken: value, parentActive });
      return;
    }
    switch (name) {
      case '.else': case '.elseif': {
        const top = this.conds[this.conds.length - 1];
        if (!top) this.as.error(`${name} without matching .if`);
        const value = name === '.else' ? true : top.parentActive && !top.taken ? this.condition('.if', args) : false;
        top.active = top.parentActive && !top.taken && value;
        if (top.active) top.taken = true;
        return;
      }
      case '.endif':
        if (!this.conds.pop()) this.as.error('.endif without .if');
        return;
      case '.macro': return this.defineMacro(args);
      case '.endm': return this.as.error('.endm without .macro');
      case '.endr': return this.as.error('.endr without .rept or .irp');
      case '.exitm': return this.exitMacro();
      case '.purgem': this.defs.delete(args.trim()); return;
      case '.rept': return this.rept(args);
      case '.irp': return this.irp(args, false);
      case '.irpc': return this.irp(args, true);
    }
  }

  private isDefined(name: string): boolean {
    const s = this.as.existingSymbol(name);
    return s !== undefined && symbolIsDefined(s);
  }

  private value(text: string): bigint {
    const c = new Cursor(text);
    const e = parseExpr(c, this.as);
    if (!isConstant(e)) this.as.error('non-constant expression in conditional');
    return e.k;
  }

  private condition(name: string, args: string): boolean {
    const t = args.trim();
    switch (name) {
      case '.if': case '.ifne': return this.value(t) !== 0n;
      case '.ifeq': return this.value(t) === 0n;
      case '.ifge': return this.value(t) >= 0n;
      case '.ifgt': return this.value(t) > 0n;
      case '.ifle': return this.value(t) <= 0n;
      case '.iflt': return this.value(t) < 0n;
      case '.ifdef': return this.isDefined(t);
      case '.ifndef': case '.ifnotdef': return !this.isDefined(t);
      case '.ifb': return t === '';
      case '.ifnb': return t !== '';
      default: {
        const [a, b] = splitArgs(t).map((s) => s.replace(/^"(.*)"$/, '$1'));
        const same = a === b;
        return name === '.ifc' || name === '.ifeqs' ? same : !same;
      }
    }
  }

  /** Collects lines up to the matching terminator, counting nested openers. */
  private collectBody(openers: Set<string>, closer: string): string[] {
    const body: string[] = [];
    let depth = 1;
    for (;;) {
      const line = this.as.nextRawLine();
      if (line === undefined) this.as.error(`missing ${closer}`);
      const word = new Cursor(line).name().toLowerCase();
      if (openers.has(word)) depth++;
      else if (word === closer && --depth === 0) return body;
      body.push(line);
    }
  }

  private defineMacro(args: string): void {
    const c = new Cursor(args);
    const name = c.name();
    if (!name) this.as.error('expected a macro name');
    const params: MacroParam[] = [];
    const rest = c.rest().replace(/^,/, '');
    for (const raw of splitParams(rest)) {
      const [lhs, def = ''] = raw.split('=');
      const [pname, qual] = lhs.trim().split(':');
      params.push({ name: pname.trim(), def: def.trim(), required: qual === 'req', vararg: qual === 'vararg' });
    }
    const body = this.collectBody(new Set(['.macro']), '.endm');
    this.defs.set(name, { name, params, body });
  }

  private expand(def: MacroDef, argText: string): string[] {
    const values = new Map<string, string>();
    const positional = splitMacroArgs(argText);
    let pi = 0;
    for (const a of positional) {
      const eq = /^([A-Za-z_.$][\w.$]*)\s*=(.*)$/s.exec(a);
      if (eq && def.params.some((p) => p.name === eq[1])) {
        values.set(eq[1], eq[2].trim());
        continue;
      }
      const p = def.params[pi++];
      if (!p) this.as.error(`too many positional arguments for macro '${def.name}'`);
      if (p.vararg) {
        values.set(p.name, positional.slice(pi - 1).join(', '));
        break;
      }
      values.set(p.name, a);
    }
    for (const p of def.params) {
      if (!values.has(p.name) || values.get(p.name) === '') {
        if (p.required && !values.get(p.name)) this.as.error(`missing value for required parameter \`${p.name}' of macro \`${def.name}'`);
        if (!values.get(p.name)) values.set(p.name, p.def);
      }
    }
    const id = String(this.counter++);
    const names = def.params.map((p) => p.name).sort((a, b) => b.length - a.length);
    const out = def.body.map((line) => substitute(line, names, values, id));
    out.push('.__macro_end');
    return out;
  }

  private exitMacro(): void {
    const srcs = this.as.sources;
    for (let i = srcs.length - 1; i >= 0; i--) {
      const at = srcs[i].lines.indexOf('.__macro_end', srcs[i].next);
      srcs[i].next = srcs[i].lines.length;
      if (at >= 0) break;
    }
  }

  private rept(args: string): void {
    const n = Number(this.value(args));
    const body = this.collectBody(new Set(['.rept', '.irp', '.irpc']), '.endr');
    const out: string[] = [];
    for (let i = 0; i < n; i++) out.push(...body);
    this.as.pushLines(out);
  }

  private irp(args: string, chars: boolean): void {
    const parts = splitArgs(args);
    const param = (parts.shift() ?? '').trim();
    if (!param) this.as.error('expected a parameter name');
    const body = this.collectBody(new Set(['.rept', '.irp', '.irpc']), '.endr');
    const items = chars ? [...(parts.join(',').trim())] : parts.length ? parts : [''];
    const out: string[] = [];
    for (const item of items) {
      const values = new Map([[param, item]]);
      for (const line of body) out.push(substitute(line, [param], values, ''));
    }
    this.as.pushLines(out);
  }
}

/** Replaces `\name` (and `\()` separators, `\@`) in a body line. */
function substitute(line: string, names: string[], values: Map<string, string>, id: string): string {
  if (line.indexOf('\\') < 0) return line;
  let out = '';
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch !== '\\') {
      out += ch;
      continue;
    }
    if (line[i + 1] === '@') {
      out += id;
      i++;
      continue;
    }
    if (line[i + 1] === '(' && line[i + 2] === ')') {
      i += 2;
      continue;
    }
    const name = names.find((n) => line.startsWith(n, i + 1) && !/[\w$]/.test(line[i + 1 + n.length] ?? ''));
    if (name !== undefined) {
      out += values.get(name) ?? '';
      i += name.length;
      continue;
    }
    out += ch;
  }
  return out;
}

function splitParams(text: string): string[] {
  return text.split(/[\s,]+/).filter((s) => s !== '');
}

/** Macro arguments are separated by commas or, outside parentheses and strings, by blanks. */
function splitMacroArgs(text: string): string[] {
  const t = text.trim();
  if (t === '') return [];
  if (t.includes(',')) return splitArgs(t);
  const out: string[] = [];
  let cur = '';
  let depth = 0;
  let inStr = false;
  for (const ch of t) {
    if (inStr) {
      cur += ch;
      if (ch === '"') inStr = false;
      continue;
    }
    if (ch === '"') inStr = true;
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if ((ch === ' ' || ch === '\t') && depth === 0) {
      if (cur) out.push(cur);
      cur = '';
      continue;
    }
    cur += ch;
  }
  if (cur) out.push(cur);
  return out;
}
