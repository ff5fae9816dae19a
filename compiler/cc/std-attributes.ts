/**
 * C23 attribute specifiers, `[[nodiscard]]`, `[[gnu::packed]]`, which gcc accepts in its
 * default dialect too. Rather than a second attribute grammar, the token stream is rewritten
 * into the GNU form the parser already places everywhere C23 allows these:
 * `[[gnu::aligned(8), maybe_unused]]` becomes `__attribute__((aligned(8), unused))`.
 *
 * gnu:: attributes keep their name; the standard ones map to their GNU equivalents; any other
 * (an unknown name, another vendor's namespace, `[[packed]]` without gnu::) is ignored, as
 * C23 requires. `[[` cannot otherwise occur in C, so the rewrite needs no parsing context,
 * except after a struct body's `}`, where gcc ignores the attributes. Brackets that hold no
 * attributes (`int x[[10]]`, `a[[2]]`) stay as they are, for the parser to refuse.
 */
import type { IToken, TokenType } from './chevrotain.js';
import { Identifier, Kw, P } from './lexer.js';

/** Standard attribute → the GNU one with its effect. gcc 12 knows no others (not noreturn). */
const STANDARD: Record<string, string | undefined> = {
  deprecated: 'deprecated',
  fallthrough: 'fallthrough',
  maybe_unused: 'unused',
  nodiscard: 'warn_unused_result',
};

const DOUBLE_BRACKET = /\[\s*\[/y;

/** Whether the preprocessed text may hold an attribute specifier at all (a cheap pre-check). */
export function mayHaveStandardAttributes(text: string): boolean {
  // `/\[\s*\[/.test(text)`, but the regex is tried only where a `[` is not followed by a
  // printable character (never white space): one pass of indexOf over most of the text.
  for (let i = text.indexOf('['); i >= 0; i = text.indexOf('[', i + 1)) {
    const next = text.charCodeAt(i + 1);
    if (next === 91) return true;
    if (next > 32 && next < 127) continue;
    DOUBLE_BRACKET.lastIndex = i;
    if (DOUBLE_BRACKET.test(text)) return true;
  }
  return false;
}

export function rewriteStandardAttributes(tokens: IToken[], onSpecifier?: (open: IToken) => void): IToken[] {
  const out: IToken[] = [];
  const aggregateBraces: boolean[] = []; // per open `{`: does it open a struct/union/enum body?
  let afterAggregateBody = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.tokenType === P['['] && tokens[i + 1]?.tokenType === P['[']) {
      const end = closingBrackets(tokens, i + 2);
      if (end >= 0 && splitItems(tokens.slice(i + 2, end)).every(isAttribute)) {
        onSpecifier?.(t);
        if (!afterAggregateBody) out.push(...gnuAttribute(tokens.slice(i + 2, end), t));
        i = end + 1; // the second `]`
        continue;
      }
    }
    if (t.tokenType === P['{']) aggregateBraces.push(opensAggregateBody(out));
    afterAggregateBody = t.tokenType === P['}'] && aggregateBraces.pop() === true;
    out.push(t);
  }
  return out;
}

/** The index of the `]` that starts the closing `]]`, or -1 when there is none. */
function closingBrackets(tokens: IToken[], from: number): number {
  let depth = 0;
  for (let k = from; k < tokens.length; k++) {
    const ty = tokens[k].tokenType;
    if (ty === P['('] || ty === P['[']) depth++;
    else if (ty === P[')']) depth--;
    else if (ty === P[']']) {
      if (depth === 0) return tokens[k + 1]?.tokenType === P[']'] ? k : -1;
      depth--;
    }
    if (depth < 0) return -1;
  }
  return -1;
}

/** `struct S {`, `union {`, `enum E : int {`: the brace just pushed opens a tag's body. */
function opensAggregateBody(before: IToken[]): boolean {
  for (let k = before.length - 1, seen = 0; k >= 0 && seen < 8; k--, seen++) {
    const ty = before[k].tokenType;
    if (ty === Kw.struct || ty === Kw.union || ty === Kw.enum) return true;
    if (ty === P[';'] || ty === P['{'] || ty === P['}'] || ty === P['='] || ty === P['*']) return false;
  }
  return false;
}

/** The GNU spelling of one `[[...]]`'s contents; nothing when no attribute in it has an effect. */
function gnuAttribute(inner: IToken[], at: IToken): IToken[] {
  const kept: IToken[][] = [];
  for (const item of splitItems(inner)) {
    const mapped = mapItem(item);
    if (mapped) kept.push(mapped);
  }
  if (kept.length === 0) return [];
  const body: IToken[] = [];
  kept.forEach((item, k) => {
    if (k > 0) body.push(synth(P[','], ',', at));
    body.push(...item);
  });
  return [synth(Kw.__attribute__, '__attribute__', at), synth(P['('], '(', at), synth(P['('], '(', at),
    ...body, synth(P[')'], ')', at), synth(P[')'], ')', at)];
}

/** The comma-separated attributes of a specifier (commas inside arguments stay). */
function splitItems(inner: IToken[]): IToken[][] {
  const items: IToken[][] = [[]];
  let depth = 0;
  for (const t of inner) {
    if (t.tokenType === P['('] || t.tokenType === P['[']) depth++;
    if (t.tokenType === P[')'] || t.tokenType === P[']']) depth--;
    if (depth === 0 && t.tokenType === P[',']) items.push([]);
    else items[items.length - 1].push(t);
  }
  return items.filter((item) => item.length > 0);
}

/** An attribute's form: a name (keywords too), maybe `ns::` before it, maybe `(...)` after. */
function isAttribute(item: IToken[]): boolean {
  const isName = (t: IToken | undefined): boolean => t !== undefined && /^[A-Za-z_]\w*$/.test(t.image);
  if (!isName(item[0])) return false;
  let k = 1;
  if (item[1]?.tokenType === P[':'] && item[2]?.tokenType === P[':']) {
    if (!isName(item[3])) return false;
    k = 4;
  }
  return k === item.length || (item[k].tokenType === P['('] && item[item.length - 1].tokenType === P[')']);
}

/** `gnu::name(args)` → `name(args)`; a standard name → its GNU one; anything else → undefined. */
function mapItem(item: IToken[]): IToken[] | undefined {
  const scoped = item.length >= 4 && item[1].tokenType === P[':'] && item[2].tokenType === P[':'];
  if (scoped) {
    const ns = item[0].image;
    return ns === 'gnu' || ns === '__gnu__' ? item.slice(3) : undefined;
  }
  const name = item[0].image.replace(/^__(.*)__$/, '$1');
  const gnu = STANDARD[name];
  if (gnu === undefined) return undefined;
  // nodiscard's reason has no GNU counterpart; deprecated keeps its message.
  const args = gnu === 'deprecated' ? item.slice(1) : [];
  return [synth(Identifier, gnu, item[0]), ...args];
}

function synth(type: TokenType, image: string, at: IToken): IToken {
  return { ...at, image, tokenType: type, tokenTypeIdx: type.tokenTypeIdx! };
}
