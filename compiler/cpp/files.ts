/**
 * Source files as token tables, cached across preprocess() calls.
 *
 * A kernel build includes the same headers from every .c file; lexing each header once
 * per process is most of the preprocessor's speed. An entry is reused only while the file
 * text is unchanged (the caller reads the file anyway; comparing two strings is cheap).
 */
import { TokenKind, TF_BOL } from './token.js';
import { lexFile, type TokenTable } from './lexer.js';
import type { Macro } from './macro.js';
import { lexRulesKey, type LexRules } from './standard.js';

export interface SourceFile {
  path: string;
  tokens: TokenTable;
  /**
   * The controlling macro when the whole file is one `#ifndef X ... #endif` group: once X
   * is defined, including the file again cannot produce anything, so it is not re-read.
   */
  guard: string | null;
  /** Parsed #define lines by token position: a header's macros are parsed once per process. */
  defines: Map<number, Macro>;
}

interface CacheEntry {
  text: string;
  file: SourceFile;
}

const cache = new Map<string, CacheEntry>();

/** A header, from the cache when its text is unchanged. */
export function loadSourceFile(path: string, text: string, rules: LexRules): SourceFile {
  const key = `${lexRulesKey(rules)}:${path}`;
  const hit = cache.get(key);
  if (hit !== undefined && hit.text === text) return hit.file;
  const file = lexSourceFile(path, text, rules);
  file.guard = findIncludeGuard(file.tokens);
  cache.set(key, { text, file });
  return file;
}

/**
 * A file lexed without the cache: the main file of a compile. A process compiles each .c
 * file once, so caching it would only keep its token table (tens of megabytes for a big
 * file) alive through code generation and assembly, and for the rest of the process.
 * No include guard is looked for (a scan of every token: 30 ms on sqlite3.c): a guard
 * only spares an #include of the file, and a file #included is a header entry of its own.
 */
export function lexSourceFile(path: string, text: string, rules: LexRules): SourceFile {
  return { path, tokens: lexFile(text, path, rules), guard: null, defines: new Map() };
}

/** Is token i the '#' of a directive named `name`? */
export function isDirective(t: TokenTable, i: number, name: string): boolean {
  return (t.flags[i] & TF_BOL) !== 0 && t.isHash(i) && !(t.flags[i + 1] & TF_BOL) && t.is(i + 1, name);
}

/** The macro X of an include guard `#ifndef X` / `#if !defined(X)` ... `#endif` <EOF>, or null. */
export function findIncludeGuard(t: TokenTable): string | null {
  let guard: number;
  let i: number;
  const ident = (k: number): boolean => k < t.count && t.kind[k] === TokenKind.Ident && !(t.flags[k] & TF_BOL);
  const bol = (k: number): boolean => k < t.count && (t.flags[k] & TF_BOL) !== 0;
  if (isDirective(t, 0, 'ifndef') && ident(2) && bol(3)) {
    guard = 2;
    i = 3;
  } else if (isDirective(t, 0, 'if') && t.is(2, '!') && t.is(3, 'defined')) {
    if (ident(4) && bol(5)) [guard, i] = [4, 5];
    else if (t.is(4, '(') && ident(5) && t.is(6, ')') && bol(7)) [guard, i] = [5, 7];
    else return null;
  } else {
    return null;
  }
  let depth = 0;
  for (; i < t.count; i++) {
    if (t.kind[i] === TokenKind.EOF) return null;
    if (!(t.flags[i] & TF_BOL) || !t.isHash(i) || t.flags[i + 1] & TF_BOL) continue;
    if (t.is(i + 1, 'if') || t.is(i + 1, 'ifdef') || t.is(i + 1, 'ifndef')) depth++;
    else if ((t.is(i + 1, 'else') || t.is(i + 1, 'elif')) && depth === 0) return null;
    else if (t.is(i + 1, 'endif') && depth-- === 0) {
      let j = i + 2;
      while (!(t.flags[j] & TF_BOL)) j++;
      return t.kind[j] === TokenKind.EOF ? t.text(guard) : null;
    }
  }
  return null;
}
