/**
 * -save-temps: keep the intermediate files gcc 12 keeps, under the names it gives them —
 * the preprocessed source (`.i`; `.s` for a `.S` input), the generated assembly (`.s`)
 * and, when linking, the object (`.o`).
 *
 *   gcc -save-temps -c dir/x.c            x.i x.s in the current directory
 *   gcc -save-temps -c x.c -o out/y.o     out/y.i out/y.s (named after the output)
 *   gcc -save-temps x.c -o out/prog       out/prog-x.i out/prog-x.s out/prog-x.o
 *   gcc -save-temps x.c -o out/x          out/x.i out/x.s out/x.o (no repeated name)
 *   gcc -save-temps x.c                   a-x.i a-x.s a-x.o (a.out's base)
 *
 * `-save-temps=obj` is the same; `-save-temps=cwd` gives the same names in the current
 * directory.
 */
import { basename, dirname, join } from 'node:path';
import type { CcMode } from './cc-args.js';

export type SaveTemps = 'obj' | 'cwd';

const withoutExtension = (path: string): string => path.replace(/\.[^./]*$/, '');

/** The path every intermediate file of `input` is named after (its extension appended). */
export function tempsBase(saveTemps: SaveTemps, mode: CcMode, input: string, output: string | undefined): string {
  const base = objectBase(mode, input, output);
  return saveTemps === 'cwd' ? basename(base) : base;
}

function objectBase(mode: CcMode, input: string, output: string | undefined): string {
  const own = withoutExtension(basename(input));
  if (mode === 'link') {
    const linked = withoutExtension(output ?? 'a.out');
    return basename(linked) === own ? linked : join(dirname(linked), `${basename(linked)}-${own}`);
  }
  return output === undefined || output === '-' ? own : withoutExtension(output);
}
