// Boots a kernel in tcc-lite's emulator (emulator/tools/boot.ts, run as a
// child process so an emulator crash cannot take the test runner down).
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface BootResult {
  console: string;
  status: number;
}

export interface BootOptions {
  vmlinux: string;
  systemMap?: string;
  initrd?: Uint8Array;
  append?: string;
  workDir: string;
  maxInstructions?: number;
  input?: string; // typed on the console (the emulator's stdin)
  timeoutMs?: number;
}

const root = join(import.meta.dirname, '..', '..');

export function bootKernel(opts: BootOptions): Promise<BootResult> {
  const args = ['tsx', join(root, 'emulator/tools/boot.ts'), '--kernel', opts.vmlinux];
  if (opts.initrd) {
    const path = join(opts.workDir, `initrd-${process.pid}-${Date.now()}.cpio`);
    writeFileSync(path, opts.initrd);
    args.push('--initrd', path);
  }
  if (opts.append !== undefined) args.push(`--append=${opts.append}`);
  if (opts.systemMap) args.push('--system-map', opts.systemMap, '--trace', '16');
  args.push('--max-instructions', String(opts.maxInstructions ?? 2_000_000_000));
  return new Promise((resolve) => {
    const child = execFile('npx', args, { cwd: root, timeout: opts.timeoutMs ?? 90_000, maxBuffer: 64 << 20 },
      (error, stdout, stderr) => {
        const code = error && typeof error.code === 'number' ? error.code : error ? -1 : 0;
        resolve({ console: stdout + stderr, status: code });
      });
    child.stdin?.end(opts.input ?? '');
  });
}
