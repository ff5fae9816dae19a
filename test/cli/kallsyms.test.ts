/**
 * kallsyms' links (cli/build/kallsyms.ts linkWithTable): whatever the last build's table
 * was, the result is the one of link-vmlinux.sh's two links (an empty table, then the
 * text symbols of that link), and a table that is still right costs one link.
 *
 * The linker here is a model: functions laid out in order from the kernel's base, then
 * the table (or the table first, for a layout where code depends on it).
 */
import { describe, expect, it } from 'vitest';
import { kallsymsAssembly, linkWithTable, textSymbols } from '../../cli/build/kallsyms.js';

const BASE = 0xffffffff81000000n;

interface ModelLink {
  systemMap: string;
  table: string;
  pass: 1 | 2;
}

/** A System.map line as nm -n prints it. */
const line = (address: bigint, type: string, name: string): string => `${address.toString(16).padStart(16, '0')} ${type} ${name}`;

/** Links functions (name, size) and a table source: the table's size is its text's length. */
function modelLinker(functions: [string, number][], tableFirst = false) {
  const links: ModelLink[] = [];
  const link = async (table: string, pass: 1 | 2): Promise<ModelLink> => {
    let at = BASE;
    const map: string[] = [];
    if (tableFirst) {
      map.push(line(at, 'R', 'kallsyms_num_syms'));
      at += BigInt(table.length);
    }
    for (const [name, size] of functions) {
      map.push(line(at, 'T', name));
      at += BigInt(size);
    }
    if (!tableFirst) map.push(line((at + 0xfffn) & ~0xfffn, 'R', 'kallsyms_num_syms'));
    const result = { systemMap: map.join('\n') + '\n', table, pass };
    links.push(result);
    return result;
  };
  return { link, links };
}

/** What link-vmlinux.sh's two links give: the table of the empty-table link's text symbols. */
async function twoLinks(functions: [string, number][]): Promise<string> {
  const { link } = modelLinker(functions);
  return kallsymsAssembly(textSymbols((await link(kallsymsAssembly([]), 1)).systemMap));
}

const kernel: [string, number][] = [['startup_64', 0x40], ['start_kernel', 0x200], ['sys_stephen', 0x80], ['do_exit', 0x100]];

describe('linkWithTable', () => {
  it('with no earlier table links twice: an empty table, then the symbols of that link', async () => {
    const { link, links } = modelLinker(kernel);
    const result = await linkWithTable(undefined, link);
    expect(links.map((l) => l.pass)).toEqual([1, 2]);
    expect(result.table).toBe(await twoLinks(kernel));
  });

  it('links once when the last build\'s table still lists the code (no function moved)', async () => {
    const { link, links } = modelLinker(kernel);
    const result = await linkWithTable(await twoLinks(kernel), link);
    expect(links.map((l) => l.pass)).toEqual([2]);
    expect(result.table).toBe(await twoLinks(kernel));
  });

  it('links twice with the right table when functions moved, without the empty-table link', async () => {
    const edited: [string, number][] = kernel.map(([n, s]) => [n, n === 'sys_stephen' ? s + 0x30 : s]);
    const { link, links } = modelLinker(edited);
    const result = await linkWithTable(await twoLinks(kernel), link);
    expect(links.map((l) => l.pass)).toEqual([2, 2]);
    expect(result.table).toBe(await twoLinks(edited));
    expect(result.table).not.toBe(await twoLinks(kernel));
  });

  it('a function added or removed is found the same way', async () => {
    const added: [string, number][] = [...kernel.slice(0, 3), ['sys_kbug', 0x20], ...kernel.slice(3)];
    const { link } = modelLinker(added);
    expect((await linkWithTable(await twoLinks(kernel), link)).table).toBe(await twoLinks(added));
    const { link: link2 } = modelLinker(kernel);
    expect((await linkWithTable(await twoLinks(added), link2)).table).toBe(await twoLinks(kernel));
  });

  it('a damaged or hand-written table is not used, not even assembled', async () => {
    const { link, links } = modelLinker(kernel);
    const good = await twoLinks(kernel);
    for (const damaged of ['/* not a table */\n', good.slice(0, good.length / 2), good.replace('.asciz "do_exit"', '.asciz "do_exit" /* x */')]) {
      links.length = 0;
      expect((await linkWithTable(damaged, link)).table).toBe(good);
      expect(links.map((l) => l.pass)).toEqual([1, 2]);
      expect(links.some((l) => l.table === damaged)).toBe(false);
    }
  });

  it('when code lies after the table, it falls back to the two links and their check', async () => {
    const { link, links } = modelLinker(kernel, true);
    await expect(linkWithTable(await twoLinks(kernel), link)).rejects.toThrow(/moved between the two links/);
    expect(links.map((l) => l.pass)).toEqual([2, 1, 2]);
  });
});
