/**
 * gcc's -Wbuiltin-declaration-mismatch for a program's own declaration of a name gcc knows
 * as a C library function (builtin-names.ts librarySignatures), the classic
 * `int strlen(const char *s);` or `void *malloc(int n);` typed in instead of including the
 * header, or a global variable called `index` or `exp`:
 *
 *   warning: conflicting types for built-in function 'strlen'; expected 'long unsigned int(const char *)'
 *   note: 'strlen' is declared in header '<string.h>'
 *   warning: built-in function 'index' declared as non-function
 *
 * Only the first declaration of the name is compared (a later one meets the earlier one's
 * rules, declare.ts), and only with builtins on (not -fno-builtin, -ffreestanding). The
 * comparison is gcc 12's match_builtin_function_types: types need only be "close enough"
 * (the same machine mode: `long` for `size_t`, `unsigned` for `int`), pointers must point
 * to the same type give or take qualifiers (a FILE * parameter takes any pointer); a
 * declaration without a prototype agrees with anything.
 */
import type { IToken } from './chevrotain.js';
import { libraryHeader, librarySignatures } from './builtin-names.js';
import { implicitLibraryPrototype } from './builtins.js';
import { isWarningOn, noteDeclaringHeader, warnAt } from './report.js';
import { quotedType } from './typedef-names.js';
import { canonicalType, isCompatible, isInteger, unqualified, type Type } from './types.js';

/**
 * Compares the first declaration of `nameTok` (of type `ty`) with the library function of
 * that name. `externalLinkage`: the declaration is not `static` (a static object may take a
 * library function's name; a static function still must agree).
 */
export function checkBuiltinDeclaration(nameTok: IToken, ty: Type, externalLinkage: boolean): void {
  const name = nameTok.image;
  const builtin = implicitLibraryPrototype(name);
  if (builtin === undefined || isWarningOn('no-builtin-declaration-mismatch')) return;
  if (ty.kind !== 'func') {
    if (externalLinkage) warnAt(nameTok, `built-in function '${name}' declared as non-function [-Wbuiltin-declaration-mismatch]`);
    return;
  }
  if (!ty.hasPrototype || agreesWithBuiltin(ty, builtin, librarySignatures[name].slice(1))) return;
  warnAt(nameTok, `conflicting types for built-in function '${name}'; expected ${quotedType(builtin)} [-Wbuiltin-declaration-mismatch]`);
  const header = libraryHeader(name);
  if (header !== undefined) noteDeclaringHeader(nameTok, name, header);
}

function agreesWithBuiltin(ty: Type, builtin: Type, paramLetters: string): boolean {
  if (!closeEnough(ty.returnType!, builtin.returnType!)) return false;
  if (ty.params.length !== builtin.params.length || ty.isVariadic !== builtin.isVariadic) return false;
  return ty.params.every((p, i) => {
    const declared = canonicalType(p.ty);
    if (paramLetters[i] === 'F') return declared.kind === 'ptr';
    const expected = builtin.params[i].ty;
    if (!closeEnough(declared, expected)) return false;
    return expected.kind !== 'ptr' || isCompatible(unqualified(declared.base!), unqualified(expected.base!));
  });
}

/** gcc's types_close_enough_to_match: the same machine mode, both pointers or neither, to functions or not. */
function closeEnough(a: Type, b: Type): boolean {
  const x = canonicalType(a);
  const y = canonicalType(b);
  if ((x.kind === 'ptr') !== (y.kind === 'ptr')) return false;
  if (x.kind === 'ptr') return (x.base!.kind === 'func') === (y.base!.kind === 'func');
  return machineMode(x) === machineMode(y);
}

function machineMode(t: Type): string {
  return isInteger(t) ? `int${t.size}` : `${t.kind}${t.size}`;
}
