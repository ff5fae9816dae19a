/**
 * Our preprocessor against gcc's on a corpus of small inputs (test/cpp/corpus): the same
 * tokens in the same order, each attributed to the same file and line by the linemarkers.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { preprocess } from '../../compiler/cpp/index.js';
import { gccPreprocess, placedTokens, stripAsmComments, type PlacedToken } from './oracle.js';

const corpus = join(dirname(fileURLToPath(import.meta.url)), 'corpus');
const files = readdirSync(corpus).filter((f) => f.endsWith('.c') || f.endsWith('.S'));

function ours(file: string): string {
  const prev = process.cwd();
  process.chdir(corpus); // so file names in linemarkers are relative, as in gcc's run
  try {
    return preprocess(file, { includePaths: ['include', 'include2'], assembly: file.endsWith('.S'), std: 'gnu99' }).text;
  } finally {
    process.chdir(prev);
  }
}

const show = (ts: PlacedToken[]): string[] => ts.map((t) => `${t.file}:${t.line}: ${t.text}`);

describe('gcc -E oracle', () => {
  it('has a corpus', () => {
    expect(files.length).toBeGreaterThan(12);
  });
  for (const file of files) {
    it(file, () => {
      const asm = file.endsWith('.S');
      const gcc = gccPreprocess(file, ['-I', 'include', '-I', 'include2', ...(asm ? ['-x', 'assembler-with-cpp'] : [])], corpus);
      expect(gcc.ok, gcc.stderr).toBe(true);
      const expected = placedTokens(asm ? stripAsmComments(gcc.text) : gcc.text).filter((t) => !t.file.startsWith('<'));
      const actual = placedTokens(ours(file));
      expect(show(actual)).toEqual(show(expected));
    });
  }
});
