// Builds kernel-src/ with gcc and GNU ld, following docs/architecture.md's
// kernel build contract (generated headers, include order, flags, link
// script).  The lead's orchestrator (`tcc-lite build --cc gcc`) is the
// product; this is the kernel tests' own oracle build, so the kernel can
// be tested even when the rest of the toolchain is in flux.
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface KernelBuild {
  vmlinux: string;
  systemMap: string;
  release: string;
}

export interface SyscallEntry {
  nr: number;
  abi: string;
  name: string;
  entry: string;
}

const GCC_FLAGS = [
  '-std=gnu99', '-O2', '-ffreestanding', '-fno-pic', '-fno-pie', '-mno-red-zone', '-mcmodel=kernel',
  '-mno-sse', '-mno-mmx', '-mno-80387', '-fno-stack-protector', '-fno-builtin', '-fno-common',
  '-fno-asynchronous-unwind-tables', '-nostdinc', '-Wall', '-Wno-unused-function',
];

/** Parses syscall_64.tbl: lines starting with a digit, fields split on whitespace. */
export function parseSyscallTable(text: string): SyscallEntry[] {
  const entries: SyscallEntry[] = [];
  for (const line of text.split('\n')) {
    if (!/^[0-9]/.test(line)) continue;
    const [nr, abi, name, entry = ''] = line.trim().split(/\s+/);
    entries.push({ nr: Number(nr), abi, name, entry });
  }
  return entries.sort((a, b) => a.nr - b.nr);
}

function makeVariable(makefile: string, name: string): string {
  const m = new RegExp(`^${name}\\s*=[ \\t]*(.*)$`, 'm').exec(makefile);
  return m ? m[1].trim() : '';
}

function configLines(config: string): Map<string, string> {
  const values = new Map<string, string>();
  for (const line of config.split('\n')) {
    const m = /^(CONFIG_\w+)=(.*)$/.exec(line);
    if (m) values.set(m[1], m[2]);
  }
  return values;
}

function generateHeaders(src: string, out: string): string {
  const makefile = readFileSync(join(src, 'Makefile'), 'utf8');
  const config = configLines(readFileSync(join(src, '.config'), 'utf8'));
  const local = (config.get('CONFIG_LOCALVERSION') ?? '""').replace(/^"|"$/g, '');
  const release = `${makeVariable(makefile, 'VERSION')}.${makeVariable(makefile, 'PATCHLEVEL')}.` +
    `${makeVariable(makefile, 'SUBLEVEL')}${makeVariable(makefile, 'EXTRAVERSION')}${local}`;
  const files = new Map<string, string>();
  const autoconf = [...config].map(([k, v]) => `#define ${k} ${v === 'y' ? '1' : v}`);
  files.set('include/generated/autoconf.h', autoconf.join('\n') + '\n');
  files.set('include/generated/utsrelease.h', `#define UTS_RELEASE "${release}"\n`);
  files.set('include/generated/compile.h', [
    '#define UTS_MACHINE "x86_64"',
    '#define UTS_VERSION "#1 SMP Sat Aug 20 12:00:00 UTC 2016"',
    '#define LINUX_COMPILE_BY "user"',
    '#define LINUX_COMPILE_HOST "tcc-lite"',
    '#define LINUX_COMPILER "gcc version 12.2.0 (Debian 12.2.0-14+deb12u1) "',
  ].join('\n') + '\n');
  const table = parseSyscallTable(readFileSync(join(src, 'arch/x86/entry/syscalls/syscall_64.tbl'), 'utf8'));
  const sys: string[] = [];
  for (const e of table) {
    if (!e.entry) continue;
    const [fn, qual = ''] = e.entry.split('/');
    const line = `__SYSCALL_64(${e.nr}, ${fn}, ${qual})`;
    sys.push(e.abi === 'x32' ? `#ifdef CONFIG_X86_X32_ABI\n${line}\n#endif` : line);
  }
  files.set('arch/x86/include/generated/asm/syscalls_64.h', sys.join('\n') + '\n');
  const native = table.filter((e) => e.abi !== 'x32');
  files.set('arch/x86/include/generated/uapi/asm/unistd_64.h', [
    '#ifndef _ASM_X86_UNISTD_64_H', '#define _ASM_X86_UNISTD_64_H 1', '',
    ...native.map((e) => `#define __NR_${e.name} ${e.nr}`), '', '#endif',
  ].join('\n') + '\n');
  const max = Math.max(...native.filter((e) => e.entry).map((e) => e.nr));
  files.set('include/generated/asm-offsets.h', `#define __NR_syscall_max ${max}\n`);
  for (const [path, text] of files) {
    mkdirSync(dirname(join(out, path)), { recursive: true });
    writeFileSync(join(out, path), text);
  }
  return release;
}

