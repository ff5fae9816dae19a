/**
 * An lvalue written back as gcc's messages show it: "assignment of read-only location
 * 'p->a[0]'". gcc prints its own trees, not the source: indexing an array object keeps the
 * brackets (`s->m[i][j]`, `ga[2]`), indexing through a pointer shows the byte offset it
 * became (`*(p + 4)`, `*(p + (sizetype)((long unsigned int)i * 4))`), and `(*s).a` is
 * `s->a`. Shapes beyond these yield undefined, and the message goes without the quote.
 */
import type { Node } from './ast.js';
import { isInteger, type Type } from './types.js';

export function lvalueText(n: Node): string | undefined {
  switch (n.kind) {
    case 'var': return n.obj!.isFunction ? undefined : n.tok.image;
    case 'member': {
      const name = n.member!.name;
      if (name === undefined) return undefined;
      const record = n.lhs!;
      if (record.kind === 'deref') {
        const p = pointerText(record.lhs!);
        return p === undefined ? undefined : `${p}->${name}`;
      }
      const r = lvalueText(record);
      return r === undefined ? undefined : `${r}.${name}`;
    }
    case 'deref': return derefText(n.lhs!);
    default: return undefined;
  }
}

/** A pointer-valued operand: a variable, a loaded pointer (`*pp`) or a member. */
function pointerText(n: Node): string | undefined {
  if (n.ty!.kind !== 'ptr') return undefined;
  return lvalueText(n);
}

/** `*addr`: an array element, a pointer plus an offset, or a plain dereference. */
function derefText(addr: Node): string | undefined {
  if (addr.kind === 'add' && addr.lhs!.ty!.kind === 'array') {
    const array = lvalueText(addr.lhs!);
    const index = arrayIndexText(addr.rhs!, addr.lhs!.ty!.base!);
    return array === undefined || index === undefined ? undefined : `${array}[${index}]`;
  }
  if (addr.kind === 'add' && addr.lhs!.ty!.kind === 'ptr') {
    const p = pointerText(addr.lhs!);
    const offset = byteOffsetText(addr.rhs!, addr.lhs!.ty!.base!);
    if (p === undefined || offset === undefined) return undefined;
    // (gcc's fold drops an offset of 0: `p[0]` is `*p`.)
    return offset === '0' ? `*${p}` : `*(${p} + ${offset})`;
  }
  const p = pointerText(addr);
  return p === undefined ? undefined : `*${p}`;
}

/** An index the parser scaled by the element size (scaleIndex): a constant or a variable. */
function scaledIndex(n: Node, element: Type): { constant?: bigint; variable?: Node } | undefined {
  if (n.kind === 'num' && element.size > 0) return { constant: n.val! / BigInt(element.size) };
  const unscaled = n.kind === 'mul' && n.rhs!.kind === 'num' && BigInt(element.size) === n.rhs!.val ? n.lhs! : element.size === 1 ? n : undefined;
  if (unscaled === undefined) return undefined;
  const v = unscaled.kind === 'cast' ? unscaled.lhs! : unscaled;
  return v.kind === 'var' && isInteger(v.ty!) ? { variable: v } : undefined;
}

function arrayIndexText(n: Node, element: Type): string | undefined {
  const i = scaledIndex(n, element);
  if (i === undefined) return undefined;
  if (i.constant !== undefined) return String(i.constant);
  const v = i.variable!;
  // gcc shows the promotion of a narrow index.
  return v.ty!.size < 4 ? `(int)${v.tok.image}` : v.tok.image;
}

function byteOffsetText(n: Node, element: Type): string | undefined {
  const i = scaledIndex(n, element);
  if (i === undefined) return undefined;
  if (i.constant !== undefined) return String(i.constant * BigInt(element.size));
  const v = i.variable!;
  const name = v.tok.image;
  if (element.size === 1) return `(sizetype)${name}`;
  if (v.ty!.size === 8 && v.ty!.isUnsigned) return `(sizetype)(${name} * ${element.size})`;
  return `(sizetype)((long unsigned int)${name} * ${element.size})`;
}
