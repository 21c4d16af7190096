// The package codec in a browser: the platform's DeflateRaw/InflateRaw streams, JS CRC-32.
import { crc32, type Codec } from "../../ooxml/zip.ts";

async function pump(readable: ReadableStream<Uint8Array>, onData: (piece: Uint8Array) => void): Promise<void> {
  const reader = readable.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    try {
      onData(value);
    } catch (e) {
      // A consumer that refuses a piece (a size limit) stops the stream there.
      await reader.cancel();
      throw e;
    }
  }
}

export const browserCodec: Codec = {
  inflate: async (data) =>
    new Uint8Array(
      await new Response(new Blob([data as BlobPart]).stream().pipeThrough(new DecompressionStream("deflate-raw"))).arrayBuffer(),
    ),
  inflateStream: (data, onData) => pump(new Blob([data as BlobPart]).stream().pipeThrough(new DecompressionStream("deflate-raw")), onData),
  deflater: (onData) => {
    const stream = new CompressionStream("deflate-raw");
    const writer = stream.writable.getWriter();
    const reading = pump(stream.readable, onData);
    return {
      write: (piece) => writer.write(piece as BufferSource),
      end: async () => {
        await writer.close();
        await reading;
      },
    };
  },
  crc32,
};
