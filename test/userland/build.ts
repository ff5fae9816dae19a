/**
 * Builds the userland (libc + every program in userland/bin) natively with
 * gcc and GNU ld, the oracle build of docs/architecture.md. The result is
 * cached in the system temp directory under a hash of the sources, so the
 * test files (which vitest runs in separate workers) build it only once.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { bindLibraryInternally } from '../../compiler/elf/library-binding.js';

const run = promisify(execFile);

export const USERLAND = resolve(import.meta.dirname, '../../userland');
const LIBC = join(USERLAND, 'libc');

/** The gcc flags of the oracle build (docs/architecture.md, "Userland"). */
export const CFLAGS = [
  '-std=gnu99', '-O2', '-nostdinc', '-I', join(LIBC, 'include'), '-ffreestanding', '-fno-builtin',
  '-fno-stack-protector', '-fno-pie', '-fno-pic', '-static', '-nostdlib', '-Wall', '-Werror',
];

export interface UserlandBuild {
  /** Directory holding crt0.o, libc.a and one executable per program. */
  dir: string;
  /** Names of the programs built (userland/bin/NAME.c or userland/bin/NAME/). */
  programs: string[];
}

function listFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...listFiles(path));
    else out.push(path);
  }
  return out;
}

/** A short hash of every file under the given directories (and a salt). */
export function treeHash(dirs: string[], salt: string): string {
  const hash = createHash('sha256');
  hash.update(salt);
  for (const dir of dirs) {
    for (const file of listFiles(dir)) {
      hash.update(file);
      hash.update(readFileSync(file));
    }
  }
  return hash.digest('hex').slice(0, 16);
}

/**
 * Build into `dir` once: the work happens in a fresh directory that is renamed into
 * place when complete, so concurrent test workers never see half a build.
 */
export async function buildOnce(dir: string, buildInto: (work: string) => Promise<void> | void): Promise<void> {
  if (existsSync(join(dir, 'complete'))) return;
  const work = mkdtempSync(join(tmpdir(), 'tcc-lite-userland-build-'));
  try {
    await buildInto(work);
    writeFileSync(join(work, 'complete'), '');
  } catch (e) {
    rmSync(work, { recursive: true, force: true });
    throw e;
  }
  try {
    renameSync(work, dir);
  } catch {
    // Another worker finished first: its build is identical.
    rmSync(work, { recursive: true, force: true });
  }
  pruneOldBuilds(dir);
}

/** Builds for sources that have since changed pile up: drop those untouched for an hour. */
function pruneOldBuilds(current: string): void {
  const prefix = basename(current).replace(/[0-9a-f]+$/, '');
  const parent = dirname(current);
  for (const name of readdirSync(parent)) {
    const path = join(parent, name);
    if (!name.startsWith(prefix) || path === current) continue;
    try {
      if (Date.now() - statSync(path).mtimeMs > 3_600_000) rmSync(path, { recursive: true, force: true });
    } catch {
      // Gone already (another worker pruned it).
    }
  }
}

/** Run jobs with at most `limit` at a time (the machine has two cores). */
async function runLimited(jobs: (() => Promise<unknown>)[], limit: number): Promise<void> {
  let next = 0;
  async function worker(): Promise<void> {
    while (next < jobs.length) await jobs[next++]();
  }
  await Promise.all(Array.from({ length: limit }, worker));
}

/** Run a tool; a failure carries the tool's own message (gcc's diagnostics). */
async function tool(file: string, args: string[]): Promise<void> {
  try {
    await run(file, args);
  } catch (e) {
    const stderr = (e as { stderr?: string }).stderr ?? '';
    throw new Error(`${file} ${args.join(' ')}\n${stderr}`);
  }
}

async function compile(src: string, obj: string): Promise<void> {
  await tool('gcc', [...CFLAGS, '-c', src, '-o', obj]);
}

export async function link(dir: string, objects: string[], out: string): Promise<void> {
  await tool('ld', ['-static', '-nostdlib', '-z', 'noexecstack', '-e', '_start', '-o', out,
    join(dir, 'crt0.o'), ...objects, join(dir, 'libc.a')]);
}

async function buildInto(dir: string): Promise<string[]> {
  const libcSources = readdirSync(join(LIBC, 'src')).filter((f) => /\.[cS]$/.test(f)).sort();
  const jobs: (() => Promise<unknown>)[] = [() => compile(join(LIBC, 'crt0.S'), join(dir, 'crt0.o'))];
  const libcObjects = libcSources.map((f) => join(dir, `libc-${f.replace(/\.[cS]$/, '')}.o`));
  libcSources.forEach((f, i) => jobs.push(() => compile(join(LIBC, 'src', f), libcObjects[i])));
  await runLimited(jobs, 2);
  // The same step as cli/build/userland.ts: programs may define library names.
  const bound = bindLibraryInternally(libcObjects.map((name) => ({ name, data: readFileSync(name) })));
  for (const member of bound) writeFileSync(member.name, member.data);
  await tool('ar', ['rcs', join(dir, 'libc.a'), ...libcObjects]);

  const binDir = join(USERLAND, 'bin');
  const programs: { name: string; sources: string[] }[] = [];
  for (const entry of readdirSync(binDir).sort()) {
    const path = join(binDir, entry);
    if (statSync(path).isDirectory()) {
      const sources = readdirSync(path).filter((f) => f.endsWith('.c')).sort().map((f) => join(path, f));
      programs.push({ name: entry, sources });
    } else if (entry.endsWith('.c')) {
      programs.push({ name: basename(entry, '.c'), sources: [path] });
    }
  }
  const progJobs = programs.map((p) => async () => {
    const objects = p.sources.map((s) => join(dir, `${p.name}-${basename(s, '.c')}.o`));
    for (let i = 0; i < p.sources.length; i++) await compile(p.sources[i], objects[i]);
    await link(dir, objects, join(dir, p.name));
  });
  await runLimited(progJobs, 2);
  return programs.map((p) => p.name);
}

/**
 * The gcc build, or — when USERLAND_BUILD_DIR names a directory holding crt0.o, libc.a
 * and the programs — that one: the same tests then check a userland built another way
 * (say, by tcc-lite's own compiler).
 */
export async function buildUserland(): Promise<UserlandBuild> {
  const prebuilt = process.env.USERLAND_BUILD_DIR;
  if (prebuilt) {
    const programs = readdirSync(prebuilt).filter((f) => !f.includes('.') && statSync(join(prebuilt, f)).isFile());
    return { dir: prebuilt, programs };
  }
  const dir = join(tmpdir(), `tcc-lite-userland-gcc-${treeHash([USERLAND], `${CFLAGS.join(' ')} bound`)}`);
  await buildOnce(dir, async (work) => {
    writeFileSync(join(work, 'programs.json'), JSON.stringify(await buildInto(work)));
  });
  const programs = JSON.parse(readFileSync(join(dir, 'programs.json'), 'utf8')) as string[];
  return { dir, programs };
}
