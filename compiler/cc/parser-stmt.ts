/**
 * Statement rules, declarations as block items and at file scope, function definitions,
 * inline assembly, and the translation-unit rule. The final parser class is built once
 * at module load (chevrotain's self-analysis is expensive) and reset per compilation.
 */
import { tokenMatcher, type IOrAlt, type IToken } from './chevrotain.js';
import { newNode, type AsmOperand, type Node, type Obj } from './ast.js';
import { evalInt } from './consteval.js';
import {
  beginFunction, compoundLiteral, declareName, endFunction, initializeName, type DeclaredName,
} from './declare.js';
import type { InitSyntax } from './initializer.js';
import { Identifier, Kw, P, Tok } from './lexer.js';
import { decodeEscapes, literalPrefix } from './literals.js';
import type { Attributes, DeclSpec, Declarator } from './parser-base.js';
import { DeclParser } from './parser-decl.js';
import { appendCleanups, beforeJump, exprStmtOf, returnAfterCleanups } from './cleanup.js';
import { errorAt, warnAt } from './report.js';
import { addrNode, assignNode, convertForAssign, derefNode, isLvalue, promote, varNode } from './typecheck.js';
import { withVectorAttribute } from './vector.js';
import { withModeAttribute } from './mode-attr.js';
import { krDefinitionType } from './kr.js';
import { isInteger, isNumberLikeAggregate, isScalar, tyAutoType, type Param, type Type } from './types.js';

function stmt(kind: Node['kind'], tok: IToken): Node {
  return newNode(kind, tok);
}

export class CParser extends DeclParser {
  cleanupCall(fnName: string, obj: Obj, tok: IToken): Node {
    const fn = this.scopes.lookup(fnName)?.obj;
    if (!fn || fn.ty.kind !== 'func') return errorAt(tok, "cleanup argument not a function");
    this.fn?.refs.push(fn);
    return exprStmtOf(this.buildCall(varNode(fn, tok), [addrNode(varNode(obj, tok), tok)], tok));
  }

  compoundStmt = this.RULE('compoundStmt', (): Node => {
    const tok = this.CONSUME(P['{']);
    const body: Node[] = [];
    const cleanupMark = this.ACTION(() => {
      this.scopes.enter();
      return this.cleanups.mark();
    });
    this.MANY(() => {
      const items = this.SUBRULE(this.blockItem);
      this.ACTION(() => {
        for (const n of items) body.push(n);
      });
    });
    const end = this.CONSUME(P['}']);
    return this.ACTION(() => {
      this.scopes.leave();
      appendCleanups(body, this.cleanups.leave(cleanupMark), (ty) => this.newTemp(ty));
      const n = stmt('block', tok);
      n.body = body;
      n.endTok = end;
      return n;
    });
  });

  // Built once, like statementAlts below: every statement goes through this OR.
  private blockItemOr: { IGNORE_AMBIGUITIES: boolean; DEF: IOrAlt<Node[]>[] } | undefined;

  blockItem = this.RULE('blockItem', (): Node[] => {
    return this.OR(
      (this.blockItemOr ??= {
        IGNORE_AMBIGUITIES: true,
        DEF: [
          { GATE: () => this.isDeclarationAt(1), ALT: () => this.SUBRULE(this.declaration) },
          {
            ALT: () => {
              const s = this.SUBRULE(this.statement);
              return this.ACTION(() => [s]);
            },
          },
        ],
      }),
    );
  });

  private statementAlts: IOrAlt<Node>[] | undefined;

