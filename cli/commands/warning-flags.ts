/**
 * gcc's rules for the warning options we implement (-Wall, -Wformat, -Wparentheses,
 * -Wreturn-type, -Wunused and its parts), which are not "the last one wins": an option
 * named on its own beats a group that implies it, in whatever order they come, so
 * `-Wno-parentheses -Wall` leaves -Wparentheses off. Among options of the same rank, the
 * last wins. The chain is gcc's: -Wall implies -Wunused, which implies -Wunused-variable
 * and -Wunused-but-set-variable.
 */
import type { OptionalWarning } from '../../compiler/cc/report.js';

/** The flags this module takes (others are accepted and ignored by the caller). */
export const WARNING_FLAGS = /^-W(no-)?(all|format|format=[0-9]|parentheses|return-type|unused|unused-variable|unused-but-set-variable)$/;

type Named = 'format' | 'parentheses' | 'return-type' | 'unused-variable' | 'unused-but-set-variable';
const UNUSED: readonly Named[] = ['unused-variable', 'unused-but-set-variable'];
const ALL: readonly Named[] = ['format', 'parentheses', 'return-type', ...UNUSED];

export class WarningFlags {
  private readonly named = new Map<Named, boolean>();
  private unused: boolean | undefined;
  private all = false;

  /** Takes one flag that WARNING_FLAGS matches. */
  take(flag: string): void {
    const on = !flag.startsWith('-Wno-') && flag !== '-Wformat=0';
    const name = flag.slice(flag.startsWith('-Wno-') ? 5 : 2).replace(/=[0-9]$/, '');
    if (name === 'all') this.all = on;
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
      const on = this.named.get(w) ?? (UNUSED.includes(w) ? this.unused : undefined) ?? this.all;
      if (on) out.push(w);
      else if (w === 'return-type' && this.named.get(w) === false) out.push('no-return-type');
    }
    return out;
  }
}
