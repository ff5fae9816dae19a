/**
 * Comments that say a switch case falls through on purpose ("fallthrough", "FALLTHRU"), which
 * silence -Wimplicit-fallthrough when they come right before the next `case`, `default` or
 * label. What counts is the option's level, as gcc's manual gives it:
 *
 *   1  any comment;
 *   2  a comment holding "fall through" (any case, `falls?[ \t-]*thr(ough|u)`);
 *   3  the whole comment is one of the usual spellings (FALLTHRU, fall-through, Falls
 *      through, else fall through, intentional fallthrough...), optionally followed by
 *      `- why`; also lint's `-fallthrough` and `@fallthrough@` (the default level);
 *   4  only FALLTHROUGH or FALLTHRU (and lint's forms);
 *   5  none: only `__attribute__((fallthrough));` does.
 */

/** The level-3 spellings: the whole comment text (between its delimiters) must match one. */
const LEVEL3 = [
  /^(?:-fallthrough|@fallthrough@|lint -fallthrough[ \t]*)$/,
  /^[ \t.!]*(?:ELSE,? |INTENTIONAL(?:LY)? )?FALL(?:S | |-)?THR(?:OUGH|U)[ \t.!]*(?:-[^\n\r]*)?$/,
  /^[ \t.!]*(?:Else,? |Intentional(?:ly)? )?Fall(?:(?:s | |-)[Tt]|t)hr(?:ough|u)[ \t.!]*(?:-[^\n\r]*)?$/,
  /^[ \t.!]*(?:[Ee]lse,? |[Ii]ntentional(?:ly)? )?fall(?:s | |-)?thr(?:ough|u)[ \t.!]*(?:-[^\n\r]*)?$/,
];

const LEVEL4 = [/^(?:-fallthrough|@fallthrough@|lint -fallthrough[ \t]*)$/, /^[ \t]*FALLTHR(?:OUGH|U)[ \t]*$/];

const LEVEL2 = /falls?[ \t-]*thr(?:ough|u)/i;

/** Whether the comment whose text (without its delimiters) is src[from, to) marks a fallthrough at `level`. */
export function isFallthroughComment(src: string, from: number, to: number, level: number): boolean {
  if (level === 1) return true;
  if (level >= 5) return false;
  const text = src.slice(from, to);
  if (level === 2) return LEVEL2.test(text);
  return (level === 3 ? LEVEL3 : LEVEL4).some((re) => re.test(text));
}

/** The level an 'implicit-fallthrough=N' among the compiler's optional warnings names, 0 if none. */
export function fallthroughLevelOf(warnings: Iterable<string>): number {
  for (const w of warnings) if (w.startsWith('implicit-fallthrough=')) return Number(w.slice('implicit-fallthrough='.length));
  return 0;
}
