/**
 * `make` for kernel-src/: generate the headers, compile every object in kbuild order,
 * link vmlinux with the tree's linker script and write System.map.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { userInfo, hostname } from 'node:os';
import { dirname, join } from 'node:path';
import { CompileError } from '../../compiler/diagnostics.js';
import { autoconfHeader, configEnabled, kernelRelease, parseKconfig, parseKernelVersion } from './kconfig.js';
import { kernelSources } from './kbuild.js';
import { parseSyscallTable, syscallMax, syscallsHeader, unistdHeader } from './syscalltbl.js';
import type { BuildLog } from './log.js';
import { compileAll } from './compile-all.js';
import { linkWithTable } from './kallsyms.js';
import type { LinkOutput, ObjectFile, Toolchain } from './toolchain.js';
import { writeFileIfChanged } from './write-if-changed.js';

export const SYSCALL_TABLE = 'arch/x86/entry/syscalls/syscall_64.tbl';
export const LINKER_SCRIPT = 'arch/x86/kernel/vmlinux.lds';

export interface KernelBuildOptions {
  srcDir: string;
  /** Where build products go: OUT/vmlinux, OUT/System.map, OUT/kernel/... */
  outDir: string;
  toolchain: Toolchain;
  log: BuildLog;
  debug?: boolean;
}

export interface KernelBuildResult {
  vmlinux: string;
  systemMap: string;
  release: string;
}

/** Writes a file only when its contents change, so timestamps stay meaningful. */
function update(file: string, text: string, log: BuildLog, shown: string, tag: string): void {
  if (existsSync(file) && readFileSync(file, 'utf8') === text) return;
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  log.step(tag, shown);
}

/** The generated headers of docs/architecture.md, into OUT/kernel/. */
function generateHeaders(opts: KernelBuildOptions, genRoot: string): string {
  const { srcDir, log, toolchain } = opts;
  const config = parseKconfig(readFileSync(join(srcDir, '.config'), 'utf8'));
  const version = parseKernelVersion(readFileSync(join(srcDir, 'Makefile'), 'utf8'));
  const localversions = readdirSync(srcDir).filter((f) => f.startsWith('localversion')).sort();
  const release = kernelRelease(srcDir, version, config, localversions);

  const tblPath = join(srcDir, SYSCALL_TABLE);
  const table = parseSyscallTable(readFileSync(tblPath, 'utf8'), SYSCALL_TABLE);
  const x32 = configEnabled(config, 'CONFIG_X86_X32_ABI');

  const user = process.env.KBUILD_BUILD_USER ?? userInfo().username;
  const host = process.env.KBUILD_BUILD_HOST ?? hostname();
  // Reproducible by default: the same tree gives the same banner (KBUILD_BUILD_TIMESTAMP overrides).
  const timestamp = process.env.KBUILD_BUILD_TIMESTAMP ?? 'Sat Aug 20 12:00:00 UTC 2016';
  const smp = configEnabled(config, 'CONFIG_SMP') ? ' SMP' : '';
  const preempt = configEnabled(config, 'CONFIG_PREEMPT') ? ' PREEMPT' : '';

  update(join(genRoot, 'include/generated/autoconf.h'), autoconfHeader(config), log, 'include/generated/autoconf.h', 'HOSTCC');
  update(join(genRoot, 'include/config/kernel.release'), release + '\n', log, 'include/config/kernel.release', 'CHK');
  update(join(genRoot, 'include/generated/utsrelease.h'), `#define UTS_RELEASE "${release}"\n`, log, 'include/generated/utsrelease.h', 'UPD');
  update(join(genRoot, 'include/generated/compile.h'), [
    '/* This file is auto generated, version 1 */',
    `#define UTS_MACHINE "x86_64"`,
    `#define UTS_VERSION "${`#1${smp}${preempt} ${timestamp}`.slice(0, 64)}"`,
    `#define LINUX_COMPILE_BY "${user}"`,
    `#define LINUX_COMPILE_HOST "${host}"`,
    `#define LINUX_COMPILER "${toolchain.description}"`,
    '',
  ].join('\n'), log, 'include/generated/compile.h', 'UPD');
  update(join(genRoot, 'arch/x86/include/generated/asm/syscalls_64.h'), syscallsHeader(table), log, 'arch/x86/include/generated/asm/syscalls_64.h', 'SYSTBL');
  update(join(genRoot, 'arch/x86/include/generated/uapi/asm/unistd_64.h'), unistdHeader(table), log, 'arch/x86/include/generated/uapi/asm/unistd_64.h', 'SYSHDR');
  update(join(genRoot, 'include/generated/asm-offsets.h'), [
    '#ifndef __ASM_OFFSETS_H__',
    '#define __ASM_OFFSETS_H__',
    '/* Generated from the system-call table, as asm-offsets_64.c does. */',
    `#define __NR_syscall_max ${syscallMax(table, x32)} /* sizeof(syscalls_64) - 1 */`,
    '#endif',
    '',
  ].join('\n'), log, 'include/generated/asm-offsets.h', 'CC');
  return release;
}

