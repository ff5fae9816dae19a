/**
 * Source files as token arrays, cached across preprocess() calls.
 *
 * A kernel build includes the same headers from every .c file; lexing each header once
 * per process is most of the preprocessor's speed. An entry is reused only while the file
 * text is unchanged (the caller reads the file anyway; comparing two strings is cheap).
 */
import { Token, TokenKind, TF_BOL, isHash, isPunct } from './token.js';
import { tokenize } from './lexer.js';

export interface SourceFile {
  path: string;
  tokens: Token[];
  /**
   * The controlling macro when the whole file is one `#ifndef X ... #endif` group: once X
   * is defined, including the file again cannot produce anything, so it is not re-read.
   */
  guard: string | null;
}

interface CacheEntry {
  text: string;
  file: SourceFile;
}

const cache = new Map<string, CacheEntry>();

export function loadSourceFile(path: string, text: string, assembly: boolean): SourceFile {
  const key = (assembly ? 'S:' : 'c:') + path;
  const hit = cache.get(key);
  if (hit !== undefined && hit.text === text) return hit.file;
  const tokens = tokenize(text, path, assembly);
  const file: SourceFile = { path, tokens, guard: findIncludeGuard(tokens) };
  cache.set(key, { text, file });
  return file;
}

function isDirective(tokens: Token[], i: number, name: string): boolean {
  const t = tokens[i];
  const n = tokens[i + 1];
  return (t.flags & TF_BOL) !== 0 && isHash(t) && n !== undefined && !(n.flags & TF_BOL) && n.text === name;
}

/** The macro X of an include guard `#ifndef X` / `#if !defined(X)` ... `#endif` <EOF>, or null. */
export function findIncludeGuard(tokens: Token[]): string | null {
  let guard: string;
  let i: number;
  const ident = (k: number): boolean => tokens[k]?.kind === TokenKind.Ident && !(tokens[k].flags & TF_BOL);
  const bol = (k: number): boolean => (tokens[k].flags & TF_BOL) !== 0;
  if (isDirective(tokens, 0, 'ifndef') && ident(2) && bol(3)) {
    guard = tokens[2].text;
    i = 3;
  } else if (isDirective(tokens, 0, 'if') && isPunct(tokens[2], '!') && tokens[3]?.text === 'defined') {
    if (ident(4) && bol(5)) i = 5;
    else if (isPunct(tokens[4], '(') && ident(5) && isPunct(tokens[6], ')') && bol(7)) i = 7;
    else return null;
    guard = tokens[i === 5 ? 4 : 5].text;
  } else {
    return null;
  }
  let depth = 0;
  for (; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind === TokenKind.EOF) return null;
    if (!(t.flags & TF_BOL) || !isHash(t)) continue;
    const name = tokens[i + 1];
    if (name.flags & TF_BOL) continue;
    if (name.text === 'if' || name.text === 'ifdef' || name.text === 'ifndef') depth++;
    else if ((name.text === 'else' || name.text === 'elif') && depth === 0) return null;
    else if (name.text === 'endif' && depth-- === 0) {
      let j = i + 2;
      while (!(tokens[j].flags & TF_BOL)) j++;
      return tokens[j].kind === TokenKind.EOF ? guard : null;
    }
  }
  return null;
}
