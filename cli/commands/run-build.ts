/**
 * `tcc-lite run` brings the build up to date first, as `cargo run` does: the tutorial's
 * loop (edit kernel/sys.c, rebuild, boot, test) is then one command and one node
 * start-up instead of two. The build is the very same `tcc-lite build` — same staleness
 * rules (stamps, content hashes), same products in the same directory — so booting after
 * it is exactly `tcc-lite build && tcc-lite run`.
 *
 * When does run build? `--build` always, `--no-build` never. Otherwise only when the
 * command line names no image to boot (no --kernel, no --initrd) and there is a project
 * to build: --kernel-src or --userland was given, or ./kernel-src and ./userland exist,
 * the directories `tcc-lite build` reads by default. Booting a named image never
 * rebuilds; `--out DIR` alone only says where the images are (and where a build goes).
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { consoleLog, type BuildLog } from '../build/log.js';

/** What the command line says about building and booting (undefined: not given). */
export interface RunBuildRequest {
  build?: boolean;
  kernel?: string;
  initrd?: string;
  kernelSrc?: string;
  userland?: string;
  out?: string;
  cc?: string;
}

export interface BuildDirs {
  kernelSrc: string;
  userland: string;
  out: string;
}

/** OUT/.toolchain: which toolchain (`--cc`) built the products in OUT (written by build). */
export const TOOLCHAIN_RECORD = '.toolchain';

/**
 * The toolchain for a run's build: --cc if given, else the one that built OUT last (so
 * `tcc-lite build --cc gcc` then `tcc-lite run` boots the gcc-built kernel, not a
 * rebuild by ours), else ours.
 */
export function runToolchain(req: Pick<RunBuildRequest, 'cc'>, out: string): string {
  if (req.cc !== undefined) return req.cc;
  try {
    return readFileSync(join(out, TOOLCHAIN_RECORD), 'utf8').trim() || 'tcc-lite';
  } catch {
    return 'tcc-lite'; // never built there
  }
}

/** The images to boot, and the build to bring up to date first (if any). */
export interface RunPlan {
  kernel: string;
  initrd: string;
  build?: BuildDirs;
}

const isDirectory = (path: string): boolean => statSync(path, { throwIfNoEntry: false })?.isDirectory() ?? false;

export function planRun(req: RunBuildRequest, directoryExists: (path: string) => boolean = isDirectory): RunPlan {
  // The same defaults as `tcc-lite build`, so the two commands meet in ./build.
  const dirs: BuildDirs = {
    kernelSrc: req.kernelSrc ?? 'kernel-src',
    userland: req.userland ?? 'userland',
    out: req.out ?? 'build',
  };
  const kernel = req.kernel ?? join(dirs.out, 'vmlinux');
  const initrd = req.initrd ?? join(dirs.out, 'initramfs.cpio');
  return { kernel, initrd, build: wantsBuild(req, directoryExists) ? dirs : undefined };
}

function wantsBuild(req: RunBuildRequest, directoryExists: (path: string) => boolean): boolean {
  if (req.build !== undefined) return req.build;
  if (req.kernel !== undefined || req.initrd !== undefined) return false;
  if (req.kernelSrc !== undefined || req.userland !== undefined) return true;
  return directoryExists('kernel-src') && directoryExists('userland');
}

/** A run's build log, which says what it held back once the build is over. */
export interface RunBuildLog extends BuildLog {
  finish(): void;
}

/** More steps than this are a big rebuild: summed up, not listed. */
const LISTED_STEPS = 8;

/**
 * The build's kbuild lines for a run: on stderr, since stdout is the guest's console
 * (scripts read it), and only when the build did something — an up-to-date build says
 * nothing, so `tcc-lite build && tcc-lite run` prints what it always printed. The closing
 * "Kernel: ... is ready" comes only after lines that announced real work.
 *
 * An edit's rebuild (CC kernel/sys.o, LD vmlinux) is listed. A rebuild of everything (an
 * empty build directory, a new compiler) is a few hundred lines that would push the
 * guest's output off the screen: it is announced in one line when it turns out to be big,
 * and counted in another when it ends (`tcc-lite build` lists every step).
 */
export function runBuildLog(out: string, write: (line: string) => void = (l) => process.stderr.write(l)): RunBuildLog {
  const lines = consoleLog(write);
  const held: [tag: string, target: string][] = [];
  let steps = 0;
  return {
    step(tag, target) {
      if (tag === 'Kernel:') {
        if (steps > 0 && steps <= LISTED_STEPS) held.push([tag, target]);
        return;
      }
      steps++;
      if (steps <= LISTED_STEPS) held.push([tag, target]);
      else if (steps === LISTED_STEPS + 1) lines.step('BUILD', `${out}: rebuilding (tcc-lite build lists the steps)`);
    },
    finish() {
      if (steps <= LISTED_STEPS) for (const [tag, target] of held) lines.step(tag, target);
      else lines.step('BUILD', `${out}: ${steps} steps done`);
    },
  };
}
