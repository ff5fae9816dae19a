/**
 * Trigraphs (C99 5.2.1.1): `??=` is `#`, `??/` is `\` and so on, replaced in translation
 * phase 1, before line splicing and tokenizing, so they work everywhere, also in string
 * literals and comments, and `??/` at the end of a line splices it with the next. gcc
 * does this in every strict ISO mode and with -trigraphs.
 */

const REPLACEMENT: Record<string, string | undefined> = {
  '=': '#', '(': '[', ')': ']', '<': '{', '>': '}', '/': '\\', "'": '^', '!': '|', '-': '~',
};

/** The text with its trigraphs replaced (the same string when it has none). */
export function replaceTrigraphs(src: string): string {
  if (src.indexOf('??') < 0) return src;
  return src.replace(/\?\?([=()<>/'!-])/g, (_, c: string) => REPLACEMENT[c]!);
}