  statement = this.RULE('statement', (): Node => {
    return this.OR({
      IGNORE_AMBIGUITIES: true,
      DEF: (this.statementAlts ??= [
        { ALT: () => this.SUBRULE(this.compoundStmt) },
        { ALT: () => this.SUBRULE(this.ifStmt) },
        { ALT: () => this.SUBRULE(this.whileStmt) },
        { ALT: () => this.SUBRULE(this.doStmt) },
        { ALT: () => this.SUBRULE(this.forStmt) },
        { ALT: () => this.SUBRULE(this.switchStmt) },
        { ALT: () => this.SUBRULE(this.caseStmt) },
        { ALT: () => this.SUBRULE(this.defaultStmt) },
        { ALT: () => this.SUBRULE(this.jumpStmt) },
        { ALT: () => this.SUBRULE(this.returnStmt) },
        { ALT: () => this.SUBRULE(this.asmStmt) },
        { ALT: () => this.SUBRULE(this.labeledStmt) },
        {
          ALT: () => {
            const tok = this.CONSUME(P[';']);
            return this.ACTION(() => {
              const n = stmt('block', tok);
              n.body = [];
              return n;
            });
          },
        },
        {
          ALT: () => {
            const e = this.SUBRULE(this.expr);
            this.CONSUME2(P[';']);
            return this.ACTION(() => {
              const n = stmt('exprStmt', e.tok);
              n.lhs = e;
              return n;
            });
          },
        },
      ]),
    });
  });

  ifStmt = this.RULE('ifStmt', (): Node => {
    const tok = this.CONSUME(Kw.if);
    this.CONSUME(P['(']);
    this.enterStatementScope();
    const cond = this.SUBRULE(this.expr);
    this.CONSUME(P[')']);
    this.enterStatementScope();
    const then = this.SUBRULE(this.statement);
    this.leaveStatementScope();
    const els = this.OPTION(() => {
      this.CONSUME(Kw.else);
      this.enterStatementScope();
      const e = this.SUBRULE2(this.statement);
      this.leaveStatementScope();
      return e;
    });
    return this.ACTION(() => {
      this.scopes.leave();
      this.requireCondition(cond);
      const n = stmt('if', tok);
      n.cond = cond;
      n.then = then;
      n.els = els;
      return n;
    });
  });

  /**
   * C99 6.8.4, 6.8.5: a selection or iteration statement is a block of its own, so a tag
   * or enumerator declared in its condition (`if (sizeof(enum { in = 1 }))`) ends with it.
   */
  private enterStatementScope(): void {
    this.ACTION(() => this.scopes.enter());
  }

  /** The substatements are blocks too: `if (x) c = sizeof (struct s { int a; });` declares its own s. */
  private leaveStatementScope(): void {
    this.ACTION(() => this.scopes.leave());
  }

  private requireCondition(c: Node): void {
    if (!isScalar(c.ty!) && c.ty!.kind !== 'array' && c.ty!.kind !== 'func' && !isNumberLikeAggregate(c.ty!)) {
      errorAt(c.tok, `used ${c.ty!.vectorElem ? 'vector type' : 'struct type value'} where scalar is required`);
    }
  }

  private loopBody(idx: number): Node {
    this.ACTION(() => {
      this.breakDepth++;
      this.continueDepth++;
      this.cleanups.enterLoop(false);
    });
    this.enterStatementScope();
    const body = this.subrule(idx, this.statement);
    this.leaveStatementScope();
    this.ACTION(() => {
      this.breakDepth--;
      this.continueDepth--;
      this.cleanups.leaveLoop(false);
    });
    return body;
  }

  whileStmt = this.RULE('whileStmt', (): Node => {
    const tok = this.CONSUME(Kw.while);
    this.CONSUME(P['(']);
    this.enterStatementScope();
    const cond = this.SUBRULE(this.expr);
    this.CONSUME(P[')']);
    const body = this.loopBody(1);
    return this.ACTION(() => {
      this.scopes.leave();
      this.requireCondition(cond);
      const n = stmt('for', tok);
      n.cond = cond;
      n.then = body;
      return n;
    });
  });

  doStmt = this.RULE('doStmt', (): Node => {
    const tok = this.CONSUME(Kw.do);
    this.enterStatementScope();
    const body = this.loopBody(1);
    this.CONSUME(Kw.while);
    this.CONSUME(P['(']);
    const cond = this.SUBRULE(this.expr);
    this.CONSUME(P[')']);
    this.CONSUME(P[';']);
    return this.ACTION(() => {
      this.scopes.leave();
      this.requireCondition(cond);
      const n = stmt('do', tok);
      n.cond = cond;
      n.then = body;
      return n;
    });
  });

