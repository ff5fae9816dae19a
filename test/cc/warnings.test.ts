/**
 * The warnings a first C course most needs, as gcc 12 gives them: printf/scanf formats
 * against their arguments (-Wformat), precedence slips (-Wparentheses), variables never
 * used or only stored into (-Wunused-variable, -Wunused-but-set-variable), all on with
 * -Wall, with a string literal compared (-Waddress), a statement with no effect
 * (-Wunused-value), an enumerator a switch does not handle (-Wswitch), `!a == b`
 * (-Wlogical-not-parentheses), a comma operand with no effect (-Wunused-value), a function or
 * array name as a truth value (-Waddress), a plain char as an index (-Wchar-subscripts), pointees that differ
 * in sign (-Wpointer-sign), `sizeof p / sizeof *p` (-Wsizeof-pointer-div, -Wsizeof-array-div),
 * an ambiguous else (-Wdangling-else), an initializer without a nested aggregate's braces (-Wmissing-braces), a pragma gcc does not
 * know (-Wunknown-pragmas) and #pragma message's note, a comment opened inside a comment or a
 * // comment continued by a backslash (-Wcomment), a call of a pure function whose value is thrown away (-Wunused-value),
 * and #pragma GCC diagnostic's changes to all of these, a label never jumped to (-Wunused-label), comparisons
 * decided in advance (-Wbool-compare, -Wtautological-compare) and `a * b` or `a << 1` as a truth
 * value (-Wint-in-bool-context), and the ones gcc always gives: a pointer compared with an integer, a
 * cast between a pointer and an integer of another size, a local's address returned, `sizeof` of an array parameter, a
 * division by zero, a shift count out of range or a constant that does not fit (not in code
 * never evaluated), a function
 * called without a declaration (and gcc's built-in one it then contradicts). The oracle is gcc itself: for
 * each program of test/cc/warnings and each set of flags, `tcc-lite cc -fsyntax-only`
 * must print the same warning lines — file, line, column and message — as
 * `gcc -fsyntax-only` (quotes aside: gcc's are typographic). parentheses.c is indented
 * with tabs, and has tabs inside a line: columns are gcc's display columns. A type a
 * typedef named is quoted by that name and `{aka ...}` (typedef_names.c, type_errors.c).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseCcArgs } from '../../cli/commands/cc-args.js';
import { compileC } from '../../compiler/cc/index.js';
import { gccStderr, ourStderr, warningLines } from './warning-oracle.js';

function gccWarnings(file: string, flags: string[]): string[] {
  return warningLines(gccStderr(['-fsyntax-only', ...flags, file]), WITH_NOTES.has(file));
}

async function ourWarnings(file: string, flags: string[]): Promise<string[]> {
  return warningLines(await ourStderr(['-fsyntax-only', ...flags, file]), WITH_NOTES.has(file));
}

const FLAG_SETS = [
  [], ['-Wall'], ['-Wall', '-Wno-format'], ['-Wall', '-Wno-parentheses'], ['-Wformat'], ['-Wparentheses'], ['-Wall', '-w'],
  ['-Wunused'], ['-Wall', '-Wno-unused-variable'], ['-Wall', '-Wno-unused-but-set-variable'], ['-Wall', '-Wno-unused'],
  ['-Wreturn-type'], ['-Wall', '-Wno-return-type'], ['-Wno-return-type'], ['-Werror'], ['-Wall', '-Werror'],
  ['-Wno-parentheses', '-Wall'], ['-Wno-unused', '-Wall', '-Wunused-variable'], ['-Wno-pointer-to-int-cast'], ['-Wall', '-Wno-int-to-pointer-cast'],
  ['-Wall', '-Wno-unused-value'], ['-Wall', '-Wno-address'], ['-Wno-return-local-addr'], ['-Wswitch'], ['-Wall', '-Wno-switch'], ['-Wall', '-Wno-logical-not-parentheses'], ['-Wno-div-by-zero'], ['-Wno-overflow'], ['-Wno-shift-overflow'], ['-Wall', '-Wno-char-subscripts'], ['-Wno-shift-count-overflow', '-Wno-shift-count-negative'],
  ['-Wall', '-Wno-pointer-sign'], ['-Wpointer-sign'], ['-Wall', '-Wno-sizeof-pointer-div', '-Wno-sizeof-array-div'],
  ['-Wno-sizeof-array-argument'], ['-Wall', '-Wno-dangling-else'], ['-Wno-parentheses', '-Wdangling-else'], ['-Wall', '-Wno-unused-label'], ['-Wunused-label'],
  ['-Wall', '-Wno-bool-compare'], ['-Wall', '-Wno-tautological-compare', '-Wno-int-in-bool-context'], ['-Wbool-compare', '-Wtautological-compare', '-Wint-in-bool-context'],
  ['-Wall', '-Wno-sequence-point'], ['-Wsequence-point'], ['-Wall', '-Wno-bool-operation'], ['-Wbool-operation'], ['-Wunused-value'],
  ['-Wall', '-Wno-misleading-indentation'], ['-Wmisleading-indentation'], ['-Wall', '-Wno-enum-compare', '-Wno-memset-transposed-args'], ['-Wenum-compare', '-Wmemset-transposed-args'],
  ['-Wall', '-Wno-sizeof-pointer-memaccess'], ['-Wsizeof-pointer-memaccess'], ['-Wall', '-Wno-missing-braces'], ['-Wmissing-braces'],
  ['-Wall', '-Wno-unknown-pragmas'], ['-Wunknown-pragmas'], ['-Wall', '-Wno-comment'], ['-Wcomments'], ['-Wno-switch-outside-range'], ['-Wno-switch-bool', '-Wall'], ['-Wno-builtin-declaration-mismatch'], ['-fno-builtin'],
];

/** Programs whose notes ("declared here", "include '<stdlib.h>'") are gcc's too. */
const WITH_NOTES = new Set(['override_init.c', 'typedef_names.c', 'missing_fields.c', 'return_type.c', 'implicit.c', 'implicit_includes.c', 'logical_not.c', 'pointer_sign.c', 'sizeof.c', 'comparisons.c', 'address.c', 'bool_operation.c', 'misleading_indentation.c', 'sizeof_memaccess.c', 'unknown_pragmas.c', 'builtin_declarations.c', 'implicit_known.c']);

