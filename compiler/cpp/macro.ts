/**
 * Macro definitions: the table entry and the parser of `#define` lines (C99 6.10.3).
 */
import { Token, TokenKind, TF_SPACE, isHash, isPaste, isPunct } from './token.js';

export enum MacroKind {
  Object,
  Function,
  /** __FILE__, __LINE__, __COUNTER__...: the value is computed at each use. */
  Dynamic,
  /** defined-like operators only meaningful in #if (__has_include...): never expanded. */
  Operator,
  /** The _Pragma("...") operator. */
  Pragma,
}

export interface Macro {
  name: string;
  kind: MacroKind;
  params: string[];
  /** The last parameter collects the variable arguments (`...` or GNU `name...`). */
  variadic: boolean;
  body: Token[];
  /** For each body token, the index of the parameter it names, or -1. */
  paramIndex: Int32Array;
  /** Object-like without ##: the expansion is a plain copy of the body. */
  plain: boolean;
}

/** Thrown by the parser; the preprocessor adds the location. */
export class DefineError extends Error {
  constructor(
    message: string,
    readonly at: Token | null,
  ) {
    super(message);
  }
}

export function makeSpecialMacro(name: string, kind: MacroKind): Macro {
  return { name, kind, params: [], variadic: false, body: [], paramIndex: new Int32Array(0), plain: false };
}

/**
 * Parses the tokens after `#define` (the rest of the logical line). In assembly mode a
 * '#' in a function-like body need not name a parameter (gcc allows it: `# comment`).
 */
export function parseDefine(toks: Token[], directive: Token, assembly: boolean): Macro {
  if (toks.length === 0) throw new DefineError('no macro name given in #define directive', directive);
  const nameTok = toks[0];
  if (nameTok.kind !== TokenKind.Ident) throw new DefineError('macro names must be identifiers', nameTok);
  if (nameTok.text === 'defined') throw new DefineError('"defined" cannot be used as a macro name', nameTok);
  let i = 1;
  let params: string[] = [];
  let variadic = false;
  let kind = MacroKind.Object;
  if (i < toks.length && isPunct(toks[i], '(') && !(toks[i].flags & TF_SPACE)) {
    kind = MacroKind.Function;
    ({ params, variadic, next: i } = parseParams(toks, i + 1, directive));
  }
  const body = toks.slice(i);
  const plain = kind === MacroKind.Object && !body.some(isPaste);
  const macro: Macro = { name: nameTok.text, kind, params, variadic, body, paramIndex: new Int32Array(body.length), plain };
  indexParams(macro);
  checkBody(macro, assembly);
  return macro;
}

function parseParams(toks: Token[], i: number, directive: Token): { params: string[]; variadic: boolean; next: number } {
  const params: string[] = [];
  const tokAt = (k: number): Token => {
    if (k >= toks.length) throw new DefineError("missing ')' in macro parameter list", toks[toks.length - 1] ?? directive);
    return toks[k];
  };
  if (isPunct(tokAt(i), ')')) return { params, variadic: false, next: i + 1 };
  for (;;) {
    const t = tokAt(i);
    if (isPunct(t, '...')) {
      params.push('__VA_ARGS__');
      if (!isPunct(tokAt(i + 1), ')')) throw new DefineError("missing ')' in macro parameter list", toks[i + 1]);
      return { params, variadic: true, next: i + 2 };
    }
    if (t.kind !== TokenKind.Ident) throw new DefineError(`expected parameter name, found "${t.text}"`, t);
    if (t.text === '__VA_ARGS__') throw new DefineError('__VA_ARGS__ can not be used as a parameter name', t);
    if (params.includes(t.text)) throw new DefineError(`duplicate macro parameter "${t.text}"`, t);
    params.push(t.text);
    const sep = tokAt(i + 1);
    if (isPunct(sep, '...')) {
      // GNU named variadic parameter: `args...`
      if (!isPunct(tokAt(i + 2), ')')) throw new DefineError("missing ')' in macro parameter list", toks[i + 2]);
      return { params, variadic: true, next: i + 3 };
    }
    if (isPunct(sep, ')')) return { params, variadic: false, next: i + 2 };
    if (!isPunct(sep, ',')) throw new DefineError(`expected ',' or ')', found "${sep.text}"`, sep);
    i += 2;
  }
}

function indexParams(m: Macro): void {
  const { body, params, paramIndex } = m;
  const vaIndex = m.variadic ? params.length - 1 : -1;
  for (let k = 0; k < body.length; k++) {
    const t = body[k];
    let idx = -1;
    if (t.kind === TokenKind.Ident && m.kind === MacroKind.Function) {
      idx = params.indexOf(t.text);
      if (idx < 0 && t.text === '__VA_ARGS__' && vaIndex >= 0) idx = vaIndex;
    }
    paramIndex[k] = idx;
  }
}

function checkBody(m: Macro, assembly: boolean): void {
  const { body } = m;
  if (body.length === 0) return;
  if (isPaste(body[0])) throw new DefineError("'##' cannot appear at either end of a macro expansion", body[0]);
  if (isPaste(body[body.length - 1])) throw new DefineError("'##' cannot appear at either end of a macro expansion", body[body.length - 1]);
  if (m.kind !== MacroKind.Function || assembly) return;
  for (let k = 0; k < body.length; k++) {
    if (!isHash(body[k])) continue;
    const next = body[k + 1];
    const operand = next !== undefined && (m.paramIndex[k + 1] >= 0 || (m.variadic && next.text === '__VA_OPT__'));
    if (!operand) throw new DefineError("'#' is not followed by a macro parameter", body[k]);
  }
}

/**
 * The macro as a `#define` line, spelled as gcc -dM spells it: parameters joined by ','
 * alone, one space wherever the definition had white space between body tokens.
 */
export function defineLine(m: Macro): string {
  let head = m.name;
  if (m.kind === MacroKind.Function) {
    const params = m.params.map((p, k) => (m.variadic && k === m.params.length - 1 ? (p === '__VA_ARGS__' ? '...' : `${p}...`) : p));
    head += `(${params.join(',')})`;
  }
  const body = m.body.map((t, k) => (k > 0 && t.flags & TF_SPACE ? ` ${t.text}` : t.text)).join('');
  return `#define ${head} ${body}\n`;
}

/** C99 6.10.3p2: a redefinition must have the same parameters and the same replacement list. */
export function sameDefinition(a: Macro, b: Macro): boolean {
  if (a.kind !== b.kind || a.variadic !== b.variadic || a.body.length !== b.body.length) return false;
  if (a.params.length !== b.params.length || a.params.some((p, k) => p !== b.params[k])) return false;
  for (let k = 0; k < a.body.length; k++) {
    const x = a.body[k];
    const y = b.body[k];
    if (x.text !== y.text) return false;
    if (k > 0 && (x.flags & TF_SPACE) !== (y.flags & TF_SPACE)) return false;
  }
  return true;
}
