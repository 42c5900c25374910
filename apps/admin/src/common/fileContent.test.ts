import { describe, expect, it } from 'vitest';
import { fileToBase64, formatBytes } from './fileContent';

describe('a file read for upload', () => {
  it('is its exact bytes in base64', async () => {
    const bytes = new Uint8Array([
      0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a, 0xff, 0x00,
    ]);
    const file = new Blob([bytes], { type: 'application/pdf' });
    expect(await fileToBase64(file)).toBe(Buffer.from(bytes).toString('base64'));
  });

  it('reads a file larger than one slice without overflowing the stack', async () => {
    const bytes = new Uint8Array(300_000).map((_, index) => index % 251);
    const encoded = await fileToBase64(new Blob([bytes]));
    expect(Buffer.from(encoded, 'base64').equals(Buffer.from(bytes))).toBe(true);
  });

  it('reads an empty file as an empty string', async () => {
    expect(await fileToBase64(new Blob([]))).toBe('');
  });
});

describe('a byte count', () => {
  it.each([
    [512, '512 B'],
    [2048, '2 KB'],
    [4.25 * 1024 * 1024, '4.3 MB'],
  ])('%d bytes reads %s', (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text);
  });
});