describe('-Wall warnings, as gcc gives them', () => {
  afterEach(() => vi.restoreAllMocks());

  for (const program of ['format.c', 'parentheses.c', 'pointer_compare.c', 'casts.c', 'classic.c', 'switch.c', 'logical_not.c', 'evaluation.c', 'overflow.c', 'char_subscripts.c', 'pointer_sign.c', 'sizeof.c', 'dangling_else.c', 'labels.c', 'comparisons.c', 'comma.c', 'address.c', 'sequence_point.c', 'bool_operation.c', 'value_not_used.c', 'misleading_indentation.c', 'enum_compare.c', 'memset_transposed.c', 'sizeof_memaccess.c', 'missing_braces.c', 'unknown_pragmas.c', 'comments.c', 'diagnostic_pragmas.c', 'pure_calls.c', 'typedef_names.c', 'unused.c', 'implicit.c', 'implicit_includes.c', 'return_type.c', 'visibility_pragmas.c', 'builtin_declarations.c', 'parameter_tags.c', 'implicit_known.c', 'main_signature.c']) {
    it(`${program}: the same lines as gcc under each flag set`, async () => {
      let warned = 0;
      for (const flags of FLAG_SETS) {
        // gcc 12 still prints -Waddress's "declared here" notes when -w has silenced the warning they belong to.
        if (program === 'address.c' && flags.includes('-w')) continue;
        const expected = gccWarnings(program, flags);
        expect(await ourWarnings(program, flags), flags.join(' ')).toEqual(expected);
        warned += expected.length;
      }
      // Not a comparison of two silences: each program draws warnings.
      expect(warned).toBeGreaterThan(3);
    });
  }

  it('knows the library functions without side effects only with builtins on, as gcc (pure_calls.c, -fno-builtin)', async () => {
    const flags = ['-Wall', '-fno-builtin'];
    const expected = gccWarnings('pure_calls.c', flags);
    expect(await ourWarnings('pure_calls.c', flags)).toEqual(expected);
    // Only the functions declared pure or const are left.
    expect(expected.filter((w) => w.includes('no effect')).length).toBeLessThan(gccWarnings('pure_calls.c', ['-Wall']).filter((w) => w.includes('no effect')).length);
  });

  it('-Wenum-conversion with -Wextra, -Wmain with -Wall or -pedantic (enum_conversion.c, main_signature.c)', async () => {
    const sets = [[], ['-Wall'], ['-Wextra'], ['-Wenum-conversion'], ['-Wextra', '-Wno-enum-conversion'], ['-Wmain'], ['-pedantic'], ['-Wall', '-Wno-main']];
    for (const program of ['enum_conversion.c', 'main_signature.c']) {
      for (const flags of sets) expect(await ourWarnings(program, flags), `${program} ${flags.join(' ')}`).toEqual(gccWarnings(program, flags));
    }
    expect(gccWarnings('enum_conversion.c', ['-Wextra'])).toHaveLength(4);
  });

  it('compares declarations with the library\'s only with builtins on, as gcc (builtin_declarations.c, -fno-builtin, -ffreestanding)', async () => {
    for (const flags of [['-fno-builtin'], ['-ffreestanding'], ['-fno-builtin', '-fbuiltin']]) {
      expect(await ourWarnings('builtin_declarations.c', flags), flags.join(' ')).toEqual(gccWarnings('builtin_declarations.c', flags));
    }
    expect(gccWarnings('builtin_declarations.c', ['-fno-builtin']).some((w) => w.includes('built-in'))).toBe(false);
  });

  it('-Wreturn-type on what can be reached: a dead break, if (0), do-while (0), __builtin_unreachable, goto, Duff (return_flow.c)', async () => {
    for (const flags of [['-Wall'], ['-Wreturn-type'], ['-Wall', '-Wno-return-type']]) {
      const args = ['-c', '-o', '/dev/null', ...flags, 'return_flow.c'];
      expect(warningLines(await ourStderr(args)), args.join(' ')).toEqual(warningLines(gccStderr(args)));
    }
    expect(warningLines(gccStderr(['-c', '-o', '/dev/null', '-Wall', 'return_flow.c'])).length).toBe(7);
  });

  it("-Wextra's unused parameters, and gcc's middle-end \"control reaches end\" after the front end's warnings, only when compiling (unused_parameters.c)", async () => {
    const sets = [[], ['-Wall', '-Wextra'], ['-Wextra'], ['-Wall'], ['-Wunused-parameter'], ['-Wunused-but-set-parameter'], ['-Wextra', '-Wunused'],
      ['-Wall', '-Wextra', '-Wno-unused-parameter'], ['-Wall', '-Wextra', '-Wno-unused-but-set-parameter'], ['-Wall', '-Wextra', '-Wno-unused']];
    for (const flags of sets) {
      for (const mode of [['-fsyntax-only'], ['-c', '-o', '/dev/null']]) {
        const args = [...mode, ...flags, 'unused_parameters.c'];
        expect(warningLines(await ourStderr(args)), args.join(' ')).toEqual(warningLines(gccStderr(args)));
      }
    }
    const all = warningLines(gccStderr(['-c', '-o', '/dev/null', '-Wall', '-Wextra', 'unused_parameters.c']));
    expect(all.filter((w) => w.includes('-Wunused-parameter')).length).toBeGreaterThan(4);
    expect(all[all.length - 1]).toContain('control reaches end of non-void function');
  });

  it('-Wextra -Wsign-compare: signed values that may be negative compared with unsigned ones, and ?: between them (sign_compare.c)', async () => {
    for (const flags of [[], ['-Wall'], ['-Wextra'], ['-Wall', '-Wextra'], ['-Wsign-compare'], ['-Wextra', '-Wno-sign-compare']]) {
      expect(await ourWarnings('sign_compare.c', flags), flags.join(' ')).toEqual(gccWarnings('sign_compare.c', flags));
    }
    const warned = gccWarnings('sign_compare.c', ['-Wextra']);
    expect(warned.filter((w) => w.includes('different signedness')).length).toBeGreaterThan(20);
    expect(warned.some((w) => w.includes("operand of '?:' changes signedness"))).toBe(true);
  });

  it('-Wextra -Wtype-limits, -Wempty-body, -Wmissing-field-initializers, -Wshift-negative-value, -Wignored-qualifiers and -Woverride-init (type_limits.c, empty_body.c, missing_fields.c, shift_negative.c, ignored_qualifiers.c, override_init.c)', async () => {
    for (const program of ['type_limits.c', 'empty_body.c', 'missing_fields.c', 'shift_negative.c', 'ignored_qualifiers.c', 'override_init.c']) {
      const sets = [[], ['-Wall'], ['-Wextra'], ['-Wall', '-Wextra'], ['-Wtype-limits'], ['-Wempty-body'], ['-Wmissing-field-initializers'], ['-Wshift-negative-value'], ['-Wignored-qualifiers'], ['-Woverride-init'], ['-Wno-override-init-side-effects'],
        ['-Wextra', '-Wno-type-limits', '-Wno-empty-body', '-Wno-missing-field-initializers', '-Wno-shift-negative-value', '-Wno-ignored-qualifiers', '-Wno-override-init'], ['-Wextra', '-std=c90']];
      for (const flags of sets) expect(await ourWarnings(program, flags), `${program} ${flags.join(' ')}`).toEqual(gccWarnings(program, flags));
      expect(gccWarnings(program, ['-Wextra']).length).toBeGreaterThan(3);
    }
  });

  it("-Wimplicit-fallthrough: what gcc's lowered code says may fall through into a case, the comments of each level and the attributes that say it is meant (fallthrough.c)", async () => {
    const levels = [1, 2, 3, 4, 5].map((n) => [`-Wimplicit-fallthrough=${n}`]);
    const sets = [[], ['-Wextra'], ['-Wall', '-Wextra'], ['-Wimplicit-fallthrough'], ...levels, ['-Wextra', '-Wno-implicit-fallthrough'],
      ['-Wextra', '-Wimplicit-fallthrough=0'], ['-Wextra', '-w'], ['-DINVALID'], ['-DINVALID', '-Wextra']];
    const count = (flags: string[]): number => warningLines(gccStderr(['-c', '-o', '/dev/null', ...flags, 'fallthrough.c'])).filter((l) => l.includes('may fall through')).length;
    for (const flags of sets) {
      // gcc's middle end gives them, when it compiles: -fsyntax-only gives none.
      for (const mode of [['-fsyntax-only'], ['-c', '-o', '/dev/null']]) {
        const args = [...mode, ...flags, 'fallthrough.c'];
        expect(warningLines(await ourStderr(args), true), args.join(' ')).toEqual(warningLines(gccStderr(args), true));
      }
    }
    // Each level takes fewer comments than the one before (5 none): the comments are read.
    expect(count(['-Wimplicit-fallthrough=1'])).toBeLessThan(count(['-Wimplicit-fallthrough=2']));
    expect(count(['-Wimplicit-fallthrough=3'])).toBeLessThan(count(['-Wimplicit-fallthrough=4']));
    expect(count(['-Wimplicit-fallthrough=4'])).toBeLessThan(count(['-Wimplicit-fallthrough=5']));
    expect(count(['-Wextra'])).toBeGreaterThan(30);
    expect(gccStderr(['-c', '-o', '/dev/null', '-DINVALID', 'fallthrough.c'])).toContain('invalid use of attribute');
  });

  it('names types in errors as gcc does, typedef names and all, with its notes; an unknown type name and the header that defines it (type_errors.c, one error per case)', async () => {
    for (let n = 1; n <= 20; n++) {
      const args = ['-fsyntax-only', `-DCASE=${n}`, 'type_errors.c'];
      const expected = warningLines(gccStderr(args), true);
      expect(expected.some((l) => l.includes(': error: ')), `case ${n}`).toBe(true);
      expect(warningLines(await ourStderr(args), true), `case ${n}`).toEqual(expected);
    }
  });

  it('gives no warning in a system header (-isystem, #pragma GCC system_header), as gcc gives none (system_headers.c)', async () => {
    const flags = ['-Wall', '-isystem', 'system'];
    const expected = gccWarnings('system_headers.c', flags);
    expect(await ourWarnings('system_headers.c', flags)).toEqual(expected);
    expect(expected.length).toBeGreaterThan(2);
    expect(expected.some((w) => w.includes('.h:'))).toBe(false);
  });

  it("shows a system header's typedef without {aka} where gcc does: a record named in the implementation's namespace (system_typedefs.c)", async () => {
    const flags = ['-Wall', '-isystem', 'system'];
    const expected = gccWarnings('system_typedefs.c', flags);
    expect(await ourWarnings('system_typedefs.c', flags)).toEqual(expected);
    expect(expected.filter((w) => w.includes('{aka')).length).toBeGreaterThan(1);
    expect(expected.filter((w) => !w.includes('{aka')).length).toBeGreaterThan(1);
  });

  it('prints what gcc prints for implicit_includes.c: source lines once per place, the #include to add (quotes and ~ underlines aside)', async () => {
    const gcc = gccStderr(['-fsyntax-only', 'implicit_includes.c']);
    const ours = await ourStderr(['-fsyntax-only', 'implicit_includes.c']);
    expect(ours).toContain('  +++ |+#include <stdlib.h>');
    expect(ours).toBe(gcc.replace(/[‘’]/g, "'").replace(/\^~+/g, '^'));
  });

  it('-pedantic implies -Wpointer-sign, unless it is named off (pointer_sign.c)', async () => {
    for (const flags of [['-pedantic'], ['-pedantic', '-Wno-pointer-sign'], ['-Wno-pointer-sign', '-pedantic']]) {
      expect(await ourWarnings('pointer_sign.c', flags), flags.join(' ')).toEqual(gccWarnings('pointer_sign.c', flags));
    }
    expect(gccWarnings('pointer_sign.c', ['-pedantic']).some((w) => w.includes('[-Wpointer-sign]'))).toBe(true);
  });

  it('checks a format literal of any length (300,000 characters: no stack overflow)', () => {
    const src = `int printf(const char *, ...);\nint main(void) { return printf("${'a'.repeat(300_000)}%d\\n", 1L); }\n`;
    const { warnings } = compileC(src, { fileName: 'long.c', optionalWarnings: ['format'] });
    expect(warnings.map((w) => w.message)).toEqual(["format '%d' expects argument of type 'int', but argument 2 has type 'long int' [-Wformat=]"]);
  });

  it('-Wall turns on -Wformat, -Wparentheses, -Wreturn-type and -Wunused-(but-set-)variable, unless one is named off, in any order', () => {
    // (The others -Wall brings are tested with their programs: end-of-file-warnings.test.ts, classic.c.)
    const others = ['maybe-uninitialized', 'uninitialized', 'unused-function', 'unused-value', 'address', 'switch', 'logical-not-parentheses', 'char-subscripts',
      'pointer-sign', 'sizeof-pointer-div', 'sizeof-array-div', 'dangling-else', 'unused-label', 'bool-compare', 'tautological-compare', 'int-in-bool-context', 'array-compare',
      'sequence-point', 'bool-operation', 'misleading-indentation', 'enum-compare', 'memset-transposed-args', 'sizeof-pointer-memaccess', 'missing-braces',
      'unknown-pragmas', 'comment', 'unused-parameter', 'unused-but-set-parameter', 'sign-compare', 'type-limits', 'empty-body',
      'missing-field-initializers', 'implicit-fallthrough=3', 'shift-negative-value', 'ignored-qualifiers', 'override-init', 'main', 'enum-conversion'];
    const warnings = (...flags: string[]): string[] => [...parseCcArgs([...flags, 'x.c']).optionalWarnings].filter((w) => !others.includes(w)).sort();
    const unused = ['unused-but-set-variable', 'unused-variable'];
    expect(warnings()).toEqual([]);
    expect(warnings('-Wall')).toEqual(['format', 'parentheses', 'return-type', ...unused]);
    expect(warnings('-Wall', '-Wno-format')).toEqual(['parentheses', 'return-type', ...unused]);
    expect(warnings('-Wall', '-Wformat=0')).toEqual(['parentheses', 'return-type', ...unused]);
    // gcc: an option named on its own beats the group that implies it, whatever the order.
    expect(warnings('-Wno-parentheses', '-Wall')).toEqual(['format', 'return-type', ...unused]);
    expect(warnings('-Wno-parentheses', '-Wparentheses', '-Wall')).toEqual(['format', 'parentheses', 'return-type', ...unused]);
    expect(warnings('-Wall', '-Wno-unused')).toEqual(['format', 'parentheses', 'return-type']);
    expect(warnings('-Wno-unused', '-Wall', '-Wunused-variable')).toEqual(['format', 'parentheses', 'return-type', 'unused-variable']);
    expect(warnings('-Wall', '-Wno-all')).toEqual([]);
    expect(warnings('-Wformat=2')).toEqual(['format']);
    // -Wreturn-type's warnings are given by default; only naming it off silences them.
    expect(warnings('-Wall', '-Wno-return-type')).toEqual(['format', 'no-return-type', 'parentheses', ...unused]);
    expect(warnings('-Wno-return-type', '-Wall')).toEqual(['format', 'no-return-type', 'parentheses', ...unused]);
  });
});
