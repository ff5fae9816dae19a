/**
 * The whole-file corpus: gcc -S output of the project's C files (kernel flags for
 * kernel-src/, userland flags for userland/, plus -O0 variants), the preprocessed .S
 * files, and our fixtures. Built into the scratch directory at test time.
 */

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface CorpusFile {
  name: string;
  text: string;
}

const ROOT = join(import.meta.dirname, '..', '..');

function walk(dir: string, ext: string, out: string[] = []): string[] {
  if (!existsSync(dir)) return out;
  for (const e of readdirSync(dir)) {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) walk(p, ext, out);
    else if (p.endsWith(ext)) out.push(p);
  }
  return out;
}

/** Headers the kernel build generates (architecture.md): enough of them for gcc -S. */
function generatedKernelHeaders(dir: string): void {
  mkdirSync(join(dir, 'generated'), { recursive: true });
  mkdirSync(join(dir, 'asm'), { recursive: true });
  const config = readFileSync(join(ROOT, 'kernel-src/.config'), 'utf8');
  const defines = config.split('\n').filter((l) => l.startsWith('CONFIG_')).map((l) => {
    const [k, v] = l.split('=');
    return `#define ${k} ${v === 'y' ? '1' : v}`;
  });
  writeFileSync(join(dir, 'generated/autoconf.h'), defines.join('\n') + '\n');
  writeFileSync(join(dir, 'generated/utsrelease.h'), '#define UTS_RELEASE "4.7.1-stephen"\n');
  writeFileSync(join(dir, 'generated/compile.h'), '#define UTS_VERSION "#1"\n#define LINUX_COMPILE_BY "a"\n#define LINUX_COMPILE_HOST "b"\n#define LINUX_COMPILER "gcc"\n');
  writeFileSync(join(dir, 'generated/asm-offsets.h'), '#define __NR_syscall_max 400\n');
  const tbl = existsSync(join(ROOT, 'kernel-src/arch/x86/entry/syscalls/syscall_64.tbl'))
    ? readFileSync(join(ROOT, 'kernel-src/arch/x86/entry/syscalls/syscall_64.tbl'), 'utf8').split('\n').filter((l) => l && !l.startsWith('#')).map((l) => l.split(/\s+/))
    : [];
  writeFileSync(join(dir, 'asm/syscalls_64.h'), tbl.filter((w) => w.length >= 4 && w[1] !== 'x32').map((w) => `__SYSCALL_64(${w[0]}, ${w[3]}, )`).join('\n') + '\n');
  writeFileSync(join(dir, 'asm/unistd_64.h'), tbl.filter((w) => w.length >= 3 && w[1] !== 'x32').map((w) => `#define __NR_${w[2]} ${w[0]}`).join('\n') + '\n');
}

export function buildCorpus(scratch: string): CorpusFile[] {
  const gen = join(scratch, 'gen');
  if (existsSync(join(ROOT, 'kernel-src/.config'))) generatedKernelHeaders(gen);
  const kernel = ['-std=gnu99', '-O2', '-ffreestanding', '-fno-pic', '-fno-pie', '-mno-red-zone', '-mcmodel=kernel', '-mno-sse', '-mno-mmx',
    '-mno-80387', '-fno-stack-protector', '-fno-builtin', '-fno-common', '-fno-asynchronous-unwind-tables', '-nostdinc', '-D__KERNEL__',
    '-I', 'kernel-src/arch/x86/include', '-I', 'kernel-src/include', '-I', 'kernel-src/arch/x86/include/uapi', '-I', 'kernel-src/include/uapi',
    '-I', gen, '-include', 'kernel-src/include/linux/kconfig.h'];
  const user = ['-std=gnu99', '-O2', '-nostdinc', '-I', 'userland/libc/include', '-ffreestanding', '-fno-builtin', '-fno-stack-protector', '-fno-pie', '-fno-pic'];
  const jobs: Array<{ file: string; args: string[] }> = [];
  for (const f of walk(join(ROOT, 'kernel-src'), '.c')) jobs.push({ file: f, args: [...kernel, '-S'] });
  for (const f of walk(join(ROOT, 'kernel-src'), '.S')) jobs.push({ file: f, args: [...kernel, '-D__ASSEMBLY__', '-E'] });
  for (const f of walk(join(ROOT, 'userland'), '.c')) jobs.push({ file: f, args: [...user, '-S'] });
  for (const f of walk(join(ROOT, 'userland'), '.S')) jobs.push({ file: f, args: [...user, '-E'] });
  for (const f of walk(join(ROOT, 'userland/libc/src'), '.c').slice(0, 8)) jobs.push({ file: f, args: [...user, '-O0', '-S'] });
  // Fixtures also in position-independent, TLS-model, exception-table and large-model code.
  const variants = [['-O2'], ['-O0', '-g0'], ['-O1', '-fno-pie'], ['-O2', '-fPIC'], ['-O0', '-fPIC'], ['-O2', '-fpie'],
    ['-O2', '-fPIC', '-fexceptions'], ['-O1', '-fPIC', '-ftls-model=local-dynamic'], ['-O2', '-mcmodel=large', '-fno-pic']];
  for (const f of walk(join(import.meta.dirname, 'fixtures'), '.c')) for (const v of variants) jobs.push({ file: f, args: [...v, '-S'] });
  const out: CorpusFile[] = [];
  for (const job of jobs) {
    const r = spawnSync('gcc', [...job.args, job.file, '-o', '-'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 28 });
    if (r.status === 0) out.push({ name: `${relative(ROOT, job.file)} ${job.args.filter((a) => /^-O|^-[ES]$|^-f[pP]I|^-fexc|^-ftls|^-mcmodel=large/.test(a)).join(' ')}`, text: r.stdout });
  }
  for (const f of walk(join(import.meta.dirname, 'fixtures'), '.s')) out.push({ name: relative(ROOT, f), text: readFileSync(f, 'utf8') });
  return out;
}
