/**
 * Statement rules, declarations as block items and at file scope, function definitions,
 * inline assembly, and the translation-unit rule. The final parser class is built once
 * at module load (chevrotain's self-analysis is expensive) and reset per compilation.
 */
import { tokenMatcher, type IOrAlt, type IToken, type TokenType } from './chevrotain.js';
import { blockEarlyCode, type AsmOperand, type Node, type Obj } from './ast.js';
import { beginFunction, compoundLiteral, endFunction, type DeclaredName } from './declare.js';
import type { InitSyntax } from './initializer.js';
import { Identifier, Kw, P, Tok } from './lexer.js';
import { decodeEscapes, literalPrefix } from './literals.js';
import { gccTokenPhrase, justAfter, type Attributes, type DeclSpec, type Declarator } from './parser-base.js';
import { Mention, mentionLabel } from './labels.js';
import { DeclParser } from './parser-decl.js';
import { exprStmtOf } from './cleanup.js';
import { warnMisleadingIndentation } from './misleading-indentation.js';
import { errorAt, pedwarnAt } from './report.js';
import { addrNode, assignNode, derefNode, isLvalue, varNode } from './typecheck.js';
import { identifierListDefinition, krDefinitionType } from './kr.js';
import type { Param, Type } from './types.js';
import {
  attributeStatement, beginBlock, beginSwitch, breakStmt, caseLabel, checkComplete, checkCondition, checkEmptyBody, checkForIncrement, continueStmt, declareDeclarator, defaultLabel,
  endBlock, enterLoopBody, sourceExprStmt, finishFor, finishIf, finishLabel, finishLoop, finishReturn, finishSwitch, pedwarnLabelTarget,
  gotoStmt, initializeDeclared, itemsBlock, leaveLoopBody, nullStmt, stmt, takePendingSetup,
} from './parser-stmt-actions.js';
import { fastBlockItems, fastDeclaration, type FastStmtParser } from './parser-fast-stmt.js';
import { buildTypeName, scanTypeName } from './parser-fast-decl.js';

/** The constants and literals, which no statement has right after a leading name. */
const LITERALS: readonly TokenType[] = [Tok.IntConst, Tok.FloatConst, Tok.CharConst, Tok.StringLit];

export class CParser extends DeclParser implements FastStmtParser {
  /** Off: statements and declarations are parsed by the chevrotain rules alone (test/cc/fast-stmt.test.ts compares). */
  fastStatements = true;

  cleanupCall(fnName: string, obj: Obj, tok: IToken): Node {
    const fn = this.scopes.lookup(fnName)?.obj;
    if (!fn || fn.ty.kind !== 'func') return errorAt(tok, "cleanup argument not a function");
    this.fn?.refs.push(fn);
    fn.uses++;
    return exprStmtOf(this.buildCall(varNode(fn, tok), [addrNode(varNode(obj, tok), tok)], tok));
  }

  compoundStmt = this.RULE('compoundStmt', (): Node => {
    const tok = this.CONSUME(P['{']);
    const body: Node[] = [];
    const cleanupMark = this.ACTION(() => beginBlock(this));
    this.fastBlockItems(body);
    this.MANY(() => {
      const items = this.SUBRULE(this.blockItem);
      this.ACTION(() => {
        for (const n of items) body.push(n);
      });
      // After an item the rules had to parse, the fast path takes over again.
      this.fastBlockItems(body);
    });
    this.ACTION(() => {
      // A block item cannot start with `else`: an `if` before it ended (`if (x) { ... };`).
      if (tokenMatcher(this.LA(1), Kw.else)) errorAt(this.LA(1), "'else' without a previous 'if'");
      this.pragmas?.reach(this.LA(1).startOffset);
    });
    const end = this.CONSUME(P['}']);
    return this.ACTION(() => endBlock(this, tok, body, end, cleanupMark));
  });

