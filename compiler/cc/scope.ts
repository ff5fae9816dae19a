/**
 * Block scopes for ordinary identifiers (variables, functions, typedef names, enum
 * constants) and for struct/union/enum tags, as C's two name spaces require.
 * The parser's typedef-name GATEs consult this on every ambiguous identifier.
 */
import type { Obj } from './ast.js';
import type { IToken } from './chevrotain.js';
import type { Type } from './types.js';
import { warnAt } from './report.js';
import { tyInt128, tyUInt128 } from './int128.js';
import { tyFloat128 } from './float128.js';

export interface ScopeEntry {
  obj?: Obj;
  /** A block's `extern` declaration of a file-scope object: its name there (unused.ts). */
  declTok?: IToken;
  typedef?: Type;
  /** The typedef's own specifiers had `const` (`typedef const int cint;`). */
  typedefConst?: boolean;
  /** The typedef's type was written with `signed` (directly or through such a typedef): -funsigned-bitfields leaves it signed. */
  typedefSigned?: boolean;
  enumValue?: bigint;
  enumType?: Type;
  /** An enumerator's enumeration (its own type is enumType: an int, in C). */
  enumeration?: Type;
}

/** A block as it ends: what -Wunused-variable and -Wunused-label look at. */
export interface EndingBlock {
  vars: ReadonlyMap<string, ScopeEntry> | undefined;
  functionBody: boolean;
  localLabels: ReadonlyMap<string, string> | undefined;
}

interface Scope {
  // Made on the first declaration: most blocks declare nothing, or no tag.
  vars: Map<string, ScopeEntry> | undefined;
  tags: Map<string, Type> | undefined;
  labels?: Map<string, string>; // GNU `__label__` local labels: C name → the function-unique name
  holdsParams?: boolean; // a function definition's parameters
  isPrototype?: boolean; // a parameter list's scope
  prototypeTags?: PrototypeTag[]; // the tags first declared in it, in order (made on the first)
}

/** A tag first declared in a parameter list (`int f(struct s *p);`). */
interface PrototypeTag {
  /** The tag, or an anonymous type's keyword. */
  tok: IToken;
  /** `'struct s'` or `anonymous struct`, as gcc's warning names it. */
  what: string;
}

export class Scopes {
  private stack: Scope[] = [{ vars: new Map(), tags: undefined }];
  /**
   * Told of each block when it ends (not of the parameters' scope): its variables, whether
   * it is a function body's outermost block, and its `__label__` labels (unused.ts).
   */
  onLeave: ((ending: EndingBlock) => void) | undefined;
  /**
   * The last name `lookup` resolved, and to what: the parser asks about most identifiers
   * twice in a row (is it a typedef name? then, what is it?), and each answer walks every
   * enclosing scope. Forgotten whenever a declaration or a scope change could alter it.
   */
  private lastName: string | undefined = undefined;
  private lastEntry: ScopeEntry | undefined = undefined;

  enter(): void {
    this.stack.push({ vars: undefined, tags: undefined });
  }

  /** The scope of a parameter list (C11 6.2.1p4's function prototype scope). */
  enterPrototype(): void {
    this.enter();
    this.stack[this.stack.length - 1].isPrototype = true;
  }

  /**
   * Leaves a parameter list's scope, with gcc's warning for each tag first declared in it
   * (newest first, as gcc's bindings are undone): that struct type is not the one of the
   * same name a later declaration makes, so no argument will match it.
   */
  leavePrototype(): void {
    const tags = this.stack[this.stack.length - 1].prototypeTags ?? [];
    this.leave();
    for (let i = tags.length - 1; i >= 0; i--) {
      warnAt(tags[i].tok, `${tags[i].what} declared inside parameter list will not be visible outside of this definition or declaration`);
    }
  }

  /** A new tag (or anonymous struct, union or enum) was made in the current scope. */
  noteNewTag(tok: IToken, what: string): void {
    const top = this.stack[this.stack.length - 1];
    if (top.isPrototype) (top.prototypeTags ??= []).push({ tok, what });
  }

  /** The scope of a function definition's parameters, entered before its body's block. */
  enterParams(): void {
    this.enter();
    this.stack[this.stack.length - 1].holdsParams = true;
  }

