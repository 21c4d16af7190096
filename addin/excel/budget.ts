// The size of one Office.js request. Excel on the web refuses a request over 5 MB on the wire:
// strings travel as UTF-8 JSON (a Chinese character is 3 bytes, not 1), and pictures as base64.
// The writer asks for room before queuing a write; when the request would pass the budget it
// is sent first. A picture goes alone: at most one image per request.

/** Bytes a string takes as UTF-8 (what JSON.stringify(x) sends), without building the bytes. */
export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4; // a surrogate pair: one 4-byte character
      i++;
    } else n += 3;
  }
  return n;
}

/** Bytes of a value as JSON in the request. */
export const jsonBytes = (value: unknown): number => utf8Length(JSON.stringify(value) ?? "null");

// What office.js's serializer sends for one operation besides its values (measured with
// Excel on the web's office.js, test/addin/wire.system.test.ts): a range and one property set
// about 440 B; a named style (font, fill, alignment, six borders) about 4 KB; the page setup
// about 2 KB. Counted generously: every queued operation takes room in the budget.
export const OP_BYTES = 640;
export const STYLE_BYTES = 5_000;
export const PAGE_BYTES = 3_000;

/** Bytes a request may carry: well under Excel on the web's 5 MB, leaving room for the envelope. */
export const MAX_REQUEST_BYTES = 4_000_000;

export class RequestBudget {
  bytes = 0;
  images = 0;

  constructor(
    private readonly context: Excel.RequestContext,
    readonly limit = MAX_REQUEST_BYTES,
  ) {
    // Calculation waits for our writes; suspension lasts until the next sync only, so it is
    // renewed after each one (see sync()).
    context.application.suspendApiCalculationUntilNextSync();
  }

  /** Sends what is queued; calculation stays suspended for the writes that follow. */
  async sync(): Promise<void> {
    await this.context.sync();
    this.bytes = 0;
    this.images = 0;
    this.context.application.suspendApiCalculationUntilNextSync();
  }

  /** Makes room for `bytes` more: sends the queued request first when it would pass the budget. */
  async room(bytes: number): Promise<void> {
    if (this.bytes > 0 && this.bytes + bytes > this.limit) await this.sync();
    this.bytes += bytes;
  }

  /** Makes room for a picture: it goes in a request with no other picture. */
  async image(base64: string): Promise<void> {
    if (this.images > 0) await this.sync();
    await this.room(base64.length);
    this.images++;
  }
}
