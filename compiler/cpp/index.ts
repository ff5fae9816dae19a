/**
 * The C preprocessor: `preprocess(file, opts)` is `gcc -E` (C99 plus the GNU extensions
 * Linux uses). Its text keeps linemarkers, so the C compiler and the assembler report
 * errors at the original file and line.
 */
import { readFileSync, statSync } from 'node:fs';
import { decodeSourceBytes } from './source-text.js';
import { CompileError, type Diagnostic } from '../diagnostics.js';
import { Preprocessor } from './preprocessor.js';

import type { PositionIndependence } from '../cc/pic.js';

export interface PreprocessOptions {
  /** -I: searched for "..." after the including file's directory, and for <...>. */
  includePaths?: string[];
  /** Searched after includePaths (e.g. the libc headers). */
  systemIncludePaths?: string[];
  /** -iquote: searched for "..." only, after the including file's directory and before includePaths. */
  quoteIncludePaths?: string[];
  /** -idirafter: searched last, as system headers. */
  afterIncludePaths?: string[];
  /** -D NAME or -D NAME=VALUE (NAME may be `F(x)`), applied in order. */
  defines?: string[];
  /** -U NAME, applied after the defines. */
  undefines?: string[];
  /** -include FILE: read before the main file (looked up as given, then on the path). */
  forceIncludes?: string[];
  /** True for .S files: assembler text, __ASSEMBLER__ defined, '#' comments dropped. */
  assembly?: boolean;
  /** Reads a file; undefined when it does not exist. Defaults to the file system. */
  readFile?: (path: string) => string | undefined;
  /**
   * -std=: gnu17 by default (as gcc 12); c89/c90/iso9899:199409, c99, c11, c17, c2x and their gnu
   * twins set __STDC_VERSION__ and the lexical rules (standard.ts).
   */
  std?: string;
  /** -fgnu89-inline / -fno-gnu89-inline: which `inline` rules (and __GNUC_GNU_INLINE__); the standard's by default. */
  gnu89Inline?: boolean;
  /** -trigraphs: replace trigraphs also in a GNU mode (strict ISO modes always do). */
  trigraphs?: boolean;
  /**
   * -pedantic: also the diagnostics ISO C requires for extensions; -pedantic-errors:
   * those, and the ones gcc gives by default ("X" redefined), are errors. The C
   * compiler reads both from here too.
   */
  pedantic?: boolean;
  pedanticErrors?: boolean;
  /** -funsigned-char: __CHAR_UNSIGNED__, and character constants in #if are unsigned chars. */
  unsignedChar?: boolean;
  /**
   * -fpic/-fPIC/-fpie/-fPIE: their macros (__PIC__...), and the code the C compiler makes,
   * which reads the option from here too (as it does unsignedChar).
   */
  positionIndependence?: PositionIndependence;
  /**
   * -ffreestanding (false): __STDC_HOSTED__ is 0. A hosted compile that searches system
   * headers also has the macros gcc reads from the libc's stdc-predef.h (__STDC_IEC_559__...).
   */
  hosted?: boolean;
  /** -Wcomment (in -Wall): "/*" within a comment, a // comment continued onto the next line. */
  commentWarnings?: boolean;
  /**
   * -Wimplicit-fallthrough=N (1-5; 3 is -Wimplicit-fallthrough and -Wextra's): which comments
   * say a case falls through (fallthrough-comment.ts). The tokens they come before are
   * listed in the result for the C compiler. 0 or absent: comments are not read.
   */
  fallthroughLevel?: number;
  /** -dM: the text is the `#define` of every macro defined at the end, not the file's text. */
  dumpMacros?: boolean;
}

