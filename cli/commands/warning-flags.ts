/**
 * gcc's rules for the warning options we implement (-Wall, -Wextra, -Wformat,
 * -Wparentheses, -Wreturn-type, -Wunused and its four parts, -Wuninitialized,
 * -Wmaybe-uninitialized, -Waddress, -Wswitch, -Wlogical-not-parentheses, -Wchar-subscripts,
 * -Wpointer-sign (which -pedantic implies too), -Wsizeof-pointer-div, -Wsizeof-array-div,
 * -Wdangling-else, -Wunused-label, -Wbool-compare, -Wtautological-compare, -Wint-in-bool-context,
 * -Warray-compare, -Wsequence-point, -Wbool-operation, -Wmisleading-indentation, -Wenum-compare,
 * -Wmemset-transposed-args, -Wsizeof-pointer-memaccess, -Wmissing-braces, -Wunknown-pragmas, -Wcomment
 * (-Wcomments is its other name), -Wunused-parameter and -Wunused-but-set-parameter (on with -Wextra and
 * -Wunused, which -Wall implies), -Wsign-compare, -Wtype-limits, -Wempty-body, -Wmissing-field-initializers,
 * -Wimplicit-fallthrough[=N] (at level 3), -Wignored-qualifiers, -Woverride-init and -Wshift-negative-value (which the compiler gives in C99 and
 * later only, as gcc's -Wextra does) (on with -Wextra),
 * and those on by default), which are not "the last one wins": an option named on its own
 * beats a group that implies it, in whatever order they come, so `-Wno-parentheses -Wall`
 * leaves -Wparentheses off. Among options of the same rank, the last wins. The chains are
 * gcc's: -Wall implies -Wunused, which implies -Wunused-variable,
 * -Wunused-but-set-variable, -Wunused-function, -Wunused-value and -Wunused-label; -Wall and -Wextra imply -Wuninitialized; -Wmaybe-uninitialized
 * is implied by -Wall, -Wextra and -Wuninitialized (on or off), whichever comes last;
 * -Wdangling-else by -Wparentheses.
 */
import type { OptionalWarning } from '../../compiler/cc/report.js';

/** The flags this module takes (others are accepted and ignored by the caller). */
export const WARNING_FLAGS = /^-W(no-)?(all|extra|format|format=[0-9]|parentheses|return-type|unused|unused-variable|unused-but-set-variable|unused-function|unused-parameter|unused-but-set-parameter|sign-compare|type-limits|empty-body|missing-field-initializers|implicit-fallthrough(?:=[0-5])?|shift-negative-value|ignored-qualifiers|override-init|override-init-side-effects|unused-value|uninitialized|maybe-uninitialized|address|switch|logical-not-parentheses|char-subscripts|pointer-sign|sizeof-pointer-div|sizeof-array-div|sizeof-array-argument|dangling-else|unused-label|bool-compare|tautological-compare|int-in-bool-context|array-compare|sequence-point|bool-operation|misleading-indentation|enum-compare|memset-transposed-args|sizeof-pointer-memaccess|missing-braces|unknown-pragmas|comments?|pointer-to-int-cast|int-to-pointer-cast|return-local-addr|div-by-zero|shift-count-overflow|shift-count-negative|shift-overflow|overflow|switch-outside-range|switch-bool|builtin-declaration-mismatch|main|enum-conversion)$/;

/** The warnings that groups (-Wall, -Wextra, -Wunused, -Wuninitialized) may turn on. */
type Grouped =
  | 'format' | 'parentheses' | 'return-type' | 'unused-variable' | 'unused-but-set-variable' | 'unused-function' | 'unused-value'
  | 'uninitialized' | 'maybe-uninitialized' | 'address' | 'switch' | 'logical-not-parentheses' | 'char-subscripts' | 'pointer-sign'
  | 'sizeof-pointer-div' | 'sizeof-array-div' | 'dangling-else' | 'unused-label' | 'bool-compare' | 'tautological-compare' | 'int-in-bool-context'
  | 'array-compare' | 'sequence-point' | 'bool-operation' | 'misleading-indentation' | 'enum-compare'
  | 'memset-transposed-args' | 'sizeof-pointer-memaccess' | 'missing-braces' | 'unknown-pragmas' | 'comment'
  | 'unused-parameter' | 'unused-but-set-parameter' | 'sign-compare' | 'type-limits' | 'empty-body' | 'missing-field-initializers'
  | 'implicit-fallthrough' | 'shift-negative-value' | 'ignored-qualifiers' | 'override-init' | 'main' | 'enum-conversion';