  forStmt = this.RULE('forStmt', (): Node => {
    const tok = this.CONSUME(Kw.for);
    this.CONSUME(P['(']);
    const cleanupMark = this.ACTION(() => {
      this.scopes.enter();
      return this.cleanups.mark();
    });
    const init = this.OR({
      IGNORE_AMBIGUITIES: true,
      DEF: [
        {
          GATE: () => this.isDeclarationAt(1),
          ALT: () => {
            const items = this.SUBRULE(this.declaration);
            return this.ACTION(() => {
              const b = stmt('block', tok);
              b.body = items;
              return b;
            });
          },
        },
        {
          ALT: () => {
            const e = this.OPTION(() => this.SUBRULE(this.expr));
            this.CONSUME(P[';']);
            return this.ACTION(() => {
              if (!e) return undefined;
              const s = stmt('exprStmt', e.tok);
              s.lhs = e;
              return s;
            });
          },
        },
      ],
    });
    const cond = this.OPTION2(() => this.SUBRULE2(this.expr));
    this.CONSUME2(P[';']);
    const inc = this.OPTION3(() => this.SUBRULE3(this.expr));
    this.CONSUME(P[')']);
    const body = this.loopBody(4);
    return this.ACTION(() => {
      this.scopes.leave();
      if (cond) this.requireCondition(cond);
      const n = stmt('for', tok);
      n.init = init;
      n.cond = cond;
      n.inc = inc;
      n.then = body;
      // A cleanup variable declared in the init clause goes out of scope when the loop ends.
      const calls = this.cleanups.leave(cleanupMark);
      if (calls.length === 0) return n;
      const block = stmt('block', tok);
      block.body = [n, ...calls];
      return block;
    });
  });

  switchStmt = this.RULE('switchStmt', (): Node => {
    const tok = this.CONSUME(Kw.switch);
    this.CONSUME(P['(']);
    this.enterStatementScope();
    const cond = this.SUBRULE(this.expr);
    this.CONSUME(P[')']);
    const n = this.ACTION(() => {
      if (!isInteger(cond.ty!)) errorAt(cond.tok, 'switch quantity not an integer');
      const sw = stmt('switch', tok);
      sw.cond = promote(cond);
      sw.cases = [];
      this.switchStack.push(sw);
      this.breakDepth++;
      this.cleanups.enterLoop(true);
      return sw;
    });
    this.enterStatementScope();
    const body = this.SUBRULE(this.statement);
    this.leaveStatementScope();
    return this.ACTION(() => {
      this.scopes.leave();
      this.switchStack.pop();
      this.breakDepth--;
      this.cleanups.leaveLoop(true);
      n.then = body;
      return n;
    });
  });

  caseStmt = this.RULE('caseStmt', (): Node => {
    const tok = this.CONSUME(Kw.case);
    const lo = this.SUBRULE(this.conditional);
    const hi = this.OPTION(() => {
      this.CONSUME(P['...']);
      return this.SUBRULE2(this.conditional);
    });
    this.CONSUME(P[':']);
    const n = this.ACTION(() => {
      const sw = this.switchStack[this.switchStack.length - 1];
      if (!sw) errorAt(tok, `case label not within a switch statement`);
      const c = stmt('case', tok);
      c.caseBegin = evalInt(lo);
      c.caseEnd = hi ? evalInt(hi) : c.caseBegin;
      sw.cases!.push(c);
      return c;
    });
    const body = this.SUBRULE(this.labelTarget);
    return this.ACTION(() => {
      n.lhs = body;
      return n;
    });
  });

  defaultStmt = this.RULE('defaultStmt', (): Node => {
    const tok = this.CONSUME(Kw.default);
    this.CONSUME(P[':']);
    const n = this.ACTION(() => {
      const sw = this.switchStack[this.switchStack.length - 1];
      if (!sw) errorAt(tok, `'default' label not within a switch statement`);
      if (sw.defaultCase) errorAt(tok, 'multiple default labels in one switch');
      const c = stmt('case', tok);
      sw.defaultCase = c;
      return c;
    });
    const body = this.SUBRULE(this.labelTarget);
    return this.ACTION(() => {
      n.lhs = body;
      return n;
    });
  });

