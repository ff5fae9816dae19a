/**
 * Test helpers: run gcc's preprocessor and ours, and turn both outputs into comparable
 * token lists. The tokenizer here is a deliberately independent, regex-based one, so a
 * bug in our lexer cannot hide itself.
 */
import { spawnSync } from 'node:child_process';

export interface PlacedToken {
  text: string;
  file: string;
  line: number;
}

const TOKEN_RE = new RegExp(
  [
    String.raw`(?:u8|[LuU])?"(?:[^"\\\n]|\\.)*"`,
    String.raw`(?:u8|[LuU])?'(?:[^'\\\n]|\\.)*'`,
    String.raw`\.?[0-9](?:[eEpP][+-]|[0-9A-Za-z_.])*`,
    String.raw`[A-Za-z_$][A-Za-z0-9_$]*`,
    String.raw`%:%:|\.\.\.|<<=|>>=|->|\+\+|--|<<|>>|<=|>=|==|!=|&&|\|\||[*/%+\-&^|]=|##|<:|:>|<%|%>|%:`,
    String.raw`\S`,
  ].join('|'),
  'g',
);

export function tokensOf(line: string): string[] {
  return line.match(TOKEN_RE) ?? [];
}

/** Tokens of `gcc -E` style text, each with the file and line the linemarkers give it. */
export function placedTokens(text: string): PlacedToken[] {
  const out: PlacedToken[] = [];
  let file = '';
  let line = 1;
  for (const l of text.split('\n')) {
    const m = /^# (\d+) "((?:[^"\\]|\\.)*)"/.exec(l);
    if (m) {
      line = Number(m[1]);
      file = m[2];
      continue;
    }
    if (l.startsWith('#pragma')) out.push({ text: l.replace(/\s+/g, ' ').trim(), file, line });
    else for (const t of tokensOf(l)) out.push({ text: t, file, line });
    line++;
  }
  return out;
}

/** Removes GNU as '#' comments from gcc's assembler-with-cpp output (we drop them). */
export function stripAsmComments(text: string): string {
  return text
    .split('\n')
    .map((l) => {
      if (/^# \d+ "/.test(l)) return l;
      let quote = false;
      for (let i = 0; i < l.length; i++) {
        if (l[i] === '"' && l[i - 1] !== '\\') quote = !quote;
        else if (l[i] === '#' && !quote) return l.slice(0, i);
      }
      return l;
    })
    .join('\n');
}

export interface GccRun {
  ok: boolean;
  text: string;
  stderr: string;
}

export function gccPreprocess(file: string, args: string[], cwd: string): GccRun {
  const r = spawnSync('gcc', ['-E', '-undef', '-std=gnu99', '-nostdinc', ...args, file], { cwd, encoding: 'utf8' });
  return { ok: r.status === 0, text: r.stdout, stderr: r.stderr };
}
