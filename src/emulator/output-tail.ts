/** Default number of characters kept: enough for a Python traceback, small enough for a message. */
const DEFAULT_MAX_CHARS = 4_000;

/** The last characters of a process's output stream, kept for error messages. */
export class OutputTail {
  private buffer = "";

  constructor(private readonly maxChars = DEFAULT_MAX_CHARS) {}

  append(chunk: Buffer | string): void {
    this.buffer += chunk.toString();
    if (this.buffer.length > this.maxChars) this.buffer = this.buffer.slice(-this.maxChars);
  }

  text(): string {
    return this.buffer.length === 0 ? "(no output)" : this.buffer;
  }
}
