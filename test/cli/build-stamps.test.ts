/**
 * The rebuild short-cuts of `tcc-lite build`: outputs are rewritten only when their bytes
 * change, and staged programs are relinked only when their inputs change or the file on
 * disk is no longer the one written.
 */
import { existsSync, mkdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BuildCache, digestOf } from '../../cli/build/build-cache.js';
import { hashTree, hashTreeMemo } from '../../cli/build/hash-tree.js';
import { OutputStamps } from '../../cli/build/output-stamps.js';
import { writeFileIfChanged } from '../../cli/build/write-if-changed.js';
import { scratchDir } from '../scratch.js';

const dir = scratchDir('build-stamps-');
const past = new Date('2020-01-01T00:00:00Z');

describe('writeFileIfChanged', () => {
  it('creates missing files and their directories', () => {
    const file = join(dir, 'new/sub/a.o');
    expect(writeFileIfChanged(file, new Uint8Array([1, 2, 3]))).toBe(true);
    expect([...readFileSync(file)]).toEqual([1, 2, 3]);
  });

  it('leaves a file with the same bytes untouched, timestamp included', () => {
    const file = join(dir, 'same.o');
    writeFileSync(file, 'contents');
    utimesSync(file, past, past);
    expect(writeFileIfChanged(file, 'contents')).toBe(false);
    expect(statSync(file).mtimeMs).toBe(past.getTime());
  });

  it('rewrites a file whose bytes differ, also when only the length or one byte differs', () => {
    const file = join(dir, 'diff.o');
    writeFileSync(file, 'abc');
    expect(writeFileIfChanged(file, 'abd')).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe('abd');
    expect(writeFileIfChanged(file, 'abdd')).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe('abdd');
  });
});

describe('OutputStamps', () => {
  it('an output is up to date only for the key it was recorded with, until it is touched', () => {
    const record = join(dir, 'stamps1.json');
    const out = join(dir, 'prog');
    writeFileSync(out, 'elf');
    const stamps = new OutputStamps(record);
    const key = OutputStamps.key('crt0', 'libc', 'main.o');
    expect(stamps.upToDate(out, key)).toBe(false);
    stamps.record(out, key);
    expect(stamps.upToDate(out, key)).toBe(true);
    expect(stamps.upToDate(out, OutputStamps.key('crt0', 'libc', 'other.o'))).toBe(false);
    utimesSync(out, past, past);
    expect(stamps.upToDate(out, key)).toBe(false);
  });

  it('survives between builds in its record file, and a deleted output is out of date', () => {
    const record = join(dir, 'stamps2.json');
    const out = join(dir, 'prog2');
    writeFileSync(out, 'elf');
    const key = OutputStamps.key('x');
    const first = new OutputStamps(record);
    first.record(out, key);
    first.save();
    expect(new OutputStamps(record).upToDate(out, key)).toBe(true);
    writeFileSync(out, 'a different program');
    expect(new OutputStamps(record).upToDate(out, key)).toBe(false);
  });

  it('treats a damaged record as empty', () => {
    const record = join(dir, 'stamps3.json');
    writeFileSync(record, '{not json');
    const out = join(dir, 'prog3');
    writeFileSync(out, 'elf');
    expect(new OutputStamps(record).upToDate(out, OutputStamps.key('x'))).toBe(false);
  });
});

describe('digestOf', () => {
  it('is the content digest: equal bytes in different buffers agree, different bytes differ', () => {
    const a = new Uint8Array([1, 2, 3]);
    expect(digestOf(a)).toBe(digestOf(new Uint8Array([1, 2, 3])));
    expect(digestOf(a)).not.toBe(digestOf(new Uint8Array([1, 2, 4])));
    expect(digestOf(a)).toBe(digestOf(a));
  });
});

describe('hashTreeMemo', () => {
  const tree = join(dir, 'tree');
  mkdirSync(join(tree, 'sub'), { recursive: true });
  writeFileSync(join(tree, 'a.js'), 'export const a = 1;\n');
  writeFileSync(join(tree, 'sub/b.js'), 'export const b = 2;\n');
  writeFileSync(join(tree, 'notes.txt'), 'not code');
  const code = (name: string): boolean => name.endsWith('.js');
  const memo = join(dir, 'memo/tree-hashes.json');

  it('gives hashTree\'s value, and remembers it once the files have settled', () => {
    expect(hashTreeMemo(tree, code, 'seed', memo)).toBe(hashTree(tree, code, 'seed'));
    expect(existsSync(memo)).toBe(false); // just written: their mtimes may not tell a rewrite yet
    for (const f of ['a.js', 'sub/b.js', 'notes.txt']) utimesSync(join(tree, f), past, past);
    expect(hashTreeMemo(tree, code, 'seed', memo)).toBe(hashTree(tree, code, 'seed'));
    expect(existsSync(memo)).toBe(true);
    expect(hashTreeMemo(tree, code, 'seed', memo)).toBe(hashTree(tree, code, 'seed'));
    expect(hashTreeMemo(tree, code, 'other seed', memo)).toBe(hashTree(tree, code, 'other seed'));
  });

  it('notices an edit, a new file and a deleted one', () => {
    const before = hashTreeMemo(tree, code, 'seed', memo);
    writeFileSync(join(tree, 'sub/b.js'), 'export const b = 3;\n');
    const edited = hashTreeMemo(tree, code, 'seed', memo);
    expect(edited).not.toBe(before);
    expect(edited).toBe(hashTree(tree, code, 'seed'));
    writeFileSync(join(tree, 'c.js'), '');
    expect(hashTreeMemo(tree, code, 'seed', memo)).toBe(hashTree(tree, code, 'seed'));
    expect(hashTreeMemo(tree, code, 'seed', memo)).not.toBe(edited);
  });

  it('works without a usable memo file', () => {
    writeFileSync(join(dir, 'blocker'), 'a file where the memo directory would be');
    expect(hashTreeMemo(tree, code, 'seed', join(dir, 'blocker/memo.json'))).toBe(hashTree(tree, code, 'seed'));
    const damaged = join(dir, 'damaged.json');
    writeFileSync(damaged, '[1, 2');
    expect(hashTreeMemo(tree, code, 'seed', damaged)).toBe(hashTree(tree, code, 'seed'));
  });
});

describe('BuildCache stamps', () => {
  it('a build product rewritten between two compiles in one build is seen as changed', () => {
    // kallsyms' table: compiled from the last build's text, then rewritten and compiled again.
    const out = join(dir, 'out');
    const table = join(out, 'kernel/.tmp_kallsyms2.S');
    mkdirSync(join(out, 'kernel'), { recursive: true });
    writeFileSync(table, '.quad 1\n');
    utimesSync(table, past, past);
    const cache = new BuildCache(join(out, '.cache'));
    cache.storeObject('old', new Uint8Array([1]));
    cache.stamp('job', [table], 'old');
    expect([...cache.fromStamp('job')!]).toEqual([1]);
    writeFileSync(table, '.quad 1, 2\n');
    expect(cache.fromStamp('job')).toBeUndefined();
  });
});
