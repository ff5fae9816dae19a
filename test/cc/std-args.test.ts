/** The dialect flags of `cc`, read as gcc reads them: -std=, -ansi, -trigraphs, -pedantic... */
import { describe, expect, it } from 'vitest';
import { parseCcArgs } from '../../cli/commands/cc-args.js';
import { UsageError } from '../../cli/usage-error.js';

describe('cc dialect flags', () => {
  it('takes the last -std= or -ansi, and -ansi is c90', () => {
    expect(parseCcArgs(['-std=c11', '-ansi', 'a.c']).std).toBe('c90');
    expect(parseCcArgs(['-ansi', '-std=gnu89', 'a.c']).std).toBe('gnu89');
    expect(parseCcArgs(['-std=iso9899:199409', 'a.c']).std).toBe('iso9899:199409');
    expect(parseCcArgs(['a.c']).std).toBe('gnu17');
  });

  it('rejects a C standard gcc 12 does not know, and keeps the last one for a C++ standard (gcc only warns)', () => {
    expect(() => parseCcArgs(['-std=c23', 'a.c'])).toThrow(UsageError);
    expect(() => parseCcArgs(['-std=foo', 'a.c'])).toThrow("unrecognized command-line option '-std=foo'");
    expect(parseCcArgs(['-std=c11', '-std=c++11', 'a.c']).std).toBe('c11');
  });

  it('reads -trigraphs, -pedantic, -Wpedantic, -pedantic-errors and -Wno-pedantic in order', () => {
    expect(parseCcArgs(['-trigraphs', 'a.c']).trigraphs).toBe(true);
    const p = parseCcArgs(['-Wpedantic', 'a.c']);
    expect([p.pedantic, p.pedanticErrors]).toEqual([true, false]);
    const e = parseCcArgs(['-pedantic-errors', 'a.c']);
    expect([e.pedantic, e.pedanticErrors]).toEqual([true, true]);
    const off = parseCcArgs(['-pedantic', '-Wno-pedantic', 'a.c']);
    expect(off.pedantic).toBe(false);
  });
});
