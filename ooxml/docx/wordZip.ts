// The Word files of one result as a single .zip (the offline page's download), written with the
// package layer's own zip writer.
import { ByteCollector } from "../bytes.ts";
import { ZipWriter, type Codec } from "../zip.ts";
import type { WordFile } from "./wordFiles.ts";

export async function wordZip(files: readonly WordFile[], codec: Codec): Promise<Uint8Array> {
  const collected = new ByteCollector();
  const zip = new ZipWriter(codec, (bytes) => collected.add(bytes, true));
  for (const f of files) await zip.add(f.name, { kind: "bytes", bytes: f.bytes });
  await zip.finish();
  return collected.bytes();
}