/** Include paths and flags in Linux's order (docs/architecture.md). */
export function kernelIncludePaths(srcDir: string, genRoot: string): string[] {
  return [
    join(srcDir, 'arch/x86/include'),
    join(genRoot, 'arch/x86/include/generated'),
    join(srcDir, 'include'),
    join(genRoot, 'include'),
    join(srcDir, 'arch/x86/include/uapi'),
    join(genRoot, 'arch/x86/include/generated/uapi'),
    join(srcDir, 'include/uapi'),
  ];
}

/**
 * Links vmlinux with its kallsyms table (kallsyms.ts linkWithTable): the table of the
 * last build is tried first, so an edit that moved no function costs one link, not two.
 */
async function linkWithKallsyms(opts: KernelBuildOptions, genRoot: string, objects: ObjectFile[]): Promise<LinkOutput> {
  const { srcDir, toolchain, log } = opts;
  const linkOnce = async (tableSource: string, pass: 1 | 2): Promise<LinkOutput> => {
    const source = join(genRoot, `.tmp_kallsyms${pass}.S`);
    // Unchanged text keeps its timestamp, so the build cache's stamp skips preprocessing.
    writeFileIfChanged(source, tableSource);
    const table = await toolchain.compile({
      source, kind: 'asm', includePaths: [], defines: ['__ASSEMBLY__'], forceIncludes: [],
      codeModel: 'kernel', debug: false,
    }, () => log.step('KSYM', `.tmp_kallsyms${pass}.o`));
    writeFileIfChanged(source.replace(/\.S$/, '.o'), table);
    return toolchain.link({
      inputs: [...objects, { name: `.tmp_kallsyms${pass}.o`, data: table }],
      script: readFileSync(join(srcDir, LINKER_SCRIPT), 'utf8'),
      scriptName: join(srcDir, LINKER_SCRIPT),
      sourceMap: opts.debug ?? false,
    });
  };
  const finalSource = join(genRoot, '.tmp_kallsyms2.S');
  return linkWithTable(existsSync(finalSource) ? readFileSync(finalSource, 'utf8') : undefined, linkOnce);
}

export async function buildKernel(opts: KernelBuildOptions): Promise<KernelBuildResult> {
  const { srcDir, outDir, toolchain, log } = opts;
  for (const required of ['Makefile', '.config', SYSCALL_TABLE, LINKER_SCRIPT]) {
    if (!existsSync(join(srcDir, required))) {
      throw new CompileError(`${join(srcDir, required)}: No such file (is --kernel-src a kernel tree?)`);
    }
  }
  const genRoot = join(outDir, 'kernel');
  const release = generateHeaders(opts, genRoot);
  const config = parseKconfig(readFileSync(join(srcDir, '.config'), 'utf8'));
  const sources = kernelSources(srcDir, config);

  const objects: ObjectFile[] = await compileAll(sources.map((s) => ({
    display: s.object,
    objectPath: join(genRoot, s.object),
    job: {
      source: join(srcDir, s.path),
      kind: s.kind,
      includePaths: kernelIncludePaths(srcDir, genRoot),
      // kbuild's a_flags add __ASSEMBLY__ so headers can hide C from the assembler.
      defines: s.kind === 'asm' ? ['__KERNEL__', '__ASSEMBLY__'] : ['__KERNEL__'],
      forceIncludes: [join(srcDir, 'include/linux/kconfig.h')],
      codeModel: 'kernel' as const,
      debug: opts.debug ?? false,
    },
  })), toolchain, log);

  const linked = await linkWithKallsyms(opts, genRoot, objects);
  const vmlinux = join(outDir, 'vmlinux');
  // After the kallsyms steps, as in link-vmlinux.sh; printed when vmlinux changed.
  if (writeFileIfChanged(vmlinux, linked.elf)) log.step('LD', 'vmlinux');
  const systemMap = join(outDir, 'System.map');
  if (writeFileIfChanged(systemMap, linked.systemMap)) log.step('SYSMAP', 'System.map');
  if (linked.sourceMap) writeFileIfChanged(join(outDir, 'vmlinux.map.json'), linked.sourceMap);
  // Our board boots the ELF itself; the "boot image" is the same bytes under Linux's name.
  writeFileIfChanged(join(outDir, 'arch/x86/boot/bzImage'), linked.elf);
  log.step('Kernel:', 'arch/x86/boot/bzImage is ready');
  return { vmlinux, systemMap, release };
}