  /** The statement after a label; gcc accepts a label right before `}`. */
  // Built once: every `case` and label goes through this OR.
  private labelTargetOr: { IGNORE_AMBIGUITIES: boolean; DEF: IOrAlt<Node>[] } | undefined;

  labelTarget = this.RULE('labelTarget', (): Node => {
    return this.OR((this.labelTargetOr ??= {
      IGNORE_AMBIGUITIES: true,
      DEF: [
        {
          GATE: () => this.isDeclarationAt(1),
          ALT: () => {
            const items = this.SUBRULE(this.declaration);
            return this.ACTION(() => {
              const n = stmt('block', this.LA(0));
              n.body = items;
              return n;
            });
          },
        },
        { GATE: () => !tokenMatcher(this.LA(1), P['}']), ALT: () => this.SUBRULE(this.statement) },
        {
          GATE: () => tokenMatcher(this.LA(1), P['}']),
          ALT: () =>
            this.ACTION(() => {
              const n = stmt('block', this.LA(1));
              n.body = [];
              return n;
            }),
        },
      ],
    }));
  });

  labeledStmt = this.RULE('labeledStmt', (): Node => {
    const name = this.CONSUME(Identifier);
    this.CONSUME(P[':']);
    this.MANY(() => this.SUBRULE(this.attributeList));
    const body = this.SUBRULE(this.labelTarget);
    return this.ACTION(() => {
      this.requireFunction(name, 'label');
      const label = this.scopes.resolveLabel(name.image);
      if (this.fnLabels.has(label)) errorAt(name, `duplicate label '${name.image}'`);
      this.fnLabels.add(label);
      this.cleanups.onLabel(label);
      const n = stmt('label', name);
      n.label = label;
      n.lhs = body;
      return n;
    });
  });

  jumpStmt = this.RULE('jumpStmt', (): Node => {
    const n = this.OR([
      {
        ALT: () => {
          const tok = this.CONSUME(Kw.break);
          return this.ACTION(() => {
            if (this.breakDepth === 0) errorAt(tok, 'break statement not within loop or switch');
            return beforeJump(stmt('break', tok), this.cleanups.onBreak());
          });
        },
      },
      {
        ALT: () => {
          const tok = this.CONSUME(Kw.continue);
          return this.ACTION(() => {
            if (this.continueDepth === 0) errorAt(tok, 'continue statement not within a loop');
            return beforeJump(stmt('continue', tok), this.cleanups.onContinue());
          });
        },
      },
      {
        ALT: () => {
          const tok = this.CONSUME(Kw.goto);
          return this.OR2([
            {
              ALT: () => {
                const label = this.CONSUME(Identifier);
                return this.ACTION(() => {
                  const g = stmt('goto', tok);
                  g.label = this.scopes.resolveLabel(label.image);
                  this.fnGotos.push(g);
                  this.cleanups.onGoto(g);
                  return g;
                });
              },
            },
            {
              ALT: () => {
                this.CONSUME(P['*']);
                const target = this.SUBRULE(this.expr);
                return this.ACTION(() => {
                  const g = stmt('gotoExpr', tok);
                  g.lhs = target;
                  return g;
                });
              },
            },
          ]);
        },
      },
    ]);
    this.CONSUME(P[';']);
    return n;
  });

  returnStmt = this.RULE('returnStmt', (): Node => {
    const tok = this.CONSUME(Kw.return);
    const e = this.OPTION(() => this.SUBRULE(this.expr));
    this.CONSUME(P[';']);
    return this.ACTION(() => {
      const fn = this.requireFunction(tok, 'return');
      const rt = fn.ty.returnType!;
      const n = stmt('return', tok);
      if (e) {
        if (rt.kind === 'void') {
          if (e.ty!.kind !== 'void') warnAt(tok, "'return' with a value, in function returning void");
          n.lhs = e;
        } else {
          n.lhs = convertForAssign(e, rt, e.tok, 'returning');
        }
      } else if (rt.kind !== 'void') {
        warnAt(tok, "'return' with no value, in function returning non-void");
      }
      return returnAfterCleanups(n, this.cleanups.onReturn(), (ty) => this.newTemp(ty));
    });
  });

