/**
 * bin/tcc-lite starts the command from the V8 start-up snapshot that `npm ci` builds
 * (cli/snapshot/), and falls back to the plain modules whenever the snapshot could be
 * wrong: made by another node binary, older than the compiled code, or switched off.
 * Either way the command must behave identically.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeStamp } from '../../cli/snapshot/node-stamp.js';
import { scratchDir } from '../scratch.js';

const root = join(__dirname, '../..');
const launcher = join(root, 'bin/tcc-lite');
const dir = scratchDir('snapshot-');

interface Run { status: number | null; stdout: string; stderr: string; trace: string }

/** Runs a launcher under `sh -x`: the trace shows which node command it exec'd. */
function launch(bin: string, args: string[], env: NodeJS.ProcessEnv = {}): Run {
  const r = spawnSync('sh', ['-x', bin, ...args], { encoding: 'utf8', env: { ...process.env, ...env } });
  const lines = r.stderr.split('\n');
  const trace = lines.filter((l) => l.startsWith('+')).join('\n');
  const stderr = lines.filter((l) => !l.startsWith('+')).join('\n');
  return { status: r.status, stdout: r.stdout, stderr, trace };
}

const fromSnapshot = (r: Run): boolean => /exec .*--snapshot-blob .*tcc-lite\.blob/.test(r.trace);
const fromModules = (r: Run): boolean => /exec .*dist\/cli\/main\.js/.test(r.trace);

describe('the start-up snapshot', () => {
  it('npm ci built one for this node binary, newer than the compiled code', () => {
    expect(readFileSync(join(root, 'dist/snapshot/node.stamp'), 'utf8').trim()).toBe(nodeStamp(process.execPath));
    // After a bare `tsc` the launcher rightly ignores the snapshot: `npm run build` makes both.
    const newer = spawnSync('find', [join(root, 'dist'), '-name', '*.js', '-newer', join(root, 'dist/snapshot/tcc-lite.blob'), '-print', '-quit'], { encoding: 'utf8' }).stdout.trim();
    expect(newer, 'dist/ was compiled after the snapshot was built: run npm run build').toBe('');
  });

  it('runs the same compiler as the modules: errors, warnings, objects, linked programs', () => {
    const bad = join(dir, 'bad.c');
    writeFileSync(bad, 'int f(void) {\n  return missing + 1;\n}\n');
    const hello = join(dir, 'hello.c');
    writeFileSync(hello, '#include <stdio.h>\nint main(void) { int *p = 0.5 > 0 ? (void *)0 : 0; printf("hello %d\\n", p == 0); }\nint g(int x) { if (x) return 1; }\n');
    const runs = (env: NodeJS.ProcessEnv): Run[] => [
      launch(launcher, ['cc', '-c', bad, '-o', join(dir, 'bad.o')], env),
      launch(launcher, ['cc', '-Wall', hello, '-o', join(dir, `hello-${env.TCC_LITE_NO_SNAPSHOT ? 'modules' : 'snapshot'}`)], env),
      launch(launcher, ['cc', '--no-such-option'], env),
    ];
    // One cache for both: they are the same compiler, so they share its cached libc.a.
    const cache = join(dir, 'cache');
    const snapshot = runs({ TCC_LITE_CACHE: cache });
    const modules = runs({ TCC_LITE_CACHE: cache, TCC_LITE_NO_SNAPSHOT: '1' });
    for (const [k, r] of snapshot.entries()) {
      expect(fromSnapshot(r)).toBe(true);
      expect(fromModules(modules[k])).toBe(true);
      expect({ status: r.status, stdout: r.stdout, stderr: r.stderr }).toEqual({ status: modules[k].status, stdout: modules[k].stdout, stderr: modules[k].stderr });
    }
    expect(snapshot[0].status).toBe(1);
    expect(snapshot[0].stderr).toContain("bad.c:2:10: error: 'missing' undeclared");
    expect(snapshot[1].status).toBe(0);
    expect(readFileSync(join(dir, 'hello-snapshot'))).toEqual(readFileSync(join(dir, 'hello-modules')));
    expect(spawnSync(join(dir, 'hello-snapshot'), { encoding: 'utf8' }).stdout).toBe('hello 1\n');
    expect(snapshot[2].status).toBe(2);
    // The build cache keys objects by the compiler's fingerprint: the snapshot's must be the
    // modules' (not its whole bundle's, which a change to the CLI alone would alter).
    expect(readdirSync(cache).filter((name) => name.startsWith('libc-'))).toHaveLength(1);
  });

  describe('is not used when it could be wrong', () => {
    // A package of our own: bin/tcc-lite, a dist/cli/main.js that says it ran, and a
    // snapshot whose stamp and age each test sets.
    const pkg = join(dir, 'pkg');
    mkdirSync(join(pkg, 'bin'), { recursive: true });
    mkdirSync(join(pkg, 'dist/cli'), { recursive: true });
    mkdirSync(join(pkg, 'dist/snapshot'), { recursive: true });
    copyFileSync(launcher, join(pkg, 'bin/tcc-lite'));
    const main = join(pkg, 'dist/cli/main.js');
    writeFileSync(main, 'console.log("modules", process.argv.slice(2).join(" "));\n');
    const blob = join(pkg, 'dist/snapshot/tcc-lite.blob');
    writeFileSync(blob, '');
    const setup = (stamp: string, mainIsNewer: boolean): void => {
      writeFileSync(join(pkg, 'dist/snapshot/node.stamp'), stamp + '\n');
      const now = Date.now() / 1000;
      utimesSync(blob, now, now);
      utimesSync(main, now + (mainIsNewer ? 10 : -10), now + (mainIsNewer ? 10 : -10));
    };
    const run = (env: NodeJS.ProcessEnv = {}): Run => launch(join(pkg, 'bin/tcc-lite'), ['cc', '-v'], env);

    it('made by another node binary', () => {
      setup(`${nodeStamp(process.execPath)}0`, false);
      const r = run();
      expect(fromModules(r)).toBe(true);
      expect(r.stdout).toBe('modules cc -v\n');
    });

    it('older than the compiled code (tsc ran after the snapshot was built)', () => {
      setup(nodeStamp(process.execPath), true);
      expect(fromModules(run())).toBe(true);
    });

    it('switched off with TCC_LITE_NO_SNAPSHOT', () => {
      setup(nodeStamp(process.execPath), false);
      expect(fromModules(run({ TCC_LITE_NO_SNAPSHOT: '1' }))).toBe(true);
      // The same package with nothing wrong: the launcher does pick the snapshot.
      expect(fromSnapshot(run())).toBe(true);
    });
  });
});
