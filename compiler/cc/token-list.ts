/**
 * The tokens of a file, kept compact — a type index, an offset and a spelling number per
 * token, in typed arrays — and made into chevrotain's token objects only as the parser
 * reaches them (parser-base.ts LA).
 *
 * Why: a 50,000-line file has 600,000 tokens. Made all at once, as objects, they are alive
 * together while the scanner runs, so every scavenge copies them (twice, until they are
 * promoted), and they live on to the end of the file. Made as the parser needs them, most
 * die with their function's AST (functions are generated as soon as they are parsed,
 * early-code.ts): only those the program's objects and types keep survive.
 *
 * Typed arrays rather than arrays of types and images: 10 bytes a token instead of 20,
 * fresh memory the system must map on every compile, and nothing in them for the garbage
 * collector to trace. Images are numbered spellings: a name or a constant is spelled
 * once however often it recurs (the scanner hands in the number it got for it).
 */
import type { IToken, TokenType } from './chevrotain.js';

export class TokenList {
  length = 0;
  private typeIndexes: Uint16Array;
  private starts: Int32Array;
  private spellingOf: Int32Array;
  private readonly spellings: string[] = [];
  /** Token types by tokenTypeIdx: the ones this list holds. */
  private readonly typeByIndex: TokenType[] = [];
  // Tokens with fields of their own (an IntegerRun's constants, data-run.ts), by index.
  private readonly whole = new Map<number, IToken>();

  constructor(capacity: number) {
    this.typeIndexes = new Uint16Array(capacity);
    this.starts = new Int32Array(capacity);
    this.spellingOf = new Int32Array(capacity);
  }

  get capacity(): number {
    return this.starts.length;
  }

  /** Numbers a spelling: tokens that share it pass the number to `add`. */
  spell(image: string): number {
    return this.spellings.push(image) - 1;
  }

  /** A token whose image is the spelling numbered `spelling`. */
  add(type: TokenType, spelling: number, start: number): void {
    const i = this.length++;
    this.typeIndexes[i] = this.indexOf(type);
    this.starts[i] = start;
    this.spellingOf[i] = spelling;
  }

  /** A token with an image of its own (a literal, say). */
  addSpelled(type: TokenType, image: string, start: number): void {
    this.add(type, this.spell(image), start);
  }

  /** A token that carries more than a type, an offset and an image. */
  addToken(token: IToken): void {
    this.whole.set(this.length, token);
    this.addSpelled(token.tokenType, token.image, token.startOffset);
  }

  /** Room for `capacity` tokens in all (never less than there are). */
  resize(capacity: number): void {
    const size = Math.max(capacity, this.length);
    this.typeIndexes = copied(this.typeIndexes, new Uint16Array(size), this.length);
    this.starts = copied(this.starts, new Int32Array(size), this.length);
    this.spellingOf = copied(this.spellingOf, new Int32Array(size), this.length);
  }

  /** The type's index, remembering the type it stands for. */
  private indexOf(type: TokenType): number {
    const index = type.tokenTypeIdx!;
    this.typeByIndex[index] ??= type;
    return index;
  }

  typeAt(i: number): TokenType {
    return this.typeByIndex[this.typeIndexes[i]];
  }

  imageAt(i: number): string {
    return this.spellings[this.spellingOf[i]];
  }

  /** Gives token i another type (lexer.ts: `_Atomic (` is a type specifier). */
  retype(i: number, type: TokenType): void {
    const index = this.indexOf(type);
    this.typeIndexes[i] = index;
    const token = this.whole.get(i);
    if (token) {
      token.tokenType = type;
      token.tokenTypeIdx = index;
    }
  }

  /** Token i as an object: a new one each call (the parser keeps the one it made). */
  at(i: number): IToken {
    if (this.whole.size > 0) {
      const token = this.whole.get(i);
      if (token) return token;
    }
    const index = this.typeIndexes[i];
    // The shape chevrotain's Lexer gives tokens with positionTracking 'onlyOffset'.
    return { image: this.spellings[this.spellingOf[i]], startOffset: this.starts[i], tokenTypeIdx: index, tokenType: this.typeByIndex[index] } as IToken;
  }

  /** Every token as an object, in order. */
  toArray(): IToken[] {
    const tokens = new Array<IToken>(this.length);
    for (let i = 0; i < this.length; i++) tokens[i] = this.at(i);
    return tokens;
  }
}

/** `to` holding the first `count` elements of `from`. */
function copied<T extends Uint16Array | Int32Array>(from: T, to: T, count: number): T {
  to.set(from.subarray(0, count));
  return to;
}