/** Lists the kernel's objects in link order, from core-y and each directory's obj-y. */
export function kernelObjects(src: string): string[] {
  const top = readFileSync(join(src, 'Makefile'), 'utf8');
  const dirs: string[] = [];
  for (const m of top.matchAll(/^core-y\s*\+?:?=\s*(.*)$/gm)) dirs.push(...m[1].trim().split(/\s+/));
  const objects: string[] = [];
  const walk = (dir: string): void => {
    const mk = readFileSync(join(src, dir, 'Makefile'), 'utf8');
    for (const m of mk.matchAll(/^obj-y\s*\+?:?=\s*(.*)$/gm)) {
      for (const item of m[1].trim().split(/\s+/)) {
        if (item.endsWith('/')) walk(join(dir, item));
        else objects.push(join(dir, item));
      }
    }
  };
  for (const d of dirs) walk(d);
  return objects;
}

async function compileOne(src: string, out: string, obj: string): Promise<string> {
  const base = obj.replace(/\.o$/, '');
  const source = existsSync(join(src, base + '.c')) ? base + '.c' : base + '.S';
  const target = join(out, 'kernel', obj);
  mkdirSync(dirname(target), { recursive: true });
  const gen = join(out, 'kernel');
  const includes = [
    '-I', join(src, 'arch/x86/include'), '-I', join(gen, 'arch/x86/include/generated'),
    '-I', join(src, 'include'), '-I', join(gen, 'include'), '-I', join(src, 'arch/x86/include/uapi'),
    '-I', join(gen, 'arch/x86/include/generated/uapi'), '-I', join(src, 'include/uapi'),
    '-include', join(src, 'include/linux/kconfig.h'), '-D__KERNEL__',
  ];
  const extra = source.endsWith('.S') ? ['-D__ASSEMBLY__'] : [];
  await run('gcc', [...GCC_FLAGS, ...includes, ...extra, '-c', join(src, source), '-o', target]);
  return target;
}

/** Builds OUT/vmlinux and OUT/System.map from SRC with gcc + GNU ld. */
export async function buildKernelWithGcc(srcDir: string, outDir: string): Promise<KernelBuild> {
  const src = resolve(srcDir);
  const out = resolve(outDir);
  const release = generateHeaders(src, join(out, 'kernel'));
  const objects = kernelObjects(src);
  const built: string[] = new Array<string>(objects.length);
  let next = 0;
  const errors: string[] = [];
  const worker = async (): Promise<void> => {
    while (next < objects.length) {
      const i = next++;
      try {
        built[i] = await compileOne(src, out, objects[i]);
      } catch (e) {
        errors.push((e as { stderr?: string }).stderr ?? String(e));
      }
    }
  };
  await Promise.all([worker(), worker()]);
  if (errors.length) throw new Error(errors.join('\n'));
  const vmlinux = join(out, 'vmlinux');
  await run('ld', ['-T', join(src, 'arch/x86/kernel/vmlinux.lds'), '-o', vmlinux, ...built]);
  const { stdout } = await run('nm', ['-n', vmlinux]);
  const systemMap = join(out, 'System.map');
  writeFileSync(systemMap, stdout.split('\n').filter((l) => / [TtDdBbRrAWw] /.test(l)).join('\n') + '\n');
  return { vmlinux, systemMap, release };
}

// Command line: npx tsx test/kernel/gcc-build.ts [SRC] [OUT]
if (process.argv[1] && process.argv[1].endsWith('gcc-build.ts')) {
  const [srcArg = 'kernel-src', outArg = '/tmp/kbuild'] = process.argv.slice(2);
  buildKernelWithGcc(srcArg, outArg).then(
    (b) => console.log(`built ${b.vmlinux} (${b.release})`),
    (e: unknown) => {
      const err = e as { stderr?: string; message?: string };
      console.error(err.stderr || err.message);
      process.exit(1);
    },
  );
}
