/**
 * Source bytes that are not valid UTF-8 (a raw 0xFF typed into a string literal) reach the
 * object unchanged through our own preprocessor, as they do with gcc.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cc } from '../../cli/commands/cc.js';
import { run, workDir } from './helpers.js';

const source = Buffer.concat([
  Buffer.from('int printf(const char *fmt, ...);\nstatic const unsigned char raw[] = "\\0'),
  Buffer.from([0xff, 0xfe]),
  Buffer.from('A\xc3\xa9";\n', 'latin1'), // a valid UTF-8 é after the invalid bytes
  Buffer.from('int main(void) {\n  printf("%d", (int)sizeof raw);\n  for (unsigned i = 0; i < sizeof raw; i++) printf(" %d", raw[i]);\n  return 0;\n}\n'),
]);

describe('source bytes', () => {
  it('keeps bytes that are not UTF-8 in string literals', async () => {
    const file = join(workDir, 'raw-bytes.c');
    writeFileSync(file, source);
    const exe = join(workDir, 'raw-bytes');
    await cc(['-w', '-o', exe, file]);
    expect(run(exe).stdout).toBe('7 0 255 254 65 195 169 0');
  });
});
