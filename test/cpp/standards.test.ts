/**
 * -std= dialects and trigraphs in the preprocessor, each compared with `gcc -std=X -E`:
 * strict C90's lexing (`//`, pp-numbers, digraphs), the Unicode literal prefixes, the
 * predefined macros each dialect sets, and trigraph replacement.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { preprocess } from '../../compiler/cpp/index.js';
import { CompileError } from '../../compiler/diagnostics.js';

function ours(source: string, std: string, trigraphs = false): string {
  const readFile = (p: string): string | undefined => (p === 'main.c' ? source : undefined);
  return lines(preprocess('main.c', { readFile, std, trigraphs }).text);
}

function gcc(source: string, std: string, trigraphs = false): string {
  const flags = ['-E', '-w', `-std=${std}`, ...(trigraphs ? ['-trigraphs'] : []), '-x', 'c', '-'];
  return lines(execFileSync('gcc', flags, { input: source, encoding: 'utf8' }));
}

/** Output lines without linemarkers or blank lines, white space runs as one space. */
function lines(text: string): string {
  return text.split('\n').filter((l) => !l.startsWith('#') && l.trim() !== '').map((l) => l.trim().replace(/\s+/g, ' ')).join('\n');
}

/** Our first error message, or undefined when the text preprocesses. */
function ourError(source: string, std: string): string | undefined {
  try {
    ours(source, std);
    return undefined;
  } catch (e) {
    if (e instanceof CompileError) return e.diagnostic.message;
    throw e;
  }
}

/** gcc's first error message (without location), or undefined when gcc accepts the text. */
function gccError(source: string, std: string): string | undefined {
  const r = spawnSync('gcc', ['-E', '-P', `-std=${std}`, '-x', 'c', '-'], { input: source, encoding: 'utf8' });
  if (r.status === 0) return undefined;
  return /error: (.*)/.exec(r.stderr)?.[1].replace(/[‘’]/g, "'");
}

const STANDARDS = ['c89', 'c90', 'iso9899:1990', 'iso9899:199409', 'gnu89', 'gnu90', 'c99', 'gnu99', 'c11', 'gnu11', 'c17', 'gnu17', 'c2x', 'gnu2x'];

const STRINGIFY = '#define str(x) #x\n#define xstr(x) str(x)\n';

describe('-std= dialects, as gcc 12', () => {
  it('predefines __STDC_VERSION__, __STRICT_ANSI__, linux and the inline and UTF macros per dialect', () => {
    const names = ['__STRICT_ANSI__', 'linux', 'unix', '__GNUC_STDC_INLINE__', '__GNUC_GNU_INLINE__', '__STDC_UTF_16__', '__STDC_UTF_32__'];
    const src = `v __STDC_VERSION__\n${names.map((n) => `#ifdef ${n}\nhas ${n}\n#endif\n`).join('')}`;
    for (const std of STANDARDS) expect(ours(src, std), std).toBe(gcc(src, std));
  });

  it('does not take // as a comment in strict C90, and // before * is a division', () => {
    const src = 'int i = 1 //**/ 2\n;\n#define s(x) #x\n#define xs(x) s(x)\n#define slashes //\nxs(slashes)\n#if 0\n// skipped /*\n#else\n// */\n+1\n#endif\n;\n';
    for (const std of STANDARDS) expect(ours(src, std), std).toBe(gcc(src, std));
  });

  it('reports a line comment outside a directive or skipped group in strict C90', () => {
    const src = 'int x; // comment\n';
    expect(gccError(src, 'c90')).toBe('C++ style comments are not allowed in ISO C90');
    expect(ourError(src, 'c90')).toBe(gccError(src, 'c90'));
    expect(ourError(src, 'iso9899:199409')).toBe(gccError(src, 'iso9899:199409'));
    expect(ourError(src, 'gnu89')).toBeUndefined();
  });

  it('ends a C90 pp-number before p+ (0x1p+f is 0x1p + f)', () => {
    const src = `${STRINGIFY}#define f (\n#define l )\nxstr(0x1p+f 0x1P-l 1e+f .5E-l)\n`;
    for (const std of ['c90', 'iso9899:199409', 'gnu89', 'c99']) expect(ours(src, std), std).toBe(gcc(src, std));
  });

  it('has digraphs from C94 on', () => {
    const src = `${STRINGIFY}#define lt <\nxstr(<: :> <% %> %: %:%:) %:define D 1\nD\n`;
    for (const std of ['c90', 'iso9899:199409', 'gnu89', 'c99']) expect(ours(src, std), std).toBe(gcc(src, std));
  });

  it('lexes u"" U"" u8"" as literals only from gnu99 and c11 on, u8\'\' from C2X', () => {
    const src = `${STRINGIFY}#define u 1+\n#define U 2+\n#define u8 3+\n#define L 4+\nxstr(u"s" U"s" u8"s" L"s" u'c' U'c' u8'c' L'c')\n`;
    for (const std of STANDARDS) expect(ours(src, std), std).toBe(gcc(src, std));
  });
});

