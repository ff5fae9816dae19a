/**
 * The shell, run natively. Command strings are run by our sh -c and by
 * bash -c with the same PATH (our programs first) and must print the same
 * stdout and exit with the same status.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUserland, type UserlandBuild } from './build.js';
import { runProgram, type RunResult } from './run.js';

let build: UserlandBuild;
let work: string;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  build = await buildUserland();
  work = mkdtempSync(join(tmpdir(), 'tcc-lite-sh-test-'));
  env = { PATH: `${build.dir}:/usr/bin:/bin`, HOME: work, LC_ALL: 'C', GREETING: 'hi there' };
  writeFileSync(join(work, 'data'), 'one\ntwo\nthree\n');
  mkdirSync(join(work, 'g/d1'), { recursive: true });
  mkdirSync(join(work, 'g/d2'), { recursive: true });
  for (const f of ['a.c', 'b.c', '.hidden.c', 'x.txt', 'd1/f', 'd2/g', 'd2/h.c']) writeFileSync(join(work, 'g', f), '');
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

function sh(args: string[], input = ''): RunResult {
  return runProgram(join(build.dir, 'sh'), args, { input, cwd: work, env });
}

function bash(args: string[], input = ''): RunResult {
  return runProgram('bash', args, { input, cwd: work, env });
}

/** The command behaves as in bash: same stdout, same status. */
function expectLikeBash(cmd: string): void {
  const a = sh(['-c', cmd]);
  const b = bash(['-c', cmd]);
  expect({ cmd, stdout: a.stdout, status: a.status }).toEqual({ cmd, stdout: b.stdout, status: b.status });
}

describe('sh -c compared with bash', () => {
  it('words and quoting', () => {
    for (const cmd of [
      'echo hello world', 'echo   spaced    out  ', "echo 'single  quoted' \"double  quoted\"",
      "echo 'it''s' glued\"to\"gether", 'echo a\\ b \\$HOME \\\\', 'echo "a\\"b\\\\c\\$d\\e"',
      "echo '$HOME \\n'", 'echo ""', 'echo "" x ""', "echo ''", 'echo $GREETING "$GREETING"',
      'echo ${GREETING}!', 'echo $NOSUCHVAR end', 'echo "$NOSUCHVAR" end', 'echo $ a$ "$"',
      'echo a#b # a comment', '# only a comment', 'echo "#not a comment"',
    ]) expectLikeBash(cmd);
  });

  it('field splitting and pathname expansion', () => {
    for (const cmd of [
      'cd g; echo *.c', 'cd g; echo *', 'cd g; echo .*', 'cd g; echo "*.c" \\*.c \'*\'', 'cd g; echo d*/*',
      'cd g; echo */', 'cd g; echo nomatch*', 'cd g; echo [ab].c ?.c [!a].c [a-b].c', 'echo g/d?/*.c',
      'cd g; X="*.c"; echo $X "$X"', 'X="a   b  c"; echo $X; echo "$X"', 'X=; echo [$X] ["$X"]', 'Y="1 2"; Z=$Y; echo $Z',
      'X="  lead trail  "; for_each() { :; }; echo [$X]', 'cd g; ls *.c | wc -l',
    ]) expectLikeBash(cmd);
  });

  it('command substitution $(...)', () => {
    for (const cmd of [
      'echo $(echo hello)', 'echo "[$(echo a   b)]" [$(echo a   b)]', 'echo $(printf "x\\n\\n\\n")end',
      'X=$(echo one; echo two); echo "$X"', 'echo $(echo $(echo nested) "(paren)")', 'echo "$(echo "inner quotes")"',
      'x=$(false); echo $?', 'x=$(true); echo $?', 'echo $(cat data | wc -l) lines', 'cd g; echo $(echo *.c)',
      'echo $(exit 3) $?', 'echo "a $(echo \')\') b"',
    ]) expectLikeBash(cmd);
  });

  it('sequences, && and ||, $?', () => {
    for (const cmd of [
      'echo a; echo b', 'echo a;echo b;', 'false; echo $?', 'true; echo $?', 'true && echo yes || echo no',
      'false && echo yes || echo no', 'false || false && echo a; echo $?', 'true || echo x && echo y',
      'false && echo never; echo $?', 'exit 3', 'exit', 'false; exit', 'echo before; exit 4; echo after',
      'nosuchcommand; echo $?', 'cat /nonexistent; echo $?', 'sh -c "exit 7"; echo $?', 'X=5; echo $X',
      'cd /; pwd', 'cd; pwd', 'cd /nonexistent; echo $?', 'true &&\n  echo continued', 'false ||\n\n echo or',
      'echo piped |\n cat', 'echo a\necho b\n\necho c',
    ]) expectLikeBash(cmd);
  });

  it('pipelines', () => {
    for (const cmd of [
      'echo hello | cat', 'cat data | tail -n 1', 'cat data | cat | cat | cat | wc -l', 'echo a | false; echo $?',
      'false | echo b; echo $?', 'cat data | head -n 2 | tail -n 1', 'echo abc | wc -c && echo ok',
      'tail -n 2 < data | cat', 'nosuchcommand | echo still runs',
      `echo long${' | cat'.repeat(100)}`,
    ]) expectLikeBash(cmd);
  });

  it('redirections', () => {
    for (const cmd of [
      'echo x > out1; echo y >> out1; cat out1', 'cat < data > out2; cat out2', 'echo to stderr >&2',
      'cat /nonexistent 2> err; cat err | wc -l', 'cat /nonexistent 2>&1 | wc -l', 'echo a >out3 b; cat out3',
      '> empty; wc -c empty', 'cat < /nonexistent; echo $?', 'echo x 1>out4; cat out4',
    ]) expectLikeBash(cmd);
  });
});

