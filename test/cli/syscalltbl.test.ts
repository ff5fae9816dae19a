import { describe, expect, it } from 'vitest';
import { parseSyscallTable, syscallMax, syscallsHeader, unistdHeader } from '../../cli/build/syscalltbl.js';
import { CompileError } from '../../compiler/diagnostics.js';

const TABLE = [
  '#',
  '# 64-bit system call numbers and entry vectors',
  '#',
  '0\tcommon\tread\t\t\tsys_read',
  '15\t64\trt_sigreturn\t\tsys_rt_sigreturn/ptregs',
  '134\t64\tuselib',
  '328\t64\tpwritev2\t\tsys_pwritev2',
  '329\tcommon\tstephen\tsys_stephen',
  '#',
  '512\tx32\trt_sigaction\t\tcompat_sys_rt_sigaction',
].join('\n');

describe('syscall_64.tbl generators (syscalltbl.sh / syscallhdr.sh)', () => {
  const entries = parseSyscallTable(TABLE, 'syscall_64.tbl');

  it('writes __SYSCALL_64 lines with the /ptregs qualifier split off, x32 guarded, no line for empty entries', () => {
    expect(syscallsHeader(entries)).toBe([
      '__SYSCALL_64(0, sys_read, )',
      '__SYSCALL_64(15, sys_rt_sigreturn, ptregs)',
      '__SYSCALL_64(328, sys_pwritev2, )',
      '__SYSCALL_64(329, sys_stephen, )',
      '#ifdef CONFIG_X86_X32_ABI',
      '__SYSCALL_64(512, compat_sys_rt_sigaction, )',
      '#endif',
      '',
    ].join('\n'));
  });

  it('writes __NR_ defines for common and 64 entries, including ones without an entry point', () => {
    const h = unistdHeader(entries);
    expect(h).toContain('#define __NR_stephen 329\n');
    expect(h).toContain('#define __NR_uselib 134\n');
    expect(h).not.toContain('rt_sigaction');
  });

  it('derives __NR_syscall_max like asm-offsets_64.c', () => {
    expect(syscallMax(entries, false)).toBe(329);
    expect(syscallMax(entries, true)).toBe(512);
  });

  it('accepts spaces as well as tabs and sorts by number', () => {
    const e = parseSyscallTable('2 common open sys_open\n1   common write sys_write\n', 't');
    expect(e.map((x) => x.nr)).toEqual([1, 2]);
  });

  it('reports a duplicate number with the line of the first use', () => {
    expect(() => parseSyscallTable('329\tcommon\ta\tsys_a\n329\tcommon\tb\tsys_b\n', 'syscall_64.tbl')).toThrow(/already used on line 1/);
    try {
      parseSyscallTable('329\tcommon\ta\tsys_a\n329\tcommon\tb\tsys_b\n', 'syscall_64.tbl');
    } catch (e) {
      expect(e).toBeInstanceOf(CompileError);
      expect((e as CompileError).diagnostic.loc).toEqual({ file: 'syscall_64.tbl', line: 2, col: 1 });
    }
  });

  it('rejects an unknown ABI and a line with too few fields', () => {
    expect(() => parseSyscallTable('329\tcomon\tstephen\tsys_stephen\n', 't')).toThrow(/unknown ABI 'comon'/);
    expect(() => parseSyscallTable('329\tcommon\n', 't')).toThrow(/malformed/);
  });
});
