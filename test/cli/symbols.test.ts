import { describe, expect, it } from 'vitest';
import { SymbolTable } from '../../cli/symbols.js';

describe('System.map symbolizer', () => {
  const table = SymbolTable.fromSystemMap('ffffffff81000000 T _text\nffffffff81000000 T startup_64\nffffffff81001000 T sys_stephen\nffffffff81001050 t helper\n0000000000000010 A abs\n');

  it('names the closest symbol at or below an address', () => {
    expect(table.symbolize(0xffffffff8100101cn)).toBe('sys_stephen+0x1c');
    expect(table.symbolize(0xffffffff81001050n)).toBe('helper');
  });

  it('ignores absolute symbols and addresses below every symbol', () => {
    expect(table.symbolize(0x10n)).toBeUndefined();
  });
});
