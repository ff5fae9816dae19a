/**
 * Builds userland/: libc (crt0.o + libc.a) and every program in userland/bin, then packs
 * them into the initramfs as /bin/NAME — what the tutorial's deploy.sh and mkinitcpio do.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { CompileError } from '../../compiler/diagnostics.js';
import { bindLibraryInternally } from '../../compiler/elf/library-binding.js';
import { digestOf, hashOf } from './build-cache.js';
import { compileAll, type CompileTask } from './compile-all.js';
import { S_IFCHR, S_IFDIR, S_IFREG, writeCpio, type CpioEntry } from './cpio.js';
import type { BuildLog } from './log.js';
import { OutputStamps } from './output-stamps.js';
import type { ObjectFile, Toolchain } from './toolchain.js';
import { writeFileIfChanged } from './write-if-changed.js';

export interface UserlandBuildOptions {
  srcDir: string;
  outDir: string;
  toolchain: Toolchain;
  log: BuildLog;
  debug?: boolean;
}

export interface Program {
  name: string;
  path: string;
}

export interface UserlandBuildResult {
  programs: Program[];
  initramfs: string;
}

export interface Libc {
  crt0: ObjectFile;
  archive: ObjectFile;
  includeDir: string;
}

function sourceTask(srcDir: string, outDir: string, rel: string, opts: { debug: boolean; includeDir: string }): CompileTask {
  const kind = rel.endsWith('.S') ? 'asm' : 'c';
  const object = rel.replace(/\.[cS]$/, '.o');
  return {
    display: `userland/${object}`,
    objectPath: join(outDir, 'userland', object),
    job: {
      source: join(srcDir, rel),
      kind,
      includePaths: [opts.includeDir],
      defines: kind === 'asm' ? ['__ASSEMBLY__'] : [],
      forceIncludes: [],
      codeModel: 'small',
      debug: opts.debug,
    },
  };
}

function listSources(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith('.c') || f.endsWith('.S')).sort();
}

/** crt0.o and libc.a, built from userland/libc. */
export async function buildLibc(opts: UserlandBuildOptions): Promise<Libc> {
  const { srcDir, outDir, toolchain, log } = opts;
  const libcDir = join(srcDir, 'libc');
  const includeDir = join(libcDir, 'include');
  if (!existsSync(join(libcDir, 'crt0.S'))) throw new CompileError(`${join(libcDir, 'crt0.S')}: No such file (is --userland a userland tree?)`);
  const common = { debug: opts.debug ?? false, includeDir };
  const [crt0] = await compileAll([sourceTask(srcDir, outDir, 'libc/crt0.S', common)], toolchain, log);
  const members = await compileAll(listSources(join(libcDir, 'src')).map((f) => sourceTask(srcDir, outDir, `libc/src/${f}`, common)), toolchain, log);
  const archive = await archiveLibc(members, join(outDir, 'userland/libc/libc.a'), toolchain, log);
  return { crt0, archive: { name: 'libc.a', data: archive }, includeDir };
}

/**
 * libc.a from its members, reused when the members are unchanged (a `.key` file beside
 * the archive names them): every build after an edit of the kernel passes through here.
 */
async function archiveLibc(members: ObjectFile[], path: string, toolchain: Toolchain, log: BuildLog): Promise<Uint8Array> {
  const key = hashOf(...members.flatMap((m) => [basename(m.name), m.data]));
  const keyPath = `${path}.key`;
  if (existsSync(path) && existsSync(keyPath) && readFileSync(keyPath, 'utf8') === key) return readFileSync(path);
  log.step('AR', 'userland/libc/libc.a');
  // A program's own `strlen` must not clash with the library's (see library-binding.ts).
  const library = bindLibraryInternally(members.map((m) => ({ name: basename(m.name), data: m.data })));
  const archive = await toolchain.archive(library);
  writeFileSync(path, archive);
  writeFileSync(keyPath, key);
  return archive;
}

/** userland/bin/NAME.c or userland/bin/NAME/*.c, one program each. */
function programSources(binDir: string): Map<string, string[]> {
  const programs = new Map<string, string[]>();
  if (!existsSync(binDir)) return programs;
  for (const entry of readdirSync(binDir).sort()) {
    const full = join(binDir, entry);
    if (statSync(full).isDirectory()) {
      const files = listSources(full).map((f) => `bin/${entry}/${f}`);
      if (files.length > 0) programs.set(entry, files);
    } else if (entry.endsWith('.c')) {
      programs.set(entry.slice(0, -2), [`bin/${entry}`]);
    }
  }
  return programs;
}

