/**
 * How the CLI reports a failure that is not a C error: files the user named that cannot
 * be opened are their environment (exit 1, strerror's words), not our bug (exit 70).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cc } from '../../cli/commands/cc.js';
import { reportFailure } from '../../cli/report.js';

afterEach(() => vi.restoreAllMocks());

/** What reportFailure prints for the error `action` throws, and the status it returns. */
async function report(action: () => Promise<unknown>): Promise<{ status: number; text: string }> {
  let text = '';
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    text += String(chunk);
    return true;
  });
  try {
    await action();
  } catch (e) {
    return { status: reportFailure(e), text };
  }
  throw new Error('the action did not fail');
}

describe('CLI failure reports', () => {
  it('an output file that cannot be written: its path and the reason, status 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tcc-lite-report-'));
    const src = join(dir, 'ok.c');
    writeFileSync(src, 'int x;\n');
    const missing = join(dir, 'no/such/dir/ok.o');
    expect(await report(() => cc(['-c', src, '-o', missing]))).toEqual({
      status: 1, text: `tcc-lite: error: cannot open '${missing}': No such file or directory\n`,
    });
    expect(await report(() => cc(['-c', src, '-o', dir]))).toEqual({ status: 1, text: `tcc-lite: error: cannot open '${dir}': Is a directory\n` });
    rmSync(dir, { recursive: true });
  });

  it('anything else is an internal error, status 70', async () => {
    expect((await report(() => Promise.reject(new TypeError('oops')))).status).toBe(70);
  });
});

describe("gcc's function context", () => {
  it("says 'In function' before a function's first diagnostic and 'At top level' after, as gcc does", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tcc-lite-report-'));
    const src = join(dir, 'ctx.c');
    writeFileSync(src, 'int *p = 4;\nint f(void) { int *q = 5; return q != 0; }\nint g(void) { char *s = 6;\n  long *t = 7; return s != 0 && t != 0; }\nint *r = 8;\nint h(void) { return gone; }\n');
    const lines = (text: string): string[] => text.split('\n').filter((l) => /: (warning|error|In function|At top level)/.test(l)).map((l) => l.replace(/[‘’]/g, "'"));
    const ours = await report(() => cc(['-c', src, '-o', join(dir, 'ctx.o')]));
    const gcc = spawnSync('gcc', ['-c', src, '-o', join(dir, 'g.o')], { encoding: 'utf8' });
    expect(lines(ours.text)).toEqual(lines(gcc.stderr));
    expect(lines(ours.text).filter((l) => / In function | At top level/.test(l))).toHaveLength(4);
    rmSync(dir, { recursive: true });
  });
});

describe('warnings before an error', () => {
  /** `file:line:col: severity: message` lines of a diagnostic text, gcc's quotes made ASCII. */
  const headlines = (text: string): string[] => text.split('\n').filter((l) => /^\S+:\d+:\d+: (warning|error|fatal error):/.test(l)).map((l) => l.replace(/[‘’]/g, "'"));

  it('are printed before it, as gcc prints them: the compiler\'s and the preprocessor\'s', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tcc-lite-report-'));
    const src = join(dir, 'w.c');
    writeFileSync(src, "int a = 'abcde';\nint *p = 4;\nint b = 'ab';\nint c = u8;\n");
    const ours = await report(() => cc(['-c', src, '-o', join(dir, 'w.o')]));
    const gcc = spawnSync('gcc', ['-c', src, '-o', join(dir, 'g.o')], { encoding: 'utf8' });
    expect(ours.status).toBe(1);
    expect(headlines(ours.text)).toEqual(headlines(gcc.stderr));
    expect(headlines(ours.text)).toHaveLength(4);
    const cppSrc = join(dir, 'p.c');
    writeFileSync(cppSrc, "#warning early\n#if 'xy'\n#endif\n#include \"missing.h\"\n");
    expect(headlines((await report(() => cc(['-c', cppSrc, '-o', join(dir, 'p.o')]))).text)).toEqual([
      `${cppSrc}:1:2: warning: #warning early [-Wcpp]`, `${cppSrc}:2:5: warning: multi-character character constant [-Wmultichar]`,
      `${cppSrc}:4:10: fatal error: missing.h: No such file or directory`,
    ]);
    rmSync(dir, { recursive: true });
  });
});
