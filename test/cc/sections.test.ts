/**
 * Where objects go: gcc's sections (as nm's letters show them) for the same declarations.
 * Const objects are read-only data; a pointer to const is not const itself.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { gccObject, ourObject, workDir } from './helpers.js';

const SOURCE = `
const int zero = 0;
const int one = 1;
const int tentative;
static const int static_zero = 0;
const char *variable_pointer = "x";
const char *names[] = { "a", "b" };
const int table[3] = { 1, 2, 3 };
struct pair { int a; int *b; };
const struct pair pair = { 1, 0 };
typedef const int cint;
cint through_typedef = 4;
typedef cint cint2;
cint2 through_two_typedefs = 5;
cint *pointer_to_typedef_const = 0;
const volatile int const_volatile = 5;
int plain = 3;
int plain_zero;
int f(void) { static const int local = 7; static const int local_zero = 0; return local + local_zero + static_zero; }
`;

/** Symbol → nm letter, with the numbers gcc appends to static locals removed. */
function letters(object: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of execFileSync('nm', [object], { encoding: 'utf8' }).trim().split('\n')) {
    const [, letter, name] = line.trim().split(/\s+/);
    out[name.replace(/\.\d+$/, '')] = letter;
  }
  return out;
}

it('places const, volatile, zero and tentative objects where gcc -fno-pie does', () => {
  const dir = mkdtempSync(join(workDir, 'sections-'));
  const file = join(dir, 'objects.c');
  writeFileSync(file, SOURCE);
  const gcc = letters(gccObject(file, dir, ['-O0', '-fno-pie', '-fno-common']));
  const ours = letters(ourObject(file, dir));
  expect(ours).toEqual(gcc);
  expect(ours.table).toBe('R');
  expect(ours.variable_pointer).toBe('D');
});