export async function buildUserland(opts: UserlandBuildOptions): Promise<UserlandBuildResult> {
  const { srcDir, outDir, toolchain, log } = opts;
  mkdirSync(join(outDir, 'userland/libc'), { recursive: true });
  const libc = await buildLibc(opts);
  const programs: Program[] = [];
  const common = { debug: opts.debug ?? false, includeDir: libc.includeDir };
  // A program is relinked only when its inputs changed (output-stamps.ts).
  const stamps = new OutputStamps(join(outDir, 'userland/.stamps.json'));
  const libcInputs = [toolchain.name, digestOf(libc.crt0.data), digestOf(libc.archive.data)];
  const keys: string[] = [];
  for (const [name, files] of programSources(join(srcDir, 'bin'))) {
    const objects = await compileAll(files.map((f) => sourceTask(srcDir, outDir, f, common)), toolchain, log);
    // Programs are staged as the root file system will hold them.
    const path = join(outDir, 'userland/rootfs/bin', name);
    const key = OutputStamps.key(...libcInputs, ...objects.flatMap((o) => [o.name, digestOf(o.data)]));
    if (!stamps.upToDate(path, key)) {
      log.step('LD', `userland/bin/${name}`);
      const linked = await toolchain.link({ inputs: [libc.crt0, ...objects, libc.archive], entry: '_start' });
      writeFileIfChanged(path, linked.elf, 0o755);
      stamps.record(path, key);
    }
    programs.push({ name, path });
    keys.push(name, key);
  }
  const initramfs = join(outDir, 'initramfs.cpio');
  const fixed = fixedEntries();
  const cpioKey = OutputStamps.key(digestOf(writeCpio(fixed)), ...keys);
  if (!stamps.upToDate(initramfs, cpioKey)) {
    log.step('GEN', 'initramfs.cpio');
    writeFileIfChanged(initramfs, writeCpio([...fixed, ...programEntries(programs)]));
    stamps.record(initramfs, cpioKey);
  }
  stamps.save();
  return { programs, initramfs };
}

/**
 * The root file system: the directories Linux programs expect (/dev/shm, sticky and
 * world-writable as Linux's tmpfs there, holds POSIX shared memory and named
 * semaphores), the user and group databases (one user, root, whose home is /root),
 * the hosts file (localhost, the loopback interface being the only one), and every
 * program in /bin.
 */
export function initramfsEntries(programs: Program[]): CpioEntry[] {
  return [...fixedEntries(), ...programEntries(programs)];
}

/** Everything but the programs. */
function fixedEntries(): CpioEntry[] {
  const text = (s: string): Uint8Array => new TextEncoder().encode(s);
  return [
    { name: 'bin', mode: S_IFDIR | 0o755 },
    { name: 'dev', mode: S_IFDIR | 0o755 },
    { name: 'dev/console', mode: S_IFCHR | 0o600, rdevMajor: 5, rdevMinor: 1 },
    { name: 'dev/null', mode: S_IFCHR | 0o666, rdevMajor: 1, rdevMinor: 3 },
    { name: 'dev/zero', mode: S_IFCHR | 0o666, rdevMajor: 1, rdevMinor: 5 },
    { name: 'dev/tty', mode: S_IFCHR | 0o666, rdevMajor: 5, rdevMinor: 0 },
    { name: 'dev/shm', mode: S_IFDIR | 0o1777 },
    { name: 'etc', mode: S_IFDIR | 0o755 },
    { name: 'etc/passwd', mode: S_IFREG | 0o644, data: text('root:x:0:0:root:/root:/bin/sh\n') },
    { name: 'etc/group', mode: S_IFREG | 0o644, data: text('root:x:0:\n') },
    { name: 'etc/hosts', mode: S_IFREG | 0o644, data: text('127.0.0.1\tlocalhost\n') },
    { name: 'proc', mode: S_IFDIR | 0o555 },
    { name: 'root', mode: S_IFDIR | 0o700 },
    { name: 'tmp', mode: S_IFDIR | 0o1777 },
  ];
}

function programEntries(programs: Program[]): CpioEntry[] {
  return programs.map((p) => ({ name: `bin/${p.name}`, mode: S_IFREG | 0o755, data: readFileSync(p.path) }));
}
