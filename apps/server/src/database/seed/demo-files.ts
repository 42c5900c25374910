/**
 * Tiny files whose bytes are what their format says, for the demo letters and upload tests:
 * file-type (which the server uses) recognises each from its content.
 */

/** A one-page PDF skeleton. */
export function pdfFile(text = 'Letter of interest'): Buffer {
  return Buffer.from(
    `%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n% ${text}\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n`,
  );
}

/** A Word (.docx) skeleton: a ZIP holding the content types and word/document.xml. */
export function docxFile(text = 'Letter of interest'): Buffer {
  return Buffer.concat([
    storedZipEntry(
      '[Content_Types].xml',
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    storedZipEntry('word/document.xml', `<w:document><w:t>${text}</w:t></w:document>`),
  ]);
}

/** A PNG signature: a file that is neither PDF nor Word. */
export function pngFile(): Buffer {
  return Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), Buffer.alloc(64)]);
}

/** A ZIP local file header and uncompressed data (no CRC: readers of the type do not check it). */
function storedZipEntry(name: string, data: string): Buffer {
  const nameBytes = Buffer.from(name);
  const dataBytes = Buffer.from(data);
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(20, 4);
  header.writeUInt32LE(dataBytes.length, 18);
  header.writeUInt32LE(dataBytes.length, 22);
  header.writeUInt16LE(nameBytes.length, 26);
  return Buffer.concat([header, nameBytes, dataBytes]);
}
