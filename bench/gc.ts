/**
 * Memory and garbage collection of one cold `tcc-lite cc -c`, as a user runs it: peak
 * resident memory, and what V8's collector did (`node --trace-gc-nvp`).
 *
 * The collector's pause time is as noisy as any time on a shared machine, so the bytes it
 * copied are reported too: a scavenge costs in proportion to the young objects that
 * survive it (copied within the young generation, or promoted to the old one), and that
 * amount depends far less on the machine's load (a few per cent). It is the figure to
 * watch when a change lets the compiler keep less (tokens, syntax trees, assembler
 * records) alive.
 */
import { execFileSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';

export interface GcFigures {
  wallSeconds: number;
  peakRssMiB: number;
  scavenges: number;
  markCompacts: number;
  /** Sum of the collector's pauses on the main thread. */
  pauseMs: number;
  /** Bytes promoted to the old generation plus bytes copied within the young one. */
  survivedMiB: number;
}

/**
 * Runs `tcc-lite cc -c file` in a fresh node (the CLI's entry is `main`, a path to
 * dist/cli/main.js) twice: once as a user would, for the time and the peak memory, and
 * once with the collector's trace (tracing itself changes how far the heap grows).
 */
export function coldCompileGc(main: string, file: string, out: string): GcFigures {
  const script = [
    `process.argv = [process.argv[0], 'tcc-lite', 'cc', '-c', ${JSON.stringify(file)}, '-o', ${JSON.stringify(out)}];`,
    "process.on('exit', () => console.log(`bench.maxrss=${process.resourceUsage().maxRSS}`));",
    `await import(${JSON.stringify(pathToFileURL(main).href)});`,
  ].join('\n');
  const run = (flags: string[]): string =>
    execFileSync(process.execPath, [...flags, '--input-type=module', '-e', script], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const start = process.hrtime.bigint();
  const plain = readGcTrace(run([]));
  const wallSeconds = Number(process.hrtime.bigint() - start) / 1e9;
  return { ...readGcTrace(run(['--trace-gc-nvp'])), wallSeconds, peakRssMiB: plain.peakRssMiB };
}

/** Sums the `name=value` fields of the trace's per-collection lines (and the child's maxrss line). */
export function readGcTrace(trace: string): Omit<GcFigures, 'wallSeconds'> {
  const f = { peakRssMiB: 0, scavenges: 0, markCompacts: 0, pauseMs: 0, survivedMiB: 0 };
  for (const line of trace.split('\n')) {
    const maxrss = /^bench\.maxrss=(\d+)/.exec(line);
    if (maxrss) f.peakRssMiB = Number(maxrss[1]) / 1024; // reported in KiB
    // `[pid:isolate]  T ms: pause=...`: one collection (the program's own output is not).
    if (!/^\[\d+:0x[0-9a-f]+\]\s+\d+ ms: pause=/.test(line)) continue;
    const field = (name: string): string | undefined => new RegExp(`(?:^|\\s)${name}=(\\S+)`).exec(line)?.[1];
    if (field('gc') === 's') f.scavenges++;
    else f.markCompacts++;
    f.pauseMs += Number(field('pause') ?? 0);
    f.survivedMiB += (Number(field('promoted') ?? 0) + Number(field('new_space_survived') ?? 0)) / 2 ** 20;
  }
  return f;
}
