/**
 * User mistakes: each must throw a CompileError with gcc's message at file:line:col, and
 * (where gcc also treats it as an error) gcc must reject the same input.
 */
import { mkdtempSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { preprocess } from '../../compiler/cpp/index.js';
import { CompileError } from '../../compiler/diagnostics.js';
import { gccPreprocess } from './oracle.js';

interface ErrorCase {
  name: string;
  files: Record<string, string>; // main.c first
  message: string;
  at: string; // file:line:col
  /** gcc only warns (our compiler would reject the token later, we reject it here). */
  gccWarnsOnly?: boolean;
  assembly?: boolean;
}

const cases: ErrorCase[] = [
  { name: 'unterminated comment', files: { 'main.c': 'int x; /* open\nint y;\n' }, message: 'unterminated comment', at: 'main.c:1:8' },
  { name: 'unterminated string', files: { 'main.c': 'int a;\nchar *s = "abc;\n' }, message: 'missing terminating " character', at: 'main.c:2:11', gccWarnsOnly: true },
  { name: 'unterminated char', files: { 'main.c': "int c = 'a;\n" }, message: "missing terminating ' character", at: 'main.c:1:9', gccWarnsOnly: true },
  { name: 'missing #endif', files: { 'main.c': 'int a;\n#if 1\nint x;\n' }, message: 'unterminated #if', at: 'main.c:2:0' },
  { name: 'missing #endif in a header', files: { 'main.c': '#include "h.h"\n#endif\n', 'h.h': '#ifdef X\n' }, message: 'unterminated #ifdef', at: 'h.h:1:0' },
  { name: '#else after #else', files: { 'main.c': '#if 0\n#else\n#else\n#endif\n' }, message: '#else after #else', at: 'main.c:3:2' },
  { name: '#elif after #else', files: { 'main.c': '#if 0\n#else\n#elif 1\n#endif\n' }, message: '#elif after #else', at: 'main.c:3:2' },
  { name: '#endif without #if', files: { 'main.c': 'x\n#endif\n' }, message: '#endif without #if', at: 'main.c:2:2' },
  { name: '#else without #if', files: { 'main.c': '  #  else\n' }, message: '#else without #if', at: 'main.c:1:6' },
  { name: 'unbalanced parens in a macro call', files: { 'main.c': '#define f(x) x\nf((1)\n' }, message: 'unterminated argument list invoking macro "f"', at: 'main.c:2:1' },
  { name: 'too few arguments', files: { 'main.c': '#define f(a, b) a\nint x = f(1);\n' }, message: 'macro "f" requires 2 arguments, but only 1 given', at: 'main.c:2:12' },
  { name: 'too many arguments', files: { 'main.c': '#define f(a, b) a\nf(1, 2, 3)\n' }, message: 'macro "f" passed 3 arguments, but takes just 2', at: 'main.c:2:10' },
  { name: 'arguments to a macro taking none', files: { 'main.c': '#define f() 1\nf(2)\n' }, message: 'macro "f" passed 1 arguments, but takes just 0', at: 'main.c:2:4' },
  { name: 'include not found', files: { 'main.c': '\n#include "nope.h"\n' }, message: 'nope.h: No such file or directory', at: 'main.c:2:10' },
  { name: 'angled include not found', files: { 'main.c': '#include <sys/nope.h>\n' }, message: 'sys/nope.h: No such file or directory', at: 'main.c:1:10' },
  { name: 'include without a name', files: { 'main.c': '#include\n' }, message: '#include expects "FILENAME" or <FILENAME>', at: 'main.c:1:2' },
  { name: '#if without expression', files: { 'main.c': '#if\n#endif\n' }, message: '#if with no expression', at: 'main.c:1:2' },
  { name: '#if missing operand', files: { 'main.c': '#if 1 +\n#endif\n' }, message: "operator '+' has no right operand", at: 'main.c:1:7' },
  { name: '#if missing )', files: { 'main.c': '#if (1\n#endif\n' }, message: "missing ')' in expression", at: 'main.c:1:7' },
  { name: '#if two operands', files: { 'main.c': '#if 1 2\n#endif\n' }, message: 'missing binary operator before token "2"', at: 'main.c:1:7' },
  { name: '#if division by zero', files: { 'main.c': '#if 1 / 0\n#endif\n' }, message: 'division by zero in #if', at: 'main.c:1:7' },
  { name: '#if floating constant', files: { 'main.c': '#if 1.0\n#endif\n' }, message: 'floating constant in preprocessor expression', at: 'main.c:1:5' },
  { name: '#if string', files: { 'main.c': '#if "s"\n#endif\n' }, message: 'token ""s"" is not valid in preprocessor expressions', at: 'main.c:1:5' },
  { name: '#if assignment', files: { 'main.c': '#define X 1\n#if X = 1\n#endif\n' }, message: 'token "=" is not valid in preprocessor expressions', at: 'main.c:2:7' },
  { name: '#if defined without name', files: { 'main.c': '#if defined\n#endif\n' }, message: 'operator "defined" requires an identifier', at: 'main.c:1:5' },
  { name: '#error', files: { 'main.c': 'int x;\n#error stop  "here" now\n' }, message: '#error stop "here" now', at: 'main.c:2:2' },
  { name: '#error in a header', files: { 'main.c': '#include "h.h"\n', 'h.h': '\n\n#error bad config\n' }, message: '#error bad config', at: 'h.h:3:2' },
  { name: 'invalid directive', files: { 'main.c': '#frobnicate\n' }, message: 'invalid preprocessing directive #frobnicate', at: 'main.c:1:2' },
  { name: 'invalid paste', files: { 'main.c': '#define c(a, b) a ## b\nc(+, /)\n' }, message: 'pasting "+" and "/" does not give a valid preprocessing token', at: 'main.c:2:1' },
  { name: '# without parameter', files: { 'main.c': '#define s(x) #y\n' }, message: "'#' is not followed by a macro parameter", at: 'main.c:1:14' },
  { name: '## at the end', files: { 'main.c': '#define s(x) x ##\n' }, message: "'##' cannot appear at either end of a macro expansion", at: 'main.c:1:16' },
  { name: 'defining defined', files: { 'main.c': '#define defined 1\n' }, message: '"defined" cannot be used as a macro name', at: 'main.c:1:9' },
  { name: 'undefining defined', files: { 'main.c': '#undef defined\n' }, message: '"defined" cannot be used as a macro name', at: 'main.c:1:8' },
  { name: 'non-identifier macro name', files: { 'main.c': '#define 3 x\n' }, message: 'macro names must be identifiers', at: 'main.c:1:9' },
  { name: 'duplicate parameter', files: { 'main.c': '#define f(x, x) x\n' }, message: 'duplicate macro parameter "x"', at: 'main.c:1:14' },
  { name: 'bad parameter list', files: { 'main.c': '#define f(x y) x\n' }, message: `expected ',' or ')', found "y"`, at: 'main.c:1:13' },
  { name: '#ifdef without name', files: { 'main.c': '#ifdef\n#endif\n' }, message: 'no macro name given in #ifdef directive', at: 'main.c:1:7' },
  { name: 'bad #line', files: { 'main.c': '#line x\n' }, message: '"x" after #line is not a positive integer', at: 'main.c:1:7' },
  { name: 'error after #line', files: { 'main.c': '#line 40 "orig.y"\n#error here\n' }, message: '#error here', at: 'orig.y:40:2' },
  { name: 'unterminated comment in assembly', files: { 'main.S': 'nop\n/* open\n' }, message: 'unterminated comment', at: 'main.S:2:1', assembly: true },
];

const tmp = mkdtempSync(join(tmpdir(), 'cpp-errors-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function caught(f: () => unknown): CompileError {
  try {
    f();
  } catch (e) {
    if (e instanceof CompileError) return e;
    throw e;
  }
  throw new Error('no error was thrown');
}

describe('preprocessor errors', () => {
  cases.forEach((c, n) => {
    it(c.name, () => {
      const main = Object.keys(c.files)[0];
      const e = caught(() => preprocess(main, { readFile: (p) => c.files[p], assembly: c.assembly }));
      const loc = e.diagnostic.loc!;
      expect(e.diagnostic.message).toBe(c.message);
      expect(`${loc.file}:${loc.line}:${loc.col}`).toBe(c.at);

      // The oracle: gcc rejects it too (or, for unterminated literals, at least warns).
      const dir = join(tmp, String(n));
      for (const [name, text] of Object.entries(c.files)) {
        mkdirSync(dirname(join(dir, name)), { recursive: true });
        writeFileSync(join(dir, name), text);
      }
      const gcc = gccPreprocess(main, c.assembly ? ['-x', 'assembler-with-cpp'] : [], dir);
      if (c.gccWarnsOnly) expect(gcc.stderr).toContain(c.message);
      else expect(gcc.ok).toBe(false);
    });
  });

  it('never lets a malformed input escape as a JavaScript exception', () => {
    const inputs = ['#define f(', '#define f(x', '#define f(...', '#define f(x...', '#if (', '#if 1 ?', '#if 1 ? 2', '#include <', '#include "', '#line', '_Pragma(', '_Pragma(1)', '#pragma', "'", '"', '#define f(x) #x\nf(', '#if __has_include(', '#if __has_include(<x.h>', '#define x(a,b,...) __VA_OPT__(\nx(1,2,3)', '#if 0x', '#if 1ux', '#if 09'];
    for (const src of inputs) {
      try {
        preprocess('x.c', { readFile: (p) => (p === 'x.c' ? src + '\n' : undefined) });
      } catch (e) {
        expect(e, src).toBeInstanceOf(CompileError);
      }
    }
  });
});