/** Warnings given unless named off: the compiler is told `no-NAME`. */
const ON_BY_DEFAULT = ['pointer-to-int-cast', 'int-to-pointer-cast', 'return-local-addr', 'div-by-zero', 'shift-count-overflow', 'shift-count-negative', 'shift-overflow', 'overflow', 'sizeof-array-argument', 'override-init-side-effects', 'switch-outside-range', 'switch-bool', 'builtin-declaration-mismatch'] as const;
type Named = Grouped | (typeof ON_BY_DEFAULT)[number];
const UNUSED: readonly Grouped[] = ['unused-variable', 'unused-but-set-variable', 'unused-function', 'unused-value', 'unused-label'];
const ALL: readonly Grouped[] = ['format', 'parentheses', 'return-type', ...UNUSED, 'uninitialized', 'maybe-uninitialized', 'address', 'switch', 'logical-not-parentheses', 'char-subscripts', 'pointer-sign',
  'sizeof-pointer-div', 'sizeof-array-div', 'dangling-else', 'bool-compare', 'tautological-compare', 'int-in-bool-context', 'array-compare', 'sequence-point', 'bool-operation', 'misleading-indentation', 'enum-compare',
  'memset-transposed-args', 'sizeof-pointer-memaccess', 'missing-braces', 'unknown-pragmas', 'comment', 'main'];
/** What -Wextra turns on: these with -Wunused only (gcc: EnabledBy(Wunused && Wextra)), the others alone. */
const EXTRA_UNUSED: readonly Grouped[] = ['unused-parameter', 'unused-but-set-parameter'];
const EXTRA: readonly Grouped[] = [...EXTRA_UNUSED, 'sign-compare', 'type-limits', 'empty-body', 'missing-field-initializers', 'implicit-fallthrough', 'shift-negative-value', 'ignored-qualifiers', 'override-init', 'enum-conversion'];

export class WarningFlags {
  private readonly named = new Map<Named, boolean>();
  private unused: boolean | undefined;
  private all = false;
  private extra = false;
  /** What the last of -Wall, -Wextra and -W[no-]uninitialized implies for -Wmaybe-uninitialized. */
  private impliedMaybeUninitialized = false;
  /** -Wimplicit-fallthrough=N's level (the option alone, and -Wextra, mean 3; =0 is off). */
  private fallthroughLevel = 3;

  /** Takes one flag that WARNING_FLAGS matches. */
  take(flag: string): void {
    const on = !flag.startsWith('-Wno-') && flag !== '-Wformat=0';
    const name = flag.slice(flag.startsWith('-Wno-') ? 5 : 2).replace(/=[0-9]$/, '').replace(/^comments$/, 'comment');
    if (name === 'all' || name === 'extra' || name === 'uninitialized') this.impliedMaybeUninitialized = on;
    if (name === 'implicit-fallthrough' && on) {
      // The option alone means level 3; `=0` turns it off.
      const eq = flag.indexOf('=');
      this.fallthroughLevel = eq < 0 ? 3 : Number(flag.slice(eq + 1));
      if (this.fallthroughLevel === 0) {
        this.named.set(name, false);
        return;
      }
    }
    if (name === 'all') this.all = on;
    else if (name === 'extra') this.extra = on;
    else if (name === 'unused') this.unused = on;
    else this.named.set(name as Named, on);
  }

  /**
   * The optional warnings in effect. -Wreturn-type has a third state: its warnings are given
   * by default without the option's name, which -Wall adds and -Wno-return-type silences
   * ('no-return-type'). `pedantic`: -pedantic was given, which implies -Wpointer-sign too.
   */
  result(pedantic: boolean): OptionalWarning[] {
    const out: OptionalWarning[] = [];
    for (const w of [...ALL, ...EXTRA]) {
      const on = this.named.get(w) ?? (this.implied(w) || (w === 'pointer-sign' && pedantic));
      if (on) out.push(w === 'implicit-fallthrough' ? `implicit-fallthrough=${this.fallthroughLevel as 1 | 2 | 3 | 4 | 5}` : w);
      else if (w === 'return-type' && this.named.get(w) === false) out.push('no-return-type');
    }
    for (const w of ON_BY_DEFAULT) if (this.named.get(w) === false) out.push(`no-${w}`);
    return out;
  }

  /** Whether the groups given turn `w` on, when it is not named on its own. */
  private implied(w: Grouped): boolean {
    if (w === 'maybe-uninitialized') return this.impliedMaybeUninitialized;
    if (w === 'uninitialized') return this.all || this.extra;
    if (w === 'dangling-else') return this.named.get('parentheses') ?? this.all;
    if (EXTRA_UNUSED.includes(w)) return this.extra && (this.unused ?? this.all);
    if (EXTRA.includes(w)) return this.extra;
    return (UNUSED.includes(w) ? this.unused : undefined) ?? this.all;
  }
}
