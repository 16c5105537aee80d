import { deflateSync, strToU8 } from 'fflate';

/**
 * Test-only builders of hostile zip files, byte by byte: what a zip bomb does that an honest
 * zip writer (fflate's zipSync in docx-fixtures.ts) never would. Formats: PKWARE APPNOTE 4.3.7
 * (local header), 4.3.12 (central directory header), 4.3.16 (end of central directory);
 * deflate: RFC 1951.
 */

export interface LocalPart {
  name: string;
  /** The stored bytes: already deflated when method is 8. */
  data: Uint8Array;
  method?: 0 | 8;
  /** The uncompressed size the headers state; the real one by default for stored data. */
  declaredSize?: number;
}

export interface CentralEntry {
  /** Which local part this directory entry points at. */
  local: number;
  /** The directory's name for it; the local part's by default. */
  name?: string;
}

/** A zip whose central directory may name and point as it likes. */
export function rawZip(locals: readonly LocalPart[], central: readonly CentralEntry[] = locals.map((_, local) => ({ local }))): Uint8Array {
  const chunks: Uint8Array[] = [];
  const offsets: number[] = [];
  let at = 0;
  const push = (bytes: Uint8Array) => {
    chunks.push(bytes);
    at += bytes.length;
  };
  for (const part of locals) {
    offsets.push(at);
    const name = strToU8(part.name);
    const header = new DataView(new ArrayBuffer(30));
    header.setUint32(0, 0x04034b50, true);
    header.setUint16(4, 20, true);
    header.setUint16(8, part.method ?? 8, true);
    header.setUint32(18, part.data.length, true);
    header.setUint32(22, declared(part), true);
    header.setUint16(26, name.length, true);
    push(new Uint8Array(header.buffer));
    push(name);
    push(part.data);
  }
  const directoryStart = at;
  for (const entry of central) {
    const part = locals[entry.local]!;
    const name = strToU8(entry.name ?? part.name);
    const header = new DataView(new ArrayBuffer(46));
    header.setUint32(0, 0x02014b50, true);
    header.setUint16(4, 20, true);
    header.setUint16(6, 20, true);
    header.setUint16(10, part.method ?? 8, true);
    header.setUint32(20, part.data.length, true);
    header.setUint32(24, declared(part), true);
    header.setUint16(28, name.length, true);
    header.setUint32(42, offsets[entry.local]!, true);
    push(new Uint8Array(header.buffer));
    push(name);
  }
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, central.length, true);
  end.setUint16(10, central.length, true);
  end.setUint32(12, at - directoryStart, true);
  end.setUint32(16, directoryStart, true);
  push(new Uint8Array(end.buffer));

  const zip = new Uint8Array(at);
  let offset = 0;
  for (const chunk of chunks) {
    zip.set(chunk, offset);
    offset += chunk.length;
  }
  return zip;
}

function declared(part: LocalPart): number {
  return part.declaredSize ?? ((part.method ?? 8) === 0 ? part.data.length : 0);
}

/** A deflated part of a real .docx. */
export function deflatedPart(name: string, text: string): LocalPart {
  const data = strToU8(text);
  return { name, data: deflateSync(data), declaredSize: data.length };
}

export const CONTENT_TYPES_XML = '<?xml version="1.0"?><Types/>';
export const DOCUMENT_XML = '<w:document><w:body><w:p><w:r><w:t>Key challenges.</w:t></w:r></w:p></w:body></w:document>';

/**
 * A deflate stream of `1 + 258 × (1 + 8 × blocks)` zero bytes, written directly (never inflated
 * here): one fixed-Huffman block with a literal 0, then copies of 258 bytes at distance 1, each
 * 13 bits (length code 285: 8 bits 11000101; distance code 0: 5 bits 00000). After the literal
 * and one copy the stream is at a byte boundary, and 8 copies are 104 bits, 13 whole bytes: the
 * body is one 13-byte pattern repeated. About 6.8 MB of it inflates to 1 GiB.
 */
export function zeroBomb(blocks: number): Uint8Array {
  const bits: number[] = [];
  const put = (value: number, count: number) => {
    for (let i = 0; i < count; i++) bits.push((value >> i) & 1);
  };
  // Huffman codes are packed most significant bit first (RFC 1951, 3.1.1).
  const code = (value: number, count: number) => {
    for (let i = count - 1; i >= 0; i--) bits.push((value >> i) & 1);
  };
  const copy = () => {
    code(0b11000101, 8);
    code(0, 5);
  };
  put(1, 1); // BFINAL
  put(1, 2); // BTYPE 01: fixed Huffman codes
  code(0b00110000, 8); // literal 0
  copy();
  for (let i = 0; i < 8; i++) copy();
  code(0, 7); // end of block (256)
  while (bits.length % 8) bits.push(0);
  const bytes = Uint8Array.from({ length: bits.length / 8 }, (_, i) => bits.slice(i * 8, i * 8 + 8).reduce((byte, bit, j) => byte | (bit << j), 0));
  const head = bytes.subarray(0, 3);
  const pattern = bytes.subarray(3, 16);
  const tail = bytes.subarray(16);
  const out = new Uint8Array(3 + 13 * blocks + tail.length);
  out.set(head, 0);
  for (let i = 0; i < blocks; i++) out.set(pattern, 3 + 13 * i);
  out.set(tail, 3 + 13 * blocks);
  return out;
}

/** Blocks of zeroBomb that inflate to at least `bytes`. */
export function bombBlocksFor(bytes: number): number {
  return Math.ceil(bytes / (258 * 8));
}
