/**
 * gcc's dependency output for make (-M, -MM, -MD, -MMD with -MF, -MT, -MQ, -MP):
 *
 *   m.o: m.c a.h
 *
 * The preprocessor records every file it read (PreprocessResult.dependencies); -MM and
 * -MMD leave out system headers (those found through the libc's include directory).
 */
import { basename } from 'node:path';

export interface DepsOptions {
  /** -M/-MM: print the rule instead of compiling (as -E, nothing else is produced). */
  only: boolean;
  /** -MM/-MMD: without system headers. */
  userOnly: boolean;
  /** -MF: where the rule goes; default stdout for -M, `<output or input>.d` for -MD. */
  file?: string;
  /** -MT/-MQ: the rule's targets instead of the object's name. */
  targets: string[];
  /** -MP: an empty rule per header, so make survives a deleted header. */
  phony: boolean;
}

/** make's escaping of a target written with -MQ: `$` doubled, spaces and `#` escaped. */
export function quoteTarget(name: string): string {
  return name.replace(/\$/g, '$$$$').replace(/([ #])/g, '\\$1');
}

const stem = (path: string): string => path.replace(/\.[^./]*$/, '');

/** The rule's default target: the -o output, else the object a compile of `input` writes. */
export function defaultTarget(input: string, output: string | undefined): string {
  return output ?? `${stem(basename(input))}.o`;
}

/**
 * Where -MD writes, named as gcc 12 names it: beside the output (`-c -o out/x.o` →
 * `out/x.d`, `-o prog` → `prog.d`), else after the input (`m.d`; `a-m.d` when linking).
 */
export function depFileFor(input: string, output: string | undefined, linking: boolean): string {
  if (output !== undefined) return `${stem(output)}.d`;
  return `${linking ? 'a-' : ''}${stem(basename(input))}.d`;
}

/** The rule, wrapped as gcc wraps it (lines under ~80 columns, continued with `\`). */
export function formatRule(targets: string[], prerequisites: string[], phony: boolean): string {
  const words = [`${targets.join(' ')}:`, ...prerequisites];
  let out = '';
  let column = 0;
  for (const word of words) {
    if (column > 0 && column + 1 + word.length > 78) {
      out += ' \\\n ';
      column = 1;
    } else if (column > 0) {
      out += ' ';
      column++;
    }
    out += word;
    column += word.length;
  }
  out += '\n';
  if (phony) for (const header of prerequisites.slice(1)) out += `${header}:\n`;
  return out;
}

/** The prerequisites of one source: itself first, then what it read, system headers dropped for -MM. */
export function prerequisites(source: string, read: string[], systemDirs: string[], userOnly: boolean): string[] {
  const isSystem = (path: string): boolean => systemDirs.some((dir) => path.startsWith(dir.endsWith('/') ? dir : `${dir}/`));
  return [source, ...read.filter((path) => path !== source && !(userOnly && isSystem(path)))];
}