/** gcc -E's first error (message and line:col), or undefined; with the flags given. */
function gccDiagnostic(source: string, flags: string[]): string | undefined {
  const r = spawnSync('gcc', ['-E', ...flags, '-x', 'c', '-'], { input: source, encoding: 'utf8' });
  if (r.status === 0) return undefined;
  // (no column means the whole line: column 0 here)
  const m = /^<stdin>:(\d+):(?:(\d+):)? error: (.*)$/m.exec(r.stderr);
  return m ? `${m[1]}:${m[2] ?? 0}: ${m[3].replace(/[‘’]/g, "'")}` : r.stderr;
}

function ourDiagnostic(source: string, std: string, pedantic: boolean): string | undefined {
  const readFile = (p: string): string | undefined => (p === 'main.c' ? source : undefined);
  try {
    preprocess('main.c', { readFile, std, pedantic, pedanticErrors: pedantic });
    return undefined;
  } catch (e) {
    if (!(e instanceof CompileError)) throw e;
    const d = e.diagnostic;
    return `${d.loc?.line}:${d.loc?.col}: ${d.message}`;
  }
}

describe('preprocessor pedwarns, as gcc 12 with -pedantic-errors', () => {
  const cases = [
    { src: '#if (1, 2)\n#endif\n', std: 'c90' },
    { src: '#if (1, 2)\n#endif\n', std: 'c99' },
    { src: '#if 0 && (1, 2)\n#endif\n', std: 'c99' },
    { src: '#if 0 && (1, 2)\n#endif\n', std: 'c90' },
    { src: '#define a!\n', std: 'c99' },
    { src: '#define a"x"\n', std: 'gnu11' },
    { src: '#define a/**/!\n', std: 'c99' },
    { src: "#if ''\n#endif\n", std: 'gnu99' },
    { src: '#define X 1\n#define X 2\n', std: 'c11' },
    { src: '#undef X Y\n', std: 'c11' },
  ];

  it('reports what gcc does, where gcc does', () => {
    for (const { src, std } of cases) {
      expect(ourDiagnostic(src, std, true), `${std}: ${src}`).toBe(gccDiagnostic(src, [`-std=${std}`, '-pedantic-errors']));
    }
  });

  it('takes // as a comment after #pragma GCC system_header, as in a system header', () => {
    const header = '#pragma GCC system_header\n// comment\nint h;\n';
    const readFile = (p: string): string | undefined => (p === 'main.c' ? '#include "h.h"\nint x;\n' : p === 'h.h' ? header : undefined);
    expect(lines(preprocess('main.c', { readFile, std: 'c90' }).text)).toBe('#pragma GCC system_header\nint h;\nint x;'.split('\n').filter((l) => !l.startsWith('#')).join('\n'));
  });
});

describe('trigraphs', () => {
  const src = `${STRINGIFY}??=define T ??( ??) ??< ??> ??' ??! ??-\nT\nxstr("??/"" '??'' ???=)\nint a ??/\n= 1;\n/* ??/\n*/ b\n`;

  it('are replaced first in the strict modes, also in literals, and ??/ splices lines', () => {
    for (const std of ['c89', 'c99', 'c11', 'c17']) expect(ours(src, std), std).toBe(gcc(src, std));
  });

  it('are left alone in the GNU modes unless -trigraphs', () => {
    const plain = 'a ??( b "??/" ??= c\n';
    for (const std of ['gnu89', 'gnu99', 'gnu11']) {
      expect(ours(plain, std), std).toBe(gcc(plain, std));
      expect(ours(src, std, true), std).toBe(gcc(src, std, true));
    }
  });
});