export interface PreprocessResult {
  /** What `gcc -E` prints, with linemarkers. */
  text: string;
  /** Every file read: the main file first, then headers in the order first included. */
  dependencies: string[];
  /** #warning and other non-fatal diagnostics ("X" redefined...). */
  warnings: Diagnostic[];
  /** Offsets in `text` of the tokens a fallthrough comment came before (see fallthroughLevel). */
  fallthroughTokens: readonly number[];
  /** Pairs (offset, delta): where a column in `text` is not the source's (output.ts columnFixes). */
  columnFixes: readonly number[];
  /** Triples (start, end, column): text of one macro expansion, at the macro's column (output.ts expansionColumns). */
  expansionColumns: readonly number[];
  /** The macros defined at the end: what a misspelt name in the C code may have meant (cc/spellcheck.ts). */
  macroNames: readonly string[];
}

/**
 * File texts read by this process, reused while the file (device and inode) keeps its size,
 * mtime and ctime.
 * As in git's "racy" check, a file modified in the last two seconds is always re-read:
 * file-system timestamps are coarse, so a quick same-size edit could keep its mtime.
 */
const diskCache = new Map<string, { mtimeMs: number; ctimeMs: number; size: number; text: string }>();

export function readFromDisk(path: string): string | undefined {
  try {
    const st = statSync(path, { throwIfNoEntry: false });
    if (st === undefined || st.isDirectory()) return undefined;
    // A device or a pipe (`-include /dev/null`): nothing to cache by.
    if (!st.isFile()) return decodeSourceBytes(readFileSync(path));
    // Keyed by the file itself, not its name: a warm server compiles `x.c` in one
    // directory, then `x.c` in another, whose size and mtime an unpacked tarball may share.
    // ctime, which nothing can set back, tells a file that reuses a deleted one's inode.
    const key = `${st.dev}:${st.ino}`;
    const hit = diskCache.get(key);
    const settled = Date.now() - st.mtimeMs > 2000;
    if (hit !== undefined && settled && hit.mtimeMs === st.mtimeMs && hit.ctimeMs === st.ctimeMs && hit.size === st.size) return hit.text;
    const text = decodeSourceBytes(readFileSync(path));
    diskCache.set(key, { mtimeMs: st.mtimeMs, ctimeMs: st.ctimeMs, size: st.size, text });
    return text;
  } catch {
    return undefined; // unreadable: "No such file" to the caller
  }
}

/** Preprocesses `file`; user mistakes throw CompileError (file:line:col). */
export function preprocess(file: string, opts: PreprocessOptions = {}): PreprocessResult {
  const pp = new Preprocessor({
    includePaths: opts.includePaths ?? [],
    systemIncludePaths: opts.systemIncludePaths ?? [],
    quoteIncludePaths: opts.quoteIncludePaths ?? [],
    afterIncludePaths: opts.afterIncludePaths ?? [],
    readFile: opts.readFile ?? readFromDisk,
    assembly: opts.assembly === true,
    std: opts.std,
    gnu89Inline: opts.gnu89Inline,
    trigraphs: opts.trigraphs,
    pedantic: opts.pedantic,
    pedanticErrors: opts.pedanticErrors,
    hosted: opts.hosted,
    unsignedChar: opts.unsignedChar,
    positionIndependence: opts.positionIndependence,
    commentWarnings: opts.commentWarnings,
    fallthroughLevel: opts.fallthroughLevel,
  });
  let text: string;
  try {
    pp.commandLine(opts.defines ?? [], opts.undefines ?? []);
    text = pp.run(file, opts.forceIncludes ?? []);
  } catch (e) {
    if (e instanceof CompileError) e.precedingWarnings = pp.warnings;
    throw e;
  }
  if (opts.dumpMacros) text = pp.definitions();
  const dumped = opts.dumpMacros === true;
  return {
    text, dependencies: pp.dependencies, warnings: pp.warnings, fallthroughTokens: dumped ? [] : pp.fallthroughTokens,
    columnFixes: dumped ? [] : pp.columnFixes, expansionColumns: dumped ? [] : pp.expansionColumns, macroNames: pp.macroNames(),
  };
}
