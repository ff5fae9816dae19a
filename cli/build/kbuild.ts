/**
 * Reads the kernel's build lists the way Linux's kbuild does: the top Makefile names the
 * top-level directories (`head-y`, `init-y`, `core-y`, `drivers-y`, `libs-y`, in link
 * order) and every directory's Makefile lists its objects and subdirectories:
 *
 *   obj-y += sys.o fork.o printk/
 *   obj-$(CONFIG_PRINTK) += printk.o
 *
 * The result is the ordered list of source files to compile and link.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { CompileError } from '../../compiler/diagnostics.js';
import type { KernelConfig } from './kconfig.js';

export interface KbuildSource {
  /** Path relative to the source root, e.g. `kernel/sys.c`. */
  path: string;
  /** Object path relative to the output root, e.g. `kernel/sys.o`. */
  object: string;
  kind: 'c' | 'asm';
}

const TOP_LISTS = ['head-y', 'init-y', 'core-y', 'drivers-y', 'net-y', 'libs-y'];
const DIR_LISTS = ['obj-y', 'lib-y'];

interface Assignment {
  variable: string;
  words: string[];
}

/** Splits a Makefile into `var += words` / `var := words` / `var = words` assignments. */
function parseAssignments(text: string, config: KernelConfig): Assignment[] {
  const joined = text.replace(/\\\n/g, ' ');
  const result: Assignment[] = [];
  for (const raw of joined.split('\n')) {
    const line = raw.replace(/#.*$/, '').trim();
    const m = /^([A-Za-z0-9_$(){}-]+)\s*(\+=|:=|\?=|=)\s*(.*)$/.exec(line);
    if (!m) continue;
    const variable = expandConfigRefs(m[1], config);
    result.push({ variable, words: m[3].split(/\s+/).filter((w) => w !== '') });
  }
  return result;
}

/** `obj-$(CONFIG_X)` becomes `obj-y` when CONFIG_X=y, `obj-` when unset. */
function expandConfigRefs(name: string, config: KernelConfig): string {
  return name.replace(/\$\((CONFIG_[A-Za-z0-9_]+)\)/g, (_, opt: string) => config.options.get(opt) ?? '');
}

function readMakefile(srcRoot: string, dir: string): string {
  const file = join(srcRoot, dir, 'Makefile');
  if (!existsSync(file)) {
    throw new CompileError(`no Makefile in '${dir || '.'}' (listed as a build directory)`, { file: join(dir, 'Makefile'), line: 0, col: 0 });
  }
  return readFileSync(file, 'utf8');
}

/** Collects the words of the given list variables, in order of appearance. */
function listWords(assignments: Assignment[], lists: string[]): string[] {
  const words: string[] = [];
  for (const a of assignments) if (lists.includes(a.variable)) words.push(...a.words);
  return words;
}

/** All kernel sources in link order. */
export function kernelSources(srcRoot: string, config: KernelConfig): KbuildSource[] {
  const top = parseAssignments(readMakefile(srcRoot, ''), config);
  const sources: KbuildSource[] = [];
  const seen = new Set<string>();
  // Linux links head-y first, then init-y, core-y, drivers-y, net-y and libs-y.
  for (const list of TOP_LISTS) {
    for (const word of listWords(top, [list])) addEntry(srcRoot, '', word, config, sources, seen);
  }
  if (sources.length === 0) {
    throw new CompileError(`the top Makefile lists no directories (expected lines like 'core-y += kernel/')`, { file: 'Makefile', line: 0, col: 0 });
  }
  return sources;
}

function addEntry(srcRoot: string, dir: string, word: string, config: KernelConfig, out: KbuildSource[], seen: Set<string>): void {
  const rel = posix.join(dir, word);
  if (word.endsWith('/')) {
    const sub = rel.replace(/\/$/, '');
    const assignments = parseAssignments(readMakefile(srcRoot, sub), config);
    for (const w of listWords(assignments, DIR_LISTS)) addEntry(srcRoot, sub, w, config, out, seen);
    return;
  }
  if (!word.endsWith('.o')) return;
  if (seen.has(rel)) return;
  seen.add(rel);
  const base = rel.slice(0, -2);
  for (const [ext, kind] of [['.c', 'c'], ['.S', 'asm']] as const) {
    if (existsSync(join(srcRoot, base + ext))) {
      out.push({ path: base + ext, object: rel, kind });
      return;
    }
  }
  throw new CompileError(`no rule to make target '${rel}': neither ${base}.c nor ${base}.S exists`, { file: posix.join(dir, 'Makefile'), line: 0, col: 0 });
}
