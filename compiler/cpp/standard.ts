/**
 * The C dialect a -std= name selects, and what each dialect changes in lexing, keywords
 * and predefined macros. The rules are gcc 12's (its libcpp language table and the C
 * front end's keyword flags), checked against `gcc -std=X -E` on small inputs:
 *
 *   - strict C90 (`c89`, `c90`, `iso9899:1990`, `-ansi`, and `iso9899:199409`, C90 plus
 *     Amendment 1): `//` is not a comment, `0x1p-1` is not one pp-number, `inline` is an
 *     identifier; C90 without Amendment 1 has no digraphs either.
 *   - every strict mode (`cNN`, `iso9899:*`): trigraphs are replaced, `__STRICT_ANSI__` is
 *     defined, and the GNU keywords without underscores (`typeof`, `asm`) are identifiers.
 *   - `u"..."`, `U"..."`, `u8"..."` are literals from gnu99 and c11 on; `u8'c'` from C2X.
 *   - `restrict` is a keyword from C99 on, also in GNU modes (gnu89 has only `__restrict`).
 */

/** A C dialect: the ISO year it follows, and whether GNU extensions are on. */
export interface CStandard {
  /** 1990 (C90), 1994 (C90 + Amendment 1), 1999, 2011, 2017 or 2023 (gcc 12's c2x). */
  year: 1990 | 1994 | 1999 | 2011 | 2017 | 2023;
  /** gnuNN: GNU extensions; cNN / iso9899:NNNN: strict ISO C. */
  gnu: boolean;
}

const YEARS: Record<string, CStandard['year'] | undefined> = {
  '89': 1990, '90': 1990, '99': 1999, '9x': 1999, '11': 2011, '1x': 2011, '17': 2017, '18': 2017, '2x': 2023,
};
const ISO_YEARS: Record<string, CStandard['year'] | undefined> = {
  '1990': 1990, '199409': 1994, '1999': 1999, '199x': 1999, '2011': 2011, '2017': 2017, '2018': 2017,
};

/** The dialect of a -std= value (`gnu17`, `c99`, `iso9899:199409`...); undefined if gcc 12 has no such C standard. */
export function parseStandard(name: string): CStandard | undefined {
  const iso = /^iso9899:(.*)$/.exec(name);
  if (iso) {
    const year = ISO_YEARS[iso[1]];
    return year === undefined ? undefined : { year, gnu: false };
  }
  const m = /^(c|gnu)(.*)$/.exec(name);
  const year = m ? YEARS[m[2]] : undefined;
  return year === undefined ? undefined : { year, gnu: m![1] === 'gnu' };
}

/**
 * tcc-lite's default, gnu17 as gcc 12's: a program that asks `__STDC_VERSION__` which C it
 * is compiled as gets gcc's answer. (The kernel and userland builds ask for gnu99.)
 */
export const DEFAULT_STANDARD: CStandard = { year: 2017, gnu: true };

/** The dialect for an options' `std` (undefined or an unknown name: the default). */
export function standardOf(std: string | undefined): CStandard {
  return (std !== undefined ? parseStandard(std) : undefined) ?? DEFAULT_STANDARD;
}

/** Strict ISO C90 (with or without Amendment 1): no `//` comments, no `inline`. */
export function isStrictC90(s: CStandard): boolean {
  return !s.gnu && s.year <= 1994;
}

/**
 * Whether `inline` follows GNU89's rules (plain `inline` is an external definition,
 * `extern inline` only a body to inline) instead of C99's: before C99, unless
 * -fgnu89-inline or -fno-gnu89-inline (`flag`) says otherwise, as in gcc 12.
 */
export function usesGnu89Inline(s: CStandard, flag: boolean | undefined): boolean {
  return flag ?? s.year < 1999;
}

/** `__STDC_VERSION__`, undefined for C90 (Amendment 1 introduced the macro). */
export function stdcVersion(s: CStandard): string | undefined {
  const versions: Record<CStandard['year'], string | undefined> = {
    1990: undefined, 1994: '199409L', 1999: '199901L', 2011: '201112L', 2017: '201710L', 2023: '202000L',
  };
  return versions[s.year];
}

/** The lexical rules of a dialect (what the preprocessor's lexer needs to know). */
export interface LexRules {
  /** .S input: assembler text ('$' not an identifier character, '#' comments). */
  assembly: boolean;
  /** `//` starts a comment (every dialect but strict C90). */
  lineComments: boolean;
  /** `e+` `E-` and also `p+` `P-` continue a pp-number (C99); C90 has only the `e` forms. */
  binaryExponents: boolean;
  /** `<:` `:>` `<%` `%>` `%:` `%:%:` (C94 on). */
  digraphs: boolean;
  /** `u"..."` `U"..."` `u8"..."` `u'c'` `U'c'` are literals (gnu99/c11 on). */
  unicodeLiterals: boolean;
  /** `u8'c'` is a literal (C2X). */
  utf8CharLiterals: boolean;
  /** `??=` and the other trigraphs are replaced first (strict modes, or -trigraphs). */
  trigraphs: boolean;
  /**
   * -Wimplicit-fallthrough's level: comments that mark a fallthrough at that level flag the
   * next token (TF_FALLTHROUGH, fallthrough-comment.ts); 0: comments are not read.
   */
  fallthroughLevel: number;
}

/** The lexical rules of a dialect; `trigraphs` as -trigraphs forces them on. */
export function lexRules(s: CStandard, assembly: boolean, trigraphs = false, fallthroughLevel = 0): LexRules {
  return {
    assembly,
    lineComments: !isStrictC90(s),
    binaryExponents: s.gnu || s.year >= 1999,
    digraphs: s.gnu || s.year >= 1994,
    unicodeLiterals: s.year >= 2011 || (s.gnu && s.year >= 1999),
    utf8CharLiterals: s.year >= 2023,
    trigraphs: trigraphs || !s.gnu,
    fallthroughLevel,
  };
}

const ruleKeys = new WeakMap<LexRules, string>();

/** A short key naming the rules, for caches of lexed files (made once per rules object). */
export function lexRulesKey(r: LexRules): string {
  let key = ruleKeys.get(r);
  if (key === undefined) {
    key = [r.assembly, r.lineComments, r.binaryExponents, r.digraphs, r.unicodeLiterals, r.utf8CharLiterals, r.trigraphs]
      .map((b) => (b ? '1' : '0'))
      .join('') + r.fallthroughLevel;
    ruleKeys.set(r, key);
  }
  return key;
}
