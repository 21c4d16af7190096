// Hands bytes made in this browser to the user as a download: a blob: URL on a clicked link, so
// nothing leaves the machine. Shared by the offline page and the task pane.

/** Downloads `bytes` as `name`; the URL is let go once the browser has had time to save it. */
export function saveDownload(bytes: Uint8Array, name: string, type: string): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type }));
  Object.assign(document.createElement("a"), { href: url, download: name }).click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The 下载公文(Word) .zip's type. */
export const ZIP_TYPE = "application/zip";
