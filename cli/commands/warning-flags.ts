/**
 * gcc's rules for the warning options we implement (-Wall, -Wextra, -Wformat,
 * -Wparentheses, -Wreturn-type, -Wunused and its parts, -Wuninitialized,
 * -Wmaybe-uninitialized), which are not "the last one wins": an option named on its own
 * beats a group that implies it, in whatever order they come, so `-Wno-parentheses -Wall`
 * leaves -Wparentheses off. Among options of the same rank, the last wins. The chains are
 * gcc's: -Wall implies -Wunused, which implies -Wunused-variable and
 * -Wunused-but-set-variable; -Wall and -Wextra imply -Wuninitialized; -Wmaybe-uninitialized
 * is implied by -Wall, -Wextra and -Wuninitialized (on or off), whichever comes last.
 */
import type { OptionalWarning } from '../../compiler/cc/report.js';

/** The flags this module takes (others are accepted and ignored by the caller). */
export const WARNING_FLAGS = /^-W(no-)?(all|extra|format|format=[0-9]|parentheses|return-type|unused|unused-variable|unused-but-set-variable|uninitialized|maybe-uninitialized)$/;

type Named = 'format' | 'parentheses' | 'return-type' | 'unused-variable' | 'unused-but-set-variable' | 'uninitialized' | 'maybe-uninitialized';
const UNUSED: readonly Named[] = ['unused-variable', 'unused-but-set-variable'];
const ALL: readonly Named[] = ['format', 'parentheses', 'return-type', ...UNUSED, 'uninitialized', 'maybe-uninitialized'];

/**
 * The warnings gcc's middle end gives, after it has compiled a function: none of them
 * with -fsyntax-only, which stops before.
 */
export const MIDDLE_END_WARNINGS: readonly OptionalWarning[] = ['uninitialized', 'maybe-uninitialized'];

export class WarningFlags {
  private readonly named = new Map<Named, boolean>();
  private unused: boolean | undefined;
  private all = false;
  private extra = false;
  /** What the last of -Wall, -Wextra and -W[no-]uninitialized implies for -Wmaybe-uninitialized. */
  private impliedMaybeUninitialized = false;

  /** Takes one flag that WARNING_FLAGS matches. */
  take(flag: string): void {
    const on = !flag.startsWith('-Wno-') && flag !== '-Wformat=0';
    const name = flag.slice(flag.startsWith('-Wno-') ? 5 : 2).replace(/=[0-9]$/, '');
    if (name === 'all' || name === 'extra' || name === 'uninitialized') this.impliedMaybeUninitialized = on;
    if (name === 'all') this.all = on;
    else if (name === 'extra') this.extra = on;
    else if (name === 'unused') this.unused = on;
    else this.named.set(name as Named, on);
  }

  /**
   * The optional warnings in effect. -Wreturn-type has a third state: its warnings are given
   * by default without the option's name, which -Wall adds and -Wno-return-type silences
   * ('no-return-type').
   */
  result(): OptionalWarning[] {
    const out: OptionalWarning[] = [];
    for (const w of ALL) {
      const on = this.named.get(w) ?? this.implied(w);
      if (on) out.push(w);
      else if (w === 'return-type' && this.named.get(w) === false) out.push('no-return-type');
    }
    return out;
  }

  /** Whether the groups given turn `w` on, when it is not named on its own. */
  private implied(w: Named): boolean {
    if (w === 'maybe-uninitialized') return this.impliedMaybeUninitialized;
    if (w === 'uninitialized') return this.all || this.extra;
    return (UNUSED.includes(w) ? this.unused : undefined) ?? this.all;
  }
}
