/**
 * Compiling with the parser's fast paths switched on or off, for the tests that prove
 * them invisible (fast-expr.test.ts, fast-stmt.test.ts).
 */
import { generateProgram } from '../../compiler/cc/codegen.js';
import { asmText } from '../../compiler/cc/codegen-state.js';
import { tokenize } from '../../compiler/cc/lexer.js';
import { CParser } from '../../compiler/cc/parser-stmt.js';
import { packTable } from '../../compiler/cc/pragma.js';
import { beginReport, endReport } from '../../compiler/cc/report.js';

export const parser = new CParser();

export interface Switches {
  statements: boolean;
  expressions: boolean;
}
export const ALL_ON: Switches = { statements: true, expressions: true };
export const ALL_OFF: Switches = { statements: false, expressions: false };

/** What compiling `text` gives: the assembly and warnings, or the first error. */
export function outcome(text: string, fast: Switches): string {
  let lexed: ReturnType<typeof tokenize>;
  try {
    lexed = tokenize(text, 'test.c');
  } catch (e) {
    return `lexer error: ${String(e)}`;
  }
  const { tokens, mapper, directives } = lexed;
  beginReport(mapper, true);
  try {
    parser.resetState();
    parser.fastStatements = fast.statements;
    parser.fastExpressions = fast.expressions;
    parser.packAt = packTable(directives);
    parser.input = tokens;
    parser.translationUnit();
    const syntax = parser.errors[0];
    if (syntax) return `syntax error at ${syntax.token.startOffset}: ${syntax.message}`;
    const asm = asmText(generateProgram({ globals: parser.globals, topAsm: parser.topAsm }, { kernel: false, debug: false, mapper, fileName: 'test.c' }));
    return asm + JSON.stringify(endReport());
  } catch (e) {
    endReport();
    if (e instanceof RangeError) return 'nested too deeply';
    return `error: ${e instanceof Error ? e.message : String(e)}`;
  } finally {
    parser.fastStatements = true;
    parser.fastExpressions = true;
    parser.input = [];
  }
}
