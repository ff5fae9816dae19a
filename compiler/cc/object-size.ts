/**
 * `__builtin_object_size(p, type)` without optimization, as gcc answers it at -O0 (its
 * PR 71831): when `p` is the address of a declared object plus a constant offset — `buf`,
 * `&s`, `s.a + 2`, `&m[1][0]` — the answer is the bytes left from `p` to the end of the
 * whole object (types 0 and 2) or of the closest enclosing member or array (types 1 and
 * 3). Anything else is unknown: -1 for types 0 and 1, 0 for types 2 and 3. As in gcc, the
 * subobject answer is given up after pointer arithmetic (`s.a + 1`), where gcc's own
 * optimized answers are inconsistent.
 *
 * A tentative definition `char buf[];` is complete only at the end of the file (one
 * element, unless a later declaration gives a size): the answer then waits for code
 * generation (`final`), when every declaration has been seen.
 */
import type { Node } from './ast.js';

/** Where a pointer points, in a declared object whose size is known. */
interface ObjectPlace {
  whole: number; // bytes of the declared object
  offset: number; // from its start
  sub: number; // bytes of the closest enclosing subobject
  subOffset: number; // from the subobject's start
  moved: boolean; // pointer arithmetic with a nonzero offset was applied
}

/** The static answer, or undefined when the object is unknown (or, before `final`, not yet complete). */
export function knownObjectSize(pointer: Node, type: bigint, final = false): number | undefined {
  const place = pointerPlace(pointer, final);
  if (!place) return undefined;
  if ((type & 1n) === 0n) return place.offset < 0 ? undefined : Math.max(0, place.whole - place.offset);
  if (place.moved || place.subOffset < 0) return undefined;
  return Math.max(0, place.sub - place.subOffset);
}

function pointerPlace(n: Node, final: boolean): ObjectPlace | undefined {
  switch (n.kind) {
    case 'cast': return pointerPlace(n.lhs!, final);
    case 'addr': return lvaluePlace(n.lhs!, final);
    // An array decays to its start: the address of the array itself.
    case 'var': case 'member': case 'deref': return n.ty!.kind === 'array' ? lvaluePlace(n, final) : undefined;
    case 'add': case 'sub': {
      const delta = constantStep(n);
      const base = delta === undefined ? undefined : pointerPlace(n.lhs!, final);
      if (!base || delta === undefined) return undefined;
      return { ...base, offset: base.offset + delta, subOffset: base.subOffset + delta, moved: base.moved || delta !== 0 };
    }
    default: return undefined;
  }
}

function lvaluePlace(n: Node, final: boolean): ObjectPlace | undefined {
  switch (n.kind) {
    case 'var': {
      const t = final ? n.obj!.ty : n.ty!;
      if (t.isVla || !t.isComplete) return undefined;
      let size = t.size;
      if (t.kind === 'array' && t.arrayLen < 0) {
        // Unknown until the end of the file, where a tentative definition gets one element.
        if (!final || !n.obj!.isTentative) return undefined;
        size = t.base!.size;
      }
      return { whole: size, offset: 0, sub: size, subOffset: 0, moved: false };
    }
    case 'member': {
      const outer = lvaluePlace(n.lhs!, final);
      const m = n.member!;
      if (!outer || m.isBitfield) return undefined;
      // A flexible array member has no bytes of its own in a declared object.
      const size = m.ty.kind === 'array' && m.ty.arrayLen < 0 ? 0 : m.ty.size;
      return { ...outer, offset: outer.offset + m.offset, sub: size, subOffset: 0 };
    }
    case 'deref': {
      // a[k] is *(a + k): an element of the array a, which is then the enclosing subobject
      // (gcc's rule: the subobject of an array element is the array it indexes).
      const p = n.lhs!;
      const delta = constantStep(p);
      if (delta !== undefined) {
        const a = p.lhs!;
        const isArray = a.ty!.kind === 'array' && a.kind !== 'cast';
        const base = isArray ? lvaluePlace(a, final) : pointerPlace(a, final);
        if (!base) return undefined;
        const inArray = isArray ? { sub: a.ty!.size, subOffset: delta } : { subOffset: base.subOffset + delta };
        return { ...base, offset: base.offset + delta, ...inArray };
      }
      return pointerPlace(p, final);
    }
    default: return undefined;
  }
}

/** The byte offset `p + k` or `p - k` adds to its pointer, when k is a constant (already scaled). */
function constantStep(n: Node): number | undefined {
  if ((n.kind !== 'add' && n.kind !== 'sub') || n.rhs!.kind !== 'num') return undefined;
  const k = Number(n.rhs!.val!);
  return n.kind === 'add' ? k : -k;
}
