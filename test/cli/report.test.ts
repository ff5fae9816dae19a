/**
 * How the CLI reports a failure that is not a C error: files the user named that cannot
 * be opened are their environment (exit 1, strerror's words), not our bug (exit 70).
 */
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
