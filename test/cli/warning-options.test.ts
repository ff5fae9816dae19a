/**
 * The driver knows gcc's warning options: the list is the installed gcc's (gcc -Q
 * --help=warnings), an option gcc lacks is refused with gcc's words, and -Wno- of
 * anything, or an option of another language, is accepted as gcc accepts it.
 */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { parseCcArgs } from '../../cli/commands/cc-args.js';
import { gccWarningOptionNames } from '../../cli/commands/gcc-warning-options.js';

function refusal(flag: string): string | undefined {
  try {
    parseCcArgs([flag, '-c', 'x.c']);
    return undefined;
  } catch (e) {
    return (e as Error).message;
  }
}

describe('gcc warning options', () => {
  it("are the installed gcc's, every language's", () => {
    const help = execFileSync('gcc', ['-Q', '--help=warnings'], { encoding: 'utf8' });
    const names = help.split('\n').filter((l) => l.startsWith('  -W')).map((l) => l.trim().split(/\s/)[0].slice(2).replace(/[<[].*$/, '').replace(/=.*$/, '='));
    expect([...gccWarningOptionNames()].sort()).toEqual([...new Set(names)].filter((n) => n !== '').sort());
  });

  it('refuses what gcc does not know, as gcc words it, and accepts the rest', () => {
    expect(refusal('-Wshorten-64-to-32')).toBe("unrecognized command-line option '-Wshorten-64-to-32'");
    expect(refusal('-Werror=bogus')).toBe("'-Werror=bogus': no option '-Wbogus'");
    for (const ok of ['-Wno-shorten-64-to-32', '-Wformat=2', '-Wframe-larger-than=4096', '-W', '-Wcomments', '-Wabi-tag', '-Wfatal-errors', '-Werror=format', '-Wstrict-prototypes', '-Wformat-overflow', '-Wlarger-than-100', '-Wnormalized=nfc']) {
      expect(refusal(ok), ok).toBeUndefined();
    }
  });
});