  asmStmt = this.RULE('asmStmt', (): Node => {
    const tok = this.SUBRULE(this.asmKeyword);
    let isVolatile = false;
    let isGoto = false;
    this.MANY(() => {
      this.OR([
        { ALT: () => this.SUBRULE(this.qualifier) },
        { ALT: () => this.CONSUME(Kw.goto) },
        { ALT: () => this.CONSUME(Kw.inline) },
        { ALT: () => this.CONSUME(Kw.__inline__) },
      ]);
      this.ACTION(() => {
        const img = this.LA(0).image;
        if (img.includes('volatile')) isVolatile = true;
        if (img === 'goto') isGoto = true;
      });
    });
    this.CONSUME(P['(']);
    const template = this.SUBRULE(this.asmString);
    const outputs: AsmOperand[] = [];
    const inputs: AsmOperand[] = [];
    const clobbers: string[] = [];
    const labels: string[] = [];
    let basic = true;
    this.OPTION(() => {
      this.CONSUME(P[':']);
      this.ACTION(() => (basic = false));
      this.MANY_SEP({ SEP: P[','], DEF: () => this.pushOperand(outputs, this.SUBRULE(this.asmOperand)) });
      this.OPTION2(() => {
        this.CONSUME2(P[':']);
        this.MANY_SEP2({ SEP: P[','], DEF: () => this.pushOperand(inputs, this.SUBRULE2(this.asmOperand)) });
        this.OPTION3(() => {
          this.CONSUME3(P[':']);
          this.MANY_SEP3({
            SEP: P[','],
            DEF: () => {
              const c = this.SUBRULE2(this.asmString);
              this.ACTION(() => clobbers.push(c));
            },
          });
          this.OPTION4(() => {
            this.CONSUME4(P[':']);
            this.MANY_SEP4({
              SEP: P[','],
              DEF: () => {
                const l = this.CONSUME(Identifier);
                this.ACTION(() => labels.push(this.scopes.resolveLabel(l.image)));
              },
            });
          });
        });
      });
    });
    this.CONSUME(P[')']);
    this.CONSUME(P[';']);
    return this.ACTION(() => {
      const fnObj = this.fn;
      if (!fnObj) {
        if (outputs.length || inputs.length) errorAt(tok, 'asm operands at file scope');
        this.topAsm.push(template);
        return stmt('block', tok);
      }
      for (const o of outputs) {
        if (!isLvalue(o.expr) && !(o.expr.kind === 'cast' && isLvalue(o.expr.lhs!))) errorAt(o.expr.tok, 'invalid lvalue in asm output');
      }
      const addressSetup = outputs.flatMap((o) => this.computeOutputAddressOnce(o, tok));
      const n = stmt('asm', tok);
      n.asm = { template, outputs, inputs, clobbers, labels, basic };
      n.isVolatileAsm = isVolatile || outputs.length === 0;
      if (isGoto) for (const l of labels) {
        const g = stmt('goto', tok);
        g.label = l;
        this.fnGotos.push(g);
      }
      if (addressSetup.length === 0) return n;
      const block = stmt('block', tok);
      block.body = [...addressSetup, n];
      return block;
    });
  });

  /**
   * A read-write operand (`"+r"(*next())`) is read before the asm and written after it;
   * its address must be computed once, so it goes to a temporary first.
   */
  private computeOutputAddressOnce(o: AsmOperand, tok: IToken): Node[] {
    if (!o.constraint.includes('+') || o.expr.kind === 'var' || o.expr.kind === 'cast') return [];
    if (o.expr.kind === 'member' && o.expr.member!.isBitfield) return [];
    const addr = addrNode(o.expr, tok);
    const tmp = this.newTemp(addr.ty!);
    const set = stmt('exprStmt', tok);
    set.lhs = assignNode(varNode(tmp, tok), addr, tok);
    o.expr = derefNode(varNode(tmp, tok), tok);
    return [set];
  }

