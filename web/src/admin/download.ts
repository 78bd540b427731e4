/**
 * Hands a file to the browser as a download: a Blob behind an `<a download>` (no new tab, no
 * server round trip), the object URL released once the click has taken it.
 */
export function saveFile(filename: string, contentType: string, content: BlobPart) {
  const url = URL.createObjectURL(new Blob([content], { type: contentType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

/** A file the graph produced (ExportedFile): base64 for binary sheets, utf8 for text. */
export function saveExportedFile(file: { filename: string; contentType: string; encoding: string; content: string }) {
  const content = file.encoding === 'base64' ? Uint8Array.from(atob(file.content), (c) => c.charCodeAt(0)) : file.content;
  saveFile(file.filename, file.contentType, content);
}

/** A file the person picked, base64-encoded as the graph takes sheets. */
export async function readAsBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  // In slices: String.fromCharCode(...) of a whole sheet would overflow the call stack.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