  /** Block items the fast path (parser-fast-stmt.ts) knows, up to the first it does not. */
  private fastBlockItems(body: Node[]): void {
    if (!this.RECORDING_PHASE && this.fastStatements) fastBlockItems(this, body);
  }

  // What the fast paths (parser-fast-stmt.ts, parser-fast-decl.ts) call of chevrotain's
  // machinery: CONSUME, and the rules for the parts they leave to them.
  expectToken(type: TokenType): IToken {
    return this.CONSUME(type);
  }

  subStatement(): Node {
    return this.SUBRULE(this.statement);
  }

  subCompound(): Node {
    return this.SUBRULE(this.compoundStmt);
  }

  subExpr(): Node {
    return this.SUBRULE(this.expr);
  }

  subConditional(): Node {
    return this.SUBRULE(this.conditional);
  }

  subAssign(): Node {
    return this.SUBRULE(this.assign);
  }

  subDeclaration(): Node[] {
    return this.SUBRULE(this.declaration);
  }

  subLabelTarget(): Node {
    return this.SUBRULE(this.labelTarget);
  }

  subInitDeclarator(spec: DeclSpec, allowBody: boolean, out: Node[]): boolean {
    return this.SUBRULE(this.initDeclarator, { ARGS: [spec, allowBody, out] });
  }

  subInitializer(): InitSyntax {
    return this.SUBRULE(this.initializerSyntax);
  }

  subParamDecl(): Param {
    return this.SUBRULE(this.paramDecl);
  }

  subFunctionBody(fn: Obj, nameTok: IToken): void {
    this.SUBRULE(this.functionBody, { ARGS: [fn, nameTok] });
  }

  scanTypeName(k: number): number {
    return scanTypeName(this, k);
  }

  /**
   * `retrun 0;`, `x 0;`: no statement starts with a name and a constant. gcc reads the name
   * as an expression (an undeclared one is reported so) and wants a `;` right after it.
   */
  private checkNameBeforeConstant(): void {
    const name = this.LA(1);
    const next = this.LA(2);
    if (!tokenMatcher(name, Identifier) || !LITERALS.some((t) => tokenMatcher(next, t))) return;
    this.identifierExpr(name);
    errorAt(justAfter(name), `expected ';' before ${gccTokenPhrase(next)}`);
  }

  fastTypeName(): Type {
    return buildTypeName(this);
  }

  // Built once, like statementAlts below: every statement goes through this OR.
  private blockItemOr: { IGNORE_AMBIGUITIES: boolean; DEF: IOrAlt<Node[]>[] } | undefined;