  private pushOperand(list: AsmOperand[], op: AsmOperand): void {
    this.ACTION(() => list.push(op));
  }

  asmKeyword = this.RULE('asmKeyword', (): IToken => {
    return this.OR([
      { ALT: () => this.CONSUME(Kw.asm) },
      { ALT: () => this.CONSUME(Kw.__asm__) },
      { ALT: () => this.CONSUME(Kw.__asm) },
    ]);
  });

  asmString = this.RULE('asmString', (): string => {
    let s = '';
    this.AT_LEAST_ONE(() => {
      const t = this.CONSUME(Tok.StringLit);
      this.ACTION(() => {
        const d = decodeEscapes(literalPrefix(t.image).body, true);
        if (typeof d === 'string') errorAt(t, d);
        s += Buffer.from(d).toString('latin1');
      });
    });
    return s;
  });

  asmOperand = this.RULE('asmOperand', (): AsmOperand => {
    const name = this.OPTION(() => {
      this.CONSUME(P['[']);
      const id = this.CONSUME(Identifier);
      this.CONSUME(P[']']);
      return id.image;
    });
    const constraint = this.SUBRULE(this.asmString);
    this.CONSUME(P['(']);
    const expr = this.SUBRULE(this.expr);
    this.CONSUME(P[')']);
    return { name, constraint, expr };
  });

  /** A declaration as a block item or at file scope. Returns initialization code for locals. */
  declaration = this.RULE('declaration', (): Node[] => {
    const out: Node[] = [];
    this.MANY(() => this.CONSUME(Kw.__extension__));
    this.OR({
      IGNORE_AMBIGUITIES: true,
      DEF: [
        { GATE: () => tokenMatcher(this.LA(1), Kw._Static_assert), ALT: () => this.SUBRULE(this.staticAssert) },
        {
          ALT: () => {
            const spec = this.SUBRULE(this.declspec);
            this.ACTION(() => {
              for (const code of this.pendingSetup.splice(0)) {
                const st = stmt('exprStmt', code.tok);
                st.lhs = code;
                out.push(st);
              }
            });
            this.OR2({ IGNORE_AMBIGUITIES: true, DEF: [
              { ALT: () => this.CONSUME(P[';']) },
              {
                ALT: () => {
                  const isDef = this.SUBRULE(this.initDeclarator, { ARGS: [spec, true, out] });
                  this.MANY2({
                    GATE: () => !isDef,
                    DEF: () => {
                      this.CONSUME(P[',']);
                      this.SUBRULE2(this.initDeclarator, { ARGS: [spec, false, out] });
                    },
                  });
                  // A function definition ends with its body; anything else with ';'.
                  this.OR3([
                    { GATE: () => !isDef, ALT: () => this.CONSUME2(P[';']) },
                    { GATE: () => isDef, ALT: () => undefined },
                  ]);
                },
              },
            ]});
          },
        },
      ],
    });
    return out;
  });

