/**
 * The tokens of a file, kept compact — a type, an offset and an image per token — and made
 * into chevrotain's token objects only as the parser reaches them (parser-base.ts LA).
 *
 * Why: a 50,000-line file has 600,000 tokens. Made all at once, as objects, they are alive
 * together while the scanner runs, so every scavenge copies them (twice, until they are
 * promoted), and they live on to the end of the file. Made as the parser needs them, most
 * die with their function's AST (functions are generated as soon as they are parsed,
 * early-code.ts): only those the program's objects and types keep survive.
 */
import type { IToken, TokenType } from './chevrotain.js';

export class TokenList {
  length = 0;
  private types: TokenType[];
  private starts: Int32Array;
  private images: string[];
  // Tokens with fields of their own (an IntegerRun's constants, data-run.ts), by index.
  private readonly whole = new Map<number, IToken>();

  constructor(capacity: number) {
    this.types = new Array<TokenType>(capacity);
    this.starts = new Int32Array(capacity);
    this.images = new Array<string>(capacity);
  }

  get capacity(): number {
    return this.starts.length;
  }

  add(type: TokenType, image: string, start: number): void {
    const i = this.length++;
    this.types[i] = type;
    this.starts[i] = start;
    this.images[i] = image;
  }

  /** A token that carries more than a type, an offset and an image. */
  addToken(token: IToken): void {
    this.whole.set(this.length, token);
    this.add(token.tokenType, token.image, token.startOffset);
  }

  /** Room for `capacity` tokens in all (never less than there are). */
  resize(capacity: number): void {
    const starts = new Int32Array(Math.max(capacity, this.length));
    starts.set(this.starts.subarray(0, this.length));
    this.starts = starts;
    const types = new Array<TokenType>(starts.length);
    const images = new Array<string>(starts.length);
    for (let i = 0; i < this.length; i++) {
      types[i] = this.types[i];
      images[i] = this.images[i];
    }
    this.types = types;
    this.images = images;
  }

  typeAt(i: number): TokenType {
    return this.types[i];
  }

  imageAt(i: number): string {
    return this.images[i];
  }

  /** Gives token i another type (lexer.ts: `_Atomic (` is a type specifier). */
  retype(i: number, type: TokenType): void {
    this.types[i] = type;
    const token = this.whole.get(i);
    if (token) {
      token.tokenType = type;
      token.tokenTypeIdx = type.tokenTypeIdx!;
    }
  }

  /** Token i as an object: a new one each call (the parser keeps the one it made). */
  at(i: number): IToken {
    if (this.whole.size > 0) {
      const token = this.whole.get(i);
      if (token) return token;
    }
    const type = this.types[i];
    // The shape chevrotain's Lexer gives tokens with positionTracking 'onlyOffset'.
    return { image: this.images[i], startOffset: this.starts[i], tokenTypeIdx: type.tokenTypeIdx!, tokenType: type } as IToken;
  }

  /** Every token as an object, in order. */
  toArray(): IToken[] {
    const tokens = new Array<IToken>(this.length);
    for (let i = 0; i < this.length; i++) tokens[i] = this.at(i);
    return tokens;
  }
}