  /**
   * The parameter a declaration in the current block would redeclare, if this is a function
   * body's outermost block: it shares the parameters' scope (C11 6.2.1p4).
   */
  parameterRedeclared(name: string): ScopeEntry | undefined {
    const parent = this.stack[this.stack.length - 2];
    return parent?.holdsParams ? parent.vars?.get(name) : undefined;
  }

  leave(): void {
    if (this.stack.length > 1) {
      const scope = this.stack.pop()!;
      if (this.onLeave !== undefined && !scope.holdsParams) {
        const functionBody = this.stack[this.stack.length - 1].holdsParams === true;
        this.onLeave({ vars: scope.vars, functionBody, localLabels: scope.labels });
      }
    }
    this.lastName = undefined;
  }

  /** The ordinary identifiers in scope: innermost scope first, the latest declared first in each (spellcheck.ts). */
  *visibleNames(): Generator<[string, ScopeEntry]> {
    for (let i = this.stack.length - 1; i >= 0; i--) {
      const vars = this.stack[i].vars;
      if (vars !== undefined) yield* [...vars].reverse();
    }
  }

  /** Back to file scope from blocks an error left open, without the warnings leaving them gives. */
  abandonBlocks(): void {
    this.stack.length = 1;
    this.lastName = undefined;
  }

  reset(): void {
    // gcc's predeclared typedef names.
    // gcc's `__float128` is a keyword naming _Float128; a predeclared typedef behaves alike.
    const builtins = new Map<string, ScopeEntry>([['__int128_t', { typedef: tyInt128 }], ['__uint128_t', { typedef: tyUInt128 }],
      ['__float128', { typedef: tyFloat128 }]]);
    this.stack = [{ vars: builtins, tags: undefined }];
    this.lastName = undefined;
  }

  lookup(name: string): ScopeEntry | undefined {
    if (name === this.lastName) return this.lastEntry;
    let found: ScopeEntry | undefined;
    for (let i = this.stack.length - 1; i >= 0; i--) {
      const e = this.stack[i].vars?.get(name);
      if (e) {
        found = e;
        break;
      }
    }
    this.lastName = name;
    this.lastEntry = found;
    return found;
  }

  lookupCurrent(name: string): ScopeEntry | undefined {
    return this.stack[this.stack.length - 1].vars?.get(name);
  }

  lookupGlobal(name: string): ScopeEntry | undefined {
    return this.stack[0].vars?.get(name);
  }

  declare(name: string, entry: ScopeEntry): void {
    (this.stack[this.stack.length - 1].vars ??= new Map()).set(name, entry);
    this.lastName = undefined;
  }

  declareGlobal(name: string, entry: ScopeEntry): void {
    (this.stack[0].vars ??= new Map()).set(name, entry);
    this.lastName = undefined;
  }

  isTypedef(name: string): boolean {
    const e = this.lookup(name);
    return e !== undefined && e.typedef !== undefined;
  }

  lookupTag(name: string): Type | undefined {
    for (let i = this.stack.length - 1; i >= 0; i--) {
      const t = this.stack[i].tags?.get(name);
      if (t) return t;
    }
    return undefined;
  }

  lookupTagCurrent(name: string): Type | undefined {
    return this.stack[this.stack.length - 1].tags?.get(name);
  }

  /** A block's `__label__ name;`: the label is this block's, under a unique name. */
  declareLocalLabel(name: string, unique: string): void {
    (this.stack[this.stack.length - 1].labels ??= new Map()).set(name, unique);
  }

  /** The label a `goto name`/`name:`/`&&name` means: a local label in scope, or the plain name. */
  resolveLabel(name: string): string {
    for (let i = this.stack.length - 1; i > 0; i--) {
      const unique = this.stack[i].labels?.get(name);
      if (unique !== undefined) return unique;
    }
    return name;
  }

  /** What the innermost scope declares: its names and its tags. */
  innermost(): { vars: ReadonlyMap<string, ScopeEntry> | undefined; tags: ReadonlyMap<string, Type> | undefined } {
    const s = this.stack[this.stack.length - 1];
    return { vars: s.vars, tags: s.tags };
  }

  declareTag(name: string, ty: Type): void {
    (this.stack[this.stack.length - 1].tags ??= new Map()).set(name, ty);
  }
}
