/**
 * Reading an object's initial value inside a static initializer. gcc accepts, as an
 * extension, `static const int n = 4; int m = n * 2;` and `int g = (int){7};`: a
 * read-only object (or a file-scope compound literal) whose bytes are already known
 * is as good as a constant there. Everywhere else (case labels, array sizes) it is not.
 */
import type { Node, Obj } from './ast.js';
import type { Type } from './types.js';

/** Where an lvalue lives: a static object and a byte offset into it. */
export interface ObjectPlace {
  obj: Obj;
  offset: number;
}

/** An address computed by the constant evaluator: a symbol and an offset. */
type AddressOf = (n: Node) => { label: string | undefined; value: bigint } | undefined;

/** What a read yields: a number, or the symbol-relative address a relocation holds. */
export type ObjectValue = { label: string | undefined; value: bigint } | number;

function isStaticData(obj: Obj): boolean {
  return !obj.isLocal && !obj.isWeak && obj.initData !== undefined;
}

function isReadable(obj: Obj): boolean {
  if (!isStaticData(obj)) return false;
  return obj.isReadOnly || isConstObject(obj.ty) || obj.name.startsWith('__compound_literal.');
}

/** A const-qualified type, or an array of one (`int *const p`, `const int a[2][2]`). */
function isConstObject(t: Type): boolean {
  return !t.isVolatile && (t.isConst || (t.kind === 'array' && isConstObject(t.base!)));
}

/** The static object and offset an lvalue designates, if the evaluator can tell. */
function placeOf(n: Node, addressOf: AddressOf): ObjectPlace | undefined {
  switch (n.kind) {
    case 'var':
      return n.obj!.isLocal ? undefined : { obj: n.obj!, offset: 0 };
    case 'member': {
      if (n.member!.isBitfield) return undefined;
      const base = placeOf(n.lhs!, addressOf);
      return base && { obj: base.obj, offset: base.offset + n.member!.offset };
    }
    case 'deref': {
      // `arr[1][1]`: the pointer folds to `arr + 12`; find arr's object in the expression.
      const a = addressOf(n.lhs!);
      if (!a || a.label === undefined) return undefined;
      const obj = objectNamed(n.lhs!, a.label);
      return obj && { obj, offset: Number(a.value) };
    }
    default:
      return undefined;
  }
}

function objectNamed(n: Node | undefined, name: string): Obj | undefined {
  if (!n) return undefined;
  if (n.kind === 'var') return n.obj!.name === name ? n.obj : undefined;
  return objectNamed(n.lhs, name) ?? objectNamed(n.rhs, name);
}

/**
 * The value an integer, pointer, float or double lvalue holds in its static object's
 * initial image, or undefined when that is not a known constant.
 */
export function readStaticObject(n: Node, addressOf: AddressOf): ObjectValue | undefined {
  const t = n.ty!;
  if (t.isVolatile || t.size > 8 || !['bool', 'char', 'short', 'int', 'long', 'enum', 'ptr', 'float', 'double'].includes(t.kind)) return undefined;
  const place = placeOf(n, addressOf);
  if (!place || !(isReadable(place.obj) || (t.isConst && isStaticData(place.obj)))) return undefined;
  const { obj, offset } = place;
  const data = obj.initData!;
  if (offset < 0 || offset + t.size > Math.max(data.length, obj.ty.size)) return undefined;
  const overlapping = obj.relocs.filter((r) => r.offset < offset + t.size && r.offset + (r.size ?? 8) > offset);
  if (overlapping.length > 0) {
    const r = overlapping[0];
    if (overlapping.length > 1 || r.offset !== offset || t.size !== 8 || r.minus !== undefined || t.kind === 'double') return undefined;
    return { label: r.label, value: r.addend };
  }
  // (Bytes past the image are zero: subarray stops at its end.)
  const bytes = new Uint8Array(t.size);
  bytes.set(data.subarray(offset, offset + t.size));
  const view = new DataView(bytes.buffer);
  if (t.kind === 'float') return view.getFloat32(0, true);
  if (t.kind === 'double') return view.getFloat64(0, true);
  let v = 0n;
  for (let i = t.size - 1; i >= 0; i--) v = (v << 8n) | BigInt(view.getUint8(i));
  return { label: undefined, value: v };
}
