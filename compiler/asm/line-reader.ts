/**
 * The assembler's main input, read one line at a time.
 *
 * Input comes as chunks: a string is lines joined by '\n' (a source file, `-S` text), an
 * array holds one line per element (the C compiler's output as it generated it). The
 * whole input means the chunks' lines joined by '\n', so both forms give the same object.
 * An array of one element is read as that element's text: the compiler joins each part of
 * a function into one string, so that its many line strings die young (measured: keeping
 * every line string of a 50,000-line file alive until it is assembled cost more in
 * scavenges than slicing the text again saves).
 *
 * An array's elements are read as they are: a string V8 has hashed already (a literal)
 * is looked up in the encoding cache without hashing it again. An element holding '\n'
 * is several lines; the assembler splits it (Assembler.firstOfSeveral, then unread()).
 */

/** Lines already joined by '\n', or one line per element. */
export type AssemblyChunk = string | readonly string[];

const NO_LINES: readonly string[] = [];

export class LineReader {
  private chunk = 0;
  /** The text chunk being sliced ('' when the current chunk is an array). */
  private text = '';
  /** Where the text's next line starts (past its end: the text is finished). */
  private textPos = 1;
  private lines: readonly string[] = NO_LINES;
  private lineIndex = 0;
  /** Lines put back to be read first (the rest of an element that held several lines). */
  private readonly pending: string[] = [];

  constructor(private readonly chunks: readonly AssemblyChunk[]) {}

  /** The next line, undefined at the end of the input. */
  next(): string | undefined {
    if (this.pending.length > 0) return this.pending.pop();
    if (this.lineIndex < this.lines.length) return this.lines[this.lineIndex++];
    if (this.textPos <= this.text.length) return this.nextTextLine();
    return this.nextChunk() ? this.next() : undefined;
  }

  /**
   * Puts lines back to be read next, in their order: an array element with '\n' in it is
   * several lines, as it would be in the joined text.
   */
  unread(lines: readonly string[]): void {
    for (let i = lines.length - 1; i >= 0; i--) this.pending.push(lines[i]);
  }

  /** Skips everything left (`.end`). */
  end(): void {
    this.pending.length = 0;
    this.chunk = this.chunks.length;
    this.lines = NO_LINES;
    this.text = '';
    this.textPos = 1;
  }

  private nextTextLine(): string {
    const text = this.text;
    const start = this.textPos;
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    this.textPos = end + 1;
    return text.slice(start, end);
  }

  /** Moves to the next chunk; false when there is none. */
  private nextChunk(): boolean {
    if (this.chunk >= this.chunks.length) return false;
    const c = this.chunks[this.chunk++];
    // One element joined is that element: it may be a whole function's text, read as text.
    if (typeof c === 'string' || c.length === 1) {
      this.text = typeof c === 'string' ? c : c[0];
      this.textPos = 0;
      this.lines = NO_LINES;
    } else {
      this.lines = c;
      this.lineIndex = 0;
      this.text = '';
      this.textPos = 1;
      // An empty array is still one (empty) line of the joined text.
      if (c.length === 0) this.pending.push('');
    }
    return true;
  }
}