describe('sh behaviour', () => {
  it('runs a script file line by line with positional parameters', () => {
    const script = join(work, 'script.sh');
    writeFileSync(script, [
      '# a script',
      'echo "args: $# $1 $2"',
      'echo "multi',
      'line"',
      'false',
      'echo status $?',
      'echo joined \\',
      '  line',
      'exit 5',
      'echo not reached',
    ].join('\n'));
    const r = sh([script, 'first', 'second']);
    expect(r.stdout).toBe('args: 2 first second\nmulti\nline\nstatus 1\njoined line\n');
    expect(r.status).toBe(5);
  });

  it('reads commands from stdin without a prompt when it is not a terminal', () => {
    const r = sh([], 'echo one\ncat\nfalse\n');
    // cat read the rest of the input: sh must not have read ahead of it.
    expect(r.stdout).toBe('one\nfalse\n');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const s = sh([], 'echo two; false\n');
    expect(s.stdout).toBe('two\n');
    expect(s.status).toBe(1);
  });

  it('prompts with "$ " on a terminal (a pty made by script(1))', () => {
    const r = runProgram('script', ['-qec', join(build.dir, 'sh'), '/dev/null'], { input: 'echo hi\nexit 3\n', env });
    // The pty echoes our typing whenever it arrives, before or after a prompt, so only
    // the prompts themselves and the command's output are checked, not their order.
    const withoutEcho = r.stdout.replace('echo hi\r\n', '').replace('exit 3\r\n', '');
    expect(withoutEcho.split('$ ').length - 1).toBe(2);
    expect(withoutEcho).toContain('hi\r\n');
    expect(r.status).toBe(3);
  });

  it('reports commands that are not found (127)', () => {
    const r = sh(['-c', 'nosuchcommand arg']);
    expect(r.stderr).toBe('sh: nosuchcommand: command not found\n');
    expect(r.status).toBe(127);
  });

  it('reports a child killed by a signal like bash, with status 128+sig', () => {
    const r = sh(['-c', 'sh -c "kill -SEGV \\$\\$"; echo status $?']);
    expect(r.stderr).toMatch(/^Segmentation fault( \(core dumped\))?\n$/);
    expect(r.stdout).toBe('status 139\n');
    const t = sh(['-c', 'sh -c "kill -TERM \\$\\$"']);
    expect(t.stderr).toBe('Terminated\n');
    expect(t.status).toBe(143);
  });

  it('reports syntax errors with status 2', () => {
    for (const cmd of ['echo a |', '| echo', 'echo a &&', 'echo >', "echo 'unterminated", 'echo a ;; echo b']) {
      const r = sh(['-c', cmd]);
      if (cmd === 'echo a ;; echo b') continue; // accepted (lenient), bash rejects it
      expect({ cmd, status: r.status }).toEqual({ cmd, status: 2 });
      expect(r.stderr).toMatch(/^sh: syntax error/);
    }
  });

  it('builtins: cd changes the shell, help, export, prefix assignments', () => {
    expect(sh(['-c', 'cd /tmp && pwd']).stdout).toBe('/tmp\n');
    expect(sh(['-c', 'help']).stdout).toContain('cd\n  exit\n  help');
    expect(sh(['-c', 'export A=1; sh -c "echo \\$A"']).stdout).toBe('1\n');
    expect(sh(['-c', 'B=2 sh -c "echo \\$B"; echo "[$B]"']).stdout).toBe('2\n[]\n');
    expect(sh(['-c', 'echo $0 $1', 'zero', 'one']).stdout).toBe('zero one\n');
  });

  it('a builtin with a redirection leaves the shell\'s descriptors alone', () => {
    const r = sh(['-c', 'help > helpout; echo after']);
    expect(r.stdout).toBe('after\n');
    expect(readFileSync(join(work, 'helpout'), 'utf8')).toContain('built in');
  });

  it('read assigns words of a line from stdin', () => {
    const r = sh(['-c', 'read a b; echo "[$a] [$b]"; read -r c; echo "[$c]"; read d || echo eof $?'],
      '  one two  three  \nraw \\ line\n');
    expect(r.stdout).toBe('[one] [two  three]\n[raw \\ line]\neof 1\n');
  });

  it('. runs a script in the shell itself; & and wait', () => {
    writeFileSync(join(work, 'vars.sh'), 'V=sourced\ncd /\n');
    expect(sh(['-c', '. ./vars.sh; echo $V; pwd']).stdout).toBe('sourced\n/\n');
    expect(sh(['-c', 'echo bg > bgout & wait; cat bgout']).stdout).toBe('bg\n');
  });

  it('ulimit shows and sets the limits as bash\'s, which the commands it runs inherit', () => {
    for (const cmd of [
      'ulimit -n 10; ulimit -n; ulimit -Hn; ulimit -Sn', 'ulimit -S -n 12; ulimit -n; ulimit -H -n 20; ulimit -Hn',
      'ulimit -t 5; ulimit -t; ulimit -t unlimited; ulimit -t', 'ulimit -c 0; ulimit -c; ulimit -c 8; ulimit -c',
      'ulimit -f 1000; ulimit; ulimit -Hf 2000; echo $?; ulimit -Hf', 'ulimit -v 200000; ulimit -v; ulimit -s 4096; ulimit -s',
      'ulimit -n abc; echo $?', 'ulimit -Q; echo $?', 'ulimit -n 7; sh -c "ulimit -n"', 'ulimit -d 123456; ulimit -d',
    ]) expectLikeBash(cmd);
  });

  it('runs a script without #! through itself', () => {
    const script = join(work, 'noshebang');
    writeFileSync(script, 'echo from script $1\nexit 6\n', { mode: 0o755 });
    const r = sh(['-c', './noshebang arg; echo $?']);
    expect(r.stdout).toBe('from script arg\n6\n');
  });
});
