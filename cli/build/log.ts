/**
 * kbuild-style progress lines: two spaces, the step padded to 8 columns, the target.
 *
 *   CC      kernel/sys.o
 *   LD      vmlinux
 */
export interface BuildLog {
  step(tag: string, target: string): void;
}

export function consoleLog(write: (line: string) => void = (l) => process.stdout.write(l)): BuildLog {
  return { step: (tag, target) => write(`  ${tag.padEnd(8)}${target}\n`) };
}

export const silentLog: BuildLog = { step: () => {} };
