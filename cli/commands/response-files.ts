/**
 * gcc's response files: an argument `@FILE` stands for the arguments written in FILE.
 * Build tools write them when a command line would be too long for the system (CMake and
 * Ninja do for links with many objects). FILE is read as libiberty's buildargv reads it:
 * white space separates arguments, '...' and "..." quote, a backslash takes the next
 * character as it is; an `@FILE` inside is expanded in turn. An `@FILE` that names no
 * readable file stays as it is, an ordinary argument, as with gcc.
 */
import { readFileSync } from 'node:fs';
import { UsageError } from '../usage-error.js';

/** Deeper than this, the files include each other. */
const MAX_DEPTH = 64;

export function expandResponseFiles(args: string[], depth = 0): string[] {
  if (!args.some((a) => a.length > 1 && a.startsWith('@'))) return args;
  if (depth > MAX_DEPTH) throw new UsageError(`response files nested more than ${MAX_DEPTH} deep (do they name each other?)`);
  return args.flatMap((arg) => {
    if (arg.length < 2 || !arg.startsWith('@')) return [arg];
    let text: string;
    try {
      text = readFileSync(arg.slice(1), 'utf8');
    } catch {
      return [arg];
    }
    return expandResponseFiles(splitArguments(text), depth + 1);
  });
}

/** The arguments of a response file's text. */
function splitArguments(text: string): string[] {
  const args: string[] = [];
  let current = '';
  let inArgument = false;
  let quote: string | null = null;
  for (let k = 0; k < text.length; k++) {
    const c = text[k];
    if (c === '\\' && k + 1 < text.length) {
      current += text[++k];
      inArgument = true;
    } else if (quote !== null) {
      if (c === quote) quote = null;
      else current += c;
    } else if (c === "'" || c === '"') {
      quote = c;
      inArgument = true;
    } else if (/\s/.test(c)) {
      if (inArgument) args.push(current);
      current = '';
      inArgument = false;
    } else {
      current += c;
      inArgument = true;
    }
  }
  if (inArgument) args.push(current);
  return args;
}
