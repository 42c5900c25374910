/** The largest letter of interest the server accepts (the contract: 5 MB). */
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

/**
 * A file's bytes as base64, as the API takes uploads (`contentBase64`). Read in slices: spreading
 * a whole file into `String.fromCharCode` overflows the call stack for a few hundred kilobytes.
 */
export async function fileToBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const SLICE = 0x8000;
  let binary = '';
  for (let start = 0; start < bytes.length; start += SLICE) {
    binary += String.fromCharCode(...bytes.subarray(start, start + SLICE));
  }
  return btoa(binary);
}

/** A byte count as people read it: "812 KB", "4.2 MB". */
export function formatBytes(bytes: number, locale = 'en-US'): string {
  const format = (value: number, unit: string) =>
    `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value)} ${unit}`;
  if (bytes < 1024) return format(bytes, 'B');
  if (bytes < 1024 * 1024) return format(bytes / 1024, 'KB');
  return format(bytes / (1024 * 1024), 'MB');
}
