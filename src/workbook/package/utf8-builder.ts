const encoder = new TextEncoder();

/** Text gathered before it is encoded: long enough that encoding is one native call per chunk. */
const CHUNK = 16 * 1024;

/**
 * Text written as UTF-8 bytes piece by piece, into one growing buffer: a sheet of thousands
 * of rows is megabytes of XML, which as one string would be joined from a rope of tiny
 * pieces and then encoded whole. Here pieces gather into a chunk of some 16,000 characters,
 * which is encoded into the buffer; measured on the 3,000-student charge sheet, a third less
 * time than joining and encoding. The bytes are `TextEncoder`'s for the pieces joined, as
 * long as no piece ends in the middle of a surrogate pair.
 */
export class Utf8Builder {
  private buf: Uint8Array;
  private at = 0;
  private pending = "";

  constructor(capacity = 64 * 1024) {
    this.buf = new Uint8Array(capacity);
  }

  /** Appends text. */
  add(text: string): this {
    this.pending += text;
    if (this.pending.length > CHUNK) this.flush();
    return this;
  }

  /** Encodes the gathered text into the buffer (each UTF-16 unit is at most 3 bytes). */
  private flush(): void {
    const text = this.pending;
    this.pending = "";
    const need = this.at + text.length * 3;
    if (need > this.buf.length) {
      let size = this.buf.length * 2;
      while (size < need) size *= 2;
      const next = new Uint8Array(size);
      next.set(this.buf.subarray(0, this.at));
      this.buf = next;
    }
    this.at += encoder.encodeInto(text, this.buf.subarray(this.at)).written;
  }

  /** The bytes written so far. */
  bytes(): Uint8Array {
    this.flush();
    return this.buf.subarray(0, this.at);
  }
}
