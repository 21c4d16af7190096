// Gathering pieces of bytes (inflated parts, a written package) into one array.

/** Collects pieces as they come; `bytes()` joins them once, at the end. */
export class ByteCollector {
  private pieces: Uint8Array[] = [];
  private size = 0;

  /** Keeps a piece; `copy` when the producer reuses its buffer (a stream's chunk). */
  add(piece: Uint8Array, copy = false): void {
    this.pieces.push(copy ? piece.slice() : piece);
    this.size += piece.length;
  }

  bytes(): Uint8Array {
    if (this.pieces.length === 1) return this.pieces[0];
    const out = new Uint8Array(this.size);
    let at = 0;
    for (const piece of this.pieces) {
      out.set(piece, at);
      at += piece.length;
    }
    return out;
  }
}