  blockItem = this.RULE('blockItem', (): Node[] => {
    this.ACTION(() => {
      this.pragmas?.reach(this.LA(1).startOffset);
      this.checkUnknownTypeName();
      this.checkNameBeforeConstant();
    });
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
            return this.ACTION(() => nullStmt(tok));
          },
        },
        {
          ALT: () => {
            const e = this.SUBRULE(this.expr);
            this.CONSUME2(P[';']);
            return this.ACTION(() => sourceExprStmt(this, e));
          },
        },
      ]),
    });
  });

  ifStmt = this.RULE('ifStmt', (): Node => {
    const tok = this.CONSUME(Kw.if);
    const open = this.CONSUME(P['(']);
    this.enterStatementScope();
    const cond = this.SUBRULE(this.expr);
    this.CONSUME(P[')']);
    this.ACTION(() => checkCondition(cond, 'if'));
    this.enterStatementScope();
    const thenStart = this.LA(1);
    this.ACTION(() => checkEmptyBody('if', thenStart, this.LA(2)));
    const then = this.SUBRULE(this.statement);
    this.leaveStatementScope();
    const els = this.OPTION(() => {
      const elseTok = this.CONSUME(Kw.else);
      this.enterStatementScope();
      const elseStart = this.LA(1);
      this.ACTION(() => checkEmptyBody('else', elseStart, this.LA(2)));
      const e = this.SUBRULE2(this.statement);
      this.leaveStatementScope();
      this.ACTION(() => warnMisleadingIndentation(elseTok, elseStart, this.LA(1)));
      return e;
    });
    this.ACTION(() => els === undefined && warnMisleadingIndentation(tok, thenStart, this.LA(1)));
    return this.ACTION(() => finishIf(this, tok, open, cond, then, els));
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

  /** The body of a loop (`guard`: its for or while, whose indentation is checked; not a do's). */
  private loopBody(idx: number, guard?: IToken): Node {
    this.ACTION(() => enterLoopBody(this));
    this.enterStatementScope();
    const start = this.LA(1);
    const body = this.subrule(idx, this.statement);
    this.ACTION(() => guard && warnMisleadingIndentation(guard, start, this.LA(1)));
    this.leaveStatementScope();
    this.ACTION(() => leaveLoopBody(this));
    return body;
  }

  whileStmt = this.RULE('whileStmt', (): Node => {
    const tok = this.CONSUME(Kw.while);
    this.CONSUME(P['(']);
    this.enterStatementScope();
    const cond = this.SUBRULE(this.expr);
    this.CONSUME(P[')']);
    this.ACTION(() => checkCondition(cond, 'loop'));
    const body = this.loopBody(1, tok);
    return this.ACTION(() => finishLoop(this, 'for', tok, cond, body));
  });

  doStmt = this.RULE('doStmt', (): Node => {
    const tok = this.CONSUME(Kw.do);
    this.ACTION(() => checkEmptyBody('do', this.LA(1), this.LA(2)));
    this.enterStatementScope();
    const body = this.loopBody(1);
    this.CONSUME(Kw.while);
    this.CONSUME(P['(']);
    const cond = this.SUBRULE(this.expr);
    this.CONSUME(P[')']);
    this.ACTION(() => checkCondition(cond, 'loop'));
    this.CONSUME(P[';']);
    return this.ACTION(() => finishLoop(this, 'do', tok, cond, body));
  });

  forStmt = this.RULE('forStmt', (): Node => {
    const tok = this.CONSUME(Kw.for);
    this.CONSUME(P['(']);
    const cleanupMark = this.ACTION(() => {
      this.checkUnknownTypeName();
      return beginBlock(this);
    });
    const init = this.OR({
      IGNORE_AMBIGUITIES: true,
      DEF: [
        {
          GATE: () => this.isDeclarationAt(1),
          ALT: () => {
            const items = this.SUBRULE(this.declaration);
            return this.ACTION(() => itemsBlock(tok, items));
          },
        },
        {
          ALT: () => {
            const e = this.OPTION(() => this.SUBRULE(this.expr));
            this.CONSUME(P[';']);
            return this.ACTION(() => (e ? sourceExprStmt(this, e, tok) : undefined));
          },
        },
      ],
    });
    const cond = this.OPTION2(() => this.SUBRULE2(this.expr));
    this.CONSUME2(P[';']);
    this.ACTION(() => cond && checkCondition(cond, 'loop'));
    const inc = this.OPTION3(() => this.SUBRULE3(this.expr));
    this.CONSUME(P[')']);
    this.ACTION(() => inc && checkForIncrement(this, inc));
    const body = this.loopBody(4, tok);
    return this.ACTION(() => finishFor(this, tok, cleanupMark, init, cond, inc, body));
  });

  switchStmt = this.RULE('switchStmt', (): Node => {
    const tok = this.CONSUME(Kw.switch);
    this.CONSUME(P['(']);
    this.enterStatementScope();
    const cond = this.SUBRULE(this.expr);
    this.CONSUME(P[')']);
    const n = this.ACTION(() => beginSwitch(this, tok, cond));
    this.enterStatementScope();
    const body = this.SUBRULE(this.statement);
    this.leaveStatementScope();
    return this.ACTION(() => finishSwitch(this, n, body));
  });

  caseStmt = this.RULE('caseStmt', (): Node => {
    const tok = this.CONSUME(Kw.case);
    const lo = this.SUBRULE(this.conditional);
    const hi = this.OPTION(() => {
      this.CONSUME(P['...']);
      return this.SUBRULE2(this.conditional);
    });
    if (!this.RECORDING_PHASE) this.expectCaseColon(hi !== undefined);
    this.CONSUME(P[':']);
    const n = this.ACTION(() => caseLabel(this, tok, lo, hi));
    const body = this.SUBRULE(this.labelTarget);
    return this.ACTION(() => {
      n.lhs = body;
      return n;
    });
  });

  defaultStmt = this.RULE('defaultStmt', (): Node => {
    const tok = this.CONSUME(Kw.default);
    this.CONSUME(P[':']);
    const n = this.ACTION(() => defaultLabel(this, tok));
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
            const first = this.LA(1);
            const items = this.SUBRULE(this.declaration);
            return this.ACTION(() => {
              pedwarnLabelTarget(first, true);
              return itemsBlock(this.LA(0), items);
            });
          },
        },
        { GATE: () => !tokenMatcher(this.LA(1), P['}']), ALT: () => this.SUBRULE(this.statement) },
        {
          GATE: () => tokenMatcher(this.LA(1), P['}']),
          ALT: () => this.ACTION(() => {
            pedwarnLabelTarget(this.LA(1), false);
            return nullStmt(this.LA(1));
          }),
        },
      ],
    }));
  });

  labeledStmt = this.RULE('labeledStmt', (): Node => {
    const name = this.CONSUME(Identifier);
    this.CONSUME(P[':']);
    const attrs: Attributes = {};
    this.MANY(() => this.SUBRULE(this.attributeList, { ARGS: [attrs] }));
    const body = this.SUBRULE(this.labelTarget);
    return this.ACTION(() => finishLabel(this, name, body, attrs.unused === true));
  });

  jumpStmt = this.RULE('jumpStmt', (): Node => {
    const n = this.OR([
      {
        ALT: () => {
          const tok = this.CONSUME(Kw.break);
          return this.ACTION(() => breakStmt(this, tok));
        },
      },
      {
        ALT: () => {
          const tok = this.CONSUME(Kw.continue);
          return this.ACTION(() => continueStmt(this, tok));
        },
      },
      {
        ALT: () => {
          const tok = this.CONSUME(Kw.goto);
          if (!this.RECORDING_PHASE && !tokenMatcher(this.LA(1), Identifier) && !tokenMatcher(this.LA(1), P['*'])) this.expected("identifier or '*'");
          return this.OR2([
            {
              ALT: () => {
                const label = this.CONSUME(Identifier);
                return this.ACTION(() => gotoStmt(this, tok, label));
              },
            },
            {
              ALT: () => {
                this.CONSUME(P['*']);
                const target = this.SUBRULE(this.expr);
                return this.ACTION(() => {
                  pedwarnAt(tok, "ISO C forbids 'goto *expr;'", '-Wpedantic');
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
    return this.ACTION(() => finishReturn(this, tok, e));
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
      blockEarlyCode();
      n.asm = { template, outputs, inputs, clobbers, labels, basic };
      n.isVolatileAsm = isVolatile || outputs.length === 0;
      if (isGoto) for (const l of labels) {
        const g = stmt('goto', tok);
        g.label = l;
        this.fnGotos.push(g);
        if (this.fn) mentionLabel(this.labelMentions, this.fn, l, tok, Mention.Used);
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
        const d = decodeEscapes(literalPrefix(t.image).body, 8, (message) => pedwarnAt(t, message));
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
    if (!this.RECORDING_PHASE) {
      this.startDeclaration();
      const fast = this.fastStatements ? fastDeclaration(this) : undefined;
      if (fast !== undefined) return fast;
    }
    const out: Node[] = [];
    const first = this.LA(1);
    this.MANY(() => this.CONSUME(Kw.__extension__));
    this.OR({
      IGNORE_AMBIGUITIES: true,
      DEF: [
        { GATE: () => tokenMatcher(this.LA(1), Kw._Static_assert), ALT: () => this.SUBRULE(this.staticAssert) },
        {
          ALT: () => {
            const spec = this.SUBRULE(this.declspec);
            this.ACTION(() => takePendingSetup(this, out));
            this.OR2({ IGNORE_AMBIGUITIES: true, DEF: [
              {
                ALT: () => {
                  this.CONSUME(P[';']);
                  this.ACTION(() => attributeStatement(this, spec, first, out));
                },
              },
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
                  this.declarationEnd(isDef);
                },
              },
            ]});
          },
        },
      ],
    });
    return out;
  });

  /**
   * A function definition ends with its body; anything else with ';'. Only valid inside
   * the `declaration` rule (its OR3), where the fast path calls it too.
   */
  declarationEnd(isDef: boolean): void {
    if (!isDef && !this.RECORDING_PHASE && !tokenMatcher(this.LA(1), P[';'])) this.missingDeclarationSemicolon();
    this.OR3([
      { GATE: () => !isDef, ALT: () => this.CONSUME2(P[';']) },
      { GATE: () => isDef, ALT: () => undefined },
    ]);
  }

  /** One declarator with its attributes, asm label and initializer, or a function definition. */
  initDeclarator = this.RULE('initDeclarator', (spec?: DeclSpec, allowBody?: boolean, out?: Node[]): boolean => {
    const attrs: Attributes = {};
    // `void a(void), __attribute__((noreturn)) b(void);`: attributes before a later
    // declarator apply to it alone (the first one's were taken with the specifiers).
    this.MANY2(() => this.SUBRULE2(this.attributeList, { ARGS: [attrs] }));
    const start = this.ACTION(() => this.currIdx + 1);
    const d: Declarator = this.SUBRULE(this.declarator);
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
      this.checkDeclarator(d, start);
      declared = declareDeclarator(this, spec!, d, attrs, asmName, out!);
    });
    return this.OR2({
      IGNORE_AMBIGUITIES: true,
      DEF: [
        {
          GATE: () => allowBody === true && declared!.obj?.isFunction === true && tokenMatcher(this.LA(1), P['{']),
          ALT: () => {
            this.ACTION(() => identifierListDefinition(declared!.obj!, declared!.ty, d!.nameTok!));
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
            this.ACTION(() => krDefinitionType(declared!.obj!, declared!.ty, decls, d!.nameTok!));
            this.SUBRULE2(this.functionBody, { ARGS: [declared?.obj, d?.nameTok] });
            return true;
          },
        },
        {
          ALT: () => {
            const initialized = this.OPTION(() => {
              const tok = this.CONSUME(P['=']);
              const init = this.SUBRULE(this.initializerSyntax);
              this.ACTION(() => initializeDeclared(this, declared!, init, tok, out!));
              return true;
            });
            this.ACTION(() => {
              checkComplete(declared!, d);
              this.noteDeclarator(initialized === true, declared!.ty);
            });
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

  functionBody = this.RULE('functionBody', (fn?: Obj, nameTok?: IToken): void => {
    this.ACTION(() => {
      if (this.fn === undefined) this.bodyStart = this.currIdx + 1;
      beginFunction(this, fn!, nameTok!);
    });
    const body = this.SUBRULE(this.compoundStmt);
    this.ACTION(() => endFunction(this, fn!, body));
  });

  externalDeclaration = this.RULE('externalDeclaration', (): void => {
    this.ACTION(() => {
      this.pragmas?.reach(this.LA(1).startOffset);
      this.checkUnknownTypeName();
    });
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
    return compoundLiteral(this, ty, init, tok, this.noFloat);
  }

  constructor(validateGrammar = false) {
    super(validateGrammar);
    this.performSelfAnalysis();
  }
}