  /** One declarator with its attributes, asm label and initializer, or a function definition. */
  initDeclarator = this.RULE('initDeclarator', (spec?: DeclSpec, allowBody?: boolean, out?: Node[]): boolean => {
    const d: Declarator = this.SUBRULE(this.declarator);
    const attrs: Attributes = {};
    let asmName: string | undefined;
    this.MANY(() => {
      this.OR([
        { ALT: () => this.SUBRULE(this.attributeList, { ARGS: [attrs] }) },
        {
          ALT: () => {
            this.SUBRULE(this.asmKeyword);
            this.CONSUME(P['(']);
            const s = this.SUBRULE(this.asmString);
            this.CONSUME(P[')']);
            this.ACTION(() => (asmName = s));
          },
        },
      ]);
    });
    let declared: DeclaredName | undefined;
    this.ACTION(() => {
      const ty = d.derive(withVectorAttribute(withModeAttribute(spec!.ty, attrs.mode), attrs));
      if (d.cleanup !== undefined) attrs.cleanup ??= d.cleanup;
      declared = declareName(this, spec!, d.nameTok, ty, attrs, asmName);
      for (const code of declared.setup ?? []) {
        const st = stmt('exprStmt', code.tok);
        st.lhs = code;
        out!.push(st);
      }
    });
    return this.OR2({
      IGNORE_AMBIGUITIES: true,
      DEF: [
        {
          GATE: () => allowBody === true && declared!.obj?.isFunction === true && tokenMatcher(this.LA(1), P['{']),
          ALT: () => {
            this.SUBRULE(this.functionBody, { ARGS: [declared?.obj, d?.nameTok] });
            return true;
          },
        },
        {
          // K&R definition: `int f(a, b) int a; char *b; { ... }`.
          GATE: () => allowBody === true && declared!.obj?.isFunction === true && declared!.ty.kind === 'func' && !declared!.ty.hasPrototype && this.isDeclarationAt(1),
          ALT: () => {
            const decls: Param[] = [];
            this.AT_LEAST_ONE(() => this.SUBRULE(this.krParamDeclaration, { ARGS: [decls] }));
            this.ACTION(() => krDefinitionType(declared!.obj!, declared!.ty, decls));
            this.SUBRULE2(this.functionBody, { ARGS: [declared?.obj, d?.nameTok] });
            return true;
          },
        },
        {
          ALT: () => {
            this.OPTION(() => {
              const tok = this.CONSUME(P['=']);
              const init = this.SUBRULE(this.initializerSyntax);
              this.ACTION(() => {
                const code = initializeName(declared!, init, tok, this.kernel);
                if (code) {
                  const s = stmt('exprStmt', tok);
                  s.lhs = code;
                  out!.push(s);
                }
              });
            });
            this.ACTION(() => this.checkComplete(declared!, d));
            return false;
          },
        },
      ],
    });
  });

  krParamDeclaration = this.RULE('krParamDeclaration', (out?: Param[]): void => {
    const spec = this.SUBRULE(this.declspec);
    this.AT_LEAST_ONE_SEP({
      SEP: P[','],
      DEF: () => {
        const d = this.SUBRULE(this.declarator);
        this.ACTION(() => {
          if (!d.nameTok) errorAt(this.peek(), 'expected identifier in parameter declaration');
          out!.push({ name: d.nameTok.image, ty: d.derive(spec.ty), tok: d.nameTok });
        });
      },
    });
    this.CONSUME(P[';']);
  });

  private checkComplete(dn: DeclaredName, d: Declarator): void {
    const o = dn.obj;
    if (o?.ty === tyAutoType) errorAt(d.nameTok!, `'__auto_type' requires an initialized data declaration`);
    if (!o || !dn.isLocalAuto) return;
    const t = o.ty;
    if ((t.kind === 'struct' || t.kind === 'union') && !t.isComplete) {
      errorAt(d.nameTok!, `storage size of '${d.nameTok!.image}' isn't known`);
    }
    if (t.kind === 'array' && t.arrayLen < 0 && !t.isVla) errorAt(d.nameTok!, `array size missing in '${d.nameTok!.image}'`);
  }

  functionBody = this.RULE('functionBody', (fn?: Obj, nameTok?: IToken): void => {
    this.ACTION(() => beginFunction(this, fn!, nameTok!));
    const body = this.SUBRULE(this.compoundStmt);
    this.ACTION(() => endFunction(this, fn!, body));
  });

  externalDeclaration = this.RULE('externalDeclaration', (): void => {
    this.OR({
      IGNORE_AMBIGUITIES: true,
      DEF: [
        { ALT: () => this.CONSUME(P[';']) },
        { ALT: () => this.SUBRULE(this.asmStmt) },
        { ALT: () => this.SUBRULE(this.declaration) },
      ],
    });
  });

  translationUnit = this.RULE('translationUnit', (): void => {
    this.MANY(() => this.SUBRULE(this.externalDeclaration));
  });

  buildCompoundLiteral(ty: Type, init: InitSyntax, tok: IToken): Node {
    return compoundLiteral(this, ty, init, tok, this.kernel);
  }

  constructor(validateGrammar = false) {
    super(validateGrammar);
    this.performSelfAnalysis();
  }
}
