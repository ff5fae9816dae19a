/**
 * A toolchain turns one source file into an object and objects into an executable.
 * Two exist: tcc-lite's own (in process: cpp → cc → as, then our linker) and the host's
 * gcc + GNU ld, the oracle that tells whether a failure is our compiler's or the
 * kernel's ("booting a gcc-built kernel beside a tcc-lite-built one", design.md).
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { CompileError } from '../../compiler/diagnostics.js';

const run = promisify(execFile);

export interface CompileJob {
  /** Absolute path of the .c or .S file. */
  source: string;
  kind: 'c' | 'asm';
  includePaths: string[];
  /** `NAME` or `NAME=VALUE`, as after -D. */
  defines: string[];
  forceIncludes: string[];
  codeModel: 'kernel' | 'small';
  debug: boolean;
}

export interface ObjectFile {
  name: string;
  data: Uint8Array;
}

export interface LinkJob {
  inputs: ObjectFile[];
  script?: string;
  /** The script's file name, for error messages. */
  scriptName?: string;
  entry?: string;
  sourceMap?: boolean;
}

export interface LinkOutput {
  elf: Uint8Array;
  systemMap: string;
  sourceMap?: string;
}

export interface Toolchain {
  readonly name: 'tcc-lite' | 'gcc';
  /** The compiler's self-description, for the kernel banner (LINUX_COMPILER). */
  readonly description: string;
  /**
   * `announce` is called when the compile really runs (is not served from a cache), so
   * the build prints a line only for what it rebuilds, as make does.
   */
  compile(job: CompileJob, announce?: () => void): Promise<Uint8Array>;
  archive(members: ObjectFile[]): Promise<Uint8Array>;
  link(job: LinkJob): Promise<LinkOutput>;
}

const GCC_KERNEL_FLAGS = [
  '-std=gnu99', '-O2', '-ffreestanding', '-fno-pic', '-fno-pie', '-mno-red-zone', '-mcmodel=kernel',
  '-mno-sse', '-mno-mmx', '-mno-80387', '-fno-stack-protector', '-fno-builtin', '-fno-common',
  '-fno-asynchronous-unwind-tables', '-nostdinc', '-fcf-protection=none',
];
export const GCC_USER_FLAGS = [
  '-std=gnu99', '-O2', '-ffreestanding', '-fno-pic', '-fno-pie', '-fno-stack-protector', '-fno-builtin',
  '-nostdinc', '-fno-asynchronous-unwind-tables', '-fcf-protection=none',
];

/** The host's gcc and GNU ld, run as child processes. */
export class GccToolchain implements Toolchain {
  readonly name = 'gcc';
  readonly description: string;
  constructor(description = 'gcc version (host)') {
    this.description = description;
  }

  static async create(): Promise<GccToolchain> {
    const { stderr } = await run('gcc', ['-v']);
    const last = stderr.trim().split('\n').pop() ?? 'gcc';
    return new GccToolchain(`${last} `);
  }

  async compile(job: CompileJob, announce?: () => void): Promise<Uint8Array> {
    announce?.();
    const dir = mkdtempSync(join(tmpdir(), 'tcc-lite-gcc-'));
    try {
      const out = join(dir, 'out.o');
      const args = [...(job.codeModel === 'kernel' ? GCC_KERNEL_FLAGS : GCC_USER_FLAGS)];
      if (job.debug) args.push('-g');
      for (const p of job.includePaths) args.push('-I', p);
      for (const d of job.defines) args.push(`-D${d}`);
      for (const f of job.forceIncludes) args.push('-include', f);
      args.push('-c', job.source, '-o', out);
      await runTool('gcc', args);
      return readFileSync(out);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  async archive(members: ObjectFile[]): Promise<Uint8Array> {
    const dir = mkdtempSync(join(tmpdir(), 'tcc-lite-ar-'));
    try {
      const files = members.map((m) => {
        const file = join(dir, m.name);
        writeFileSync(file, m.data);
        return file;
      });
      await runTool('ar', ['rcsD', join(dir, 'lib.a'), ...files]);
      return readFileSync(join(dir, 'lib.a'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  async link(job: LinkJob): Promise<LinkOutput> {
    const dir = mkdtempSync(join(tmpdir(), 'tcc-lite-ld-'));
    try {
      const files = job.inputs.map((input, i) => {
        const file = join(dir, `${i}-${input.name.replace(/[^A-Za-z0-9_.-]/g, '_')}`);
        writeFileSync(file, input.data);
        return file;
      });
      const out = join(dir, 'a.out');
      const args = ['-static', '-nostdlib', '-z', 'max-page-size=4096', '-z', 'noexecstack', '-o', out];
      if (job.script !== undefined) {
        writeFileSync(join(dir, 'script.lds'), job.script);
        args.push('-T', join(dir, 'script.lds'));
      }
      if (job.entry) args.push('-e', job.entry);
      args.push(...files);
      await runTool('ld', args);
      const { stdout } = await run('nm', ['-n', out], { maxBuffer: 64 << 20 });
      return { elf: readFileSync(out), systemMap: stdout };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
}

/** Runs a host tool; its diagnostics become our error (they already look like gcc's). */
async function runTool(tool: string, args: string[]): Promise<void> {
  try {
    await run(tool, args, { maxBuffer: 64 << 20 });
  } catch (e) {
    const err = e as { stderr?: string; message: string };
    throw new CompileError(`${tool} failed:\n${(err.stderr ?? err.message).trimEnd()}`);
  }
}

/** `cacheDir` keeps compiled objects between builds (tcc-lite only; gcc is the oracle). */
export async function makeToolchain(name: string, cacheDir?: string): Promise<Toolchain> {
  // Loaded on demand so the gcc oracle works even while our compiler is broken.
  if (name === 'tcc-lite') return new (await import('./toolchain-tcc.js')).TccLiteToolchain(cacheDir);
  if (name === 'gcc') return GccToolchain.create();
  throw new CompileError(`unknown toolchain '${name}' (use tcc-lite or gcc)`);
}
