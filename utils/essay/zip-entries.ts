import { Inflate } from 'fflate';

/**
 * A zip reader that trusts nothing a file says about itself. The central directory is read
 * and checked before anything is inflated: each name once, each entry's bytes its own (entries
 * that overlap, such as many directory entries pointing at one compressed entry, are refused),
 * everything inside the file. Entries are then inflated as a stream against one budget for the
 * whole file, counting the bytes really produced, never the sizes the headers declare: a
 * 12 kB entry that inflates to a gigabyte stops at the budget.
 */

export interface ZipLimits {
  /** Bytes all inflated entries may produce together. */
  maxInflatedBytes: number;
  /** Entries the central directory may list: a .docx has a few dozen. */
  maxEntries: number;
}

export type ZipRefusal =
  /** The entries would inflate to more than the budget. */
  | { kind: 'expands'; limitBytes: number }
  | { kind: 'duplicate-name'; name: string }
  | { kind: 'overlapping-entries' }
  | { kind: 'too-many-entries'; count: number; limit: number }
  /** Not a readable zip: damaged, truncated, or a feature an essay never needs. */
  | { kind: 'corrupt'; reason: string };

interface Entry {
  name: string;
  method: number;
  compressedSize: number;
  /** Where the local header starts. */
  offset: number;
  /** Where the compressed data starts, after the local header. */
  dataStart: number;
}

export interface ZipDirectory {
  names: string[];
  /** Inflates the named entries (those present) against the file's one budget. */
  inflate(names: readonly string[]): Map<string, Uint8Array> | ZipRefusal;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const EOCD_SIZE = 22;
const CENTRAL_SIZE = 46;
const LOCAL_SIZE = 30;
const MAX_COMMENT = 0xffff;
/** Compressed bytes fed to the inflater at a time: deflate expands at most ~1032×, so one push
 * can overshoot the budget by about 4 MB at most before the count stops it. */
const PUSH_BYTES = 4096;

class Refused extends Error {
  constructor(readonly refusal: ZipRefusal) {
    super(refusal.kind);
  }
}

const corrupt = (reason: string) => new Refused({ kind: 'corrupt', reason });

export function readZipDirectory(bytes: Uint8Array, limits: ZipLimits): ZipDirectory | ZipRefusal {
  try {
    return directory(bytes, limits);
  } catch (error) {
    if (error instanceof Refused) return error.refusal;
    // A field pointing past the end of the file.
    if (error instanceof RangeError) return { kind: 'corrupt', reason: 'an offset points outside the file' };
    throw error;
  }
}

function directory(bytes: Uint8Array, limits: ZipLimits): ZipDirectory {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number) => view.getUint16(at, true);
  const u32 = (at: number) => view.getUint32(at, true);
  const end = findEndOfDirectory(bytes, view);
  const count = u16(end + 10);
  const size = u32(end + 12);
  const start = u32(end + 16);
  if (count === 0xffff || size === 0xffffffff || start === 0xffffffff) throw corrupt('zip64 archive');
  if (start + size > end) throw corrupt('central directory outside the file');
  // Each central entry takes at least 46 bytes: the count cannot claim more than fit.
  if (count > limits.maxEntries) throw new Refused({ kind: 'too-many-entries', count, limit: limits.maxEntries });

  const decoder = new TextDecoder('utf-8', { fatal: false });
  const entries: Entry[] = [];
  const seen = new Set<string>();
  let at = start;
  for (let i = 0; i < count; i++) {
    if (at + CENTRAL_SIZE > start + size || u32(at) !== CENTRAL) throw corrupt('bad central directory entry');
    const flags = u16(at + 8);
    const nameLength = u16(at + 28);
    const extraLength = u16(at + 30);
    const commentLength = u16(at + 32);
    const name = decoder.decode(bytes.subarray(at + CENTRAL_SIZE, at + CENTRAL_SIZE + nameLength));
    if (seen.has(name)) throw new Refused({ kind: 'duplicate-name', name });
    seen.add(name);
    if (flags & 1) throw corrupt(`encrypted entry ${name}`);
    const compressedSize = u32(at + 20);
    const offset = u32(at + 42);
    if (compressedSize === 0xffffffff || offset === 0xffffffff) throw corrupt('zip64 archive');
    if (offset + LOCAL_SIZE > start || u32(offset) !== LOCAL) throw corrupt(`bad local header for ${name}`);
    const dataStart = offset + LOCAL_SIZE + u16(offset + 26) + u16(offset + 28);
    if (dataStart + compressedSize > start) throw corrupt(`entry ${name} runs past its end`);
    entries.push({ name, method: u16(at + 10), compressedSize, offset, dataStart });
    at += CENTRAL_SIZE + nameLength + extraLength + commentLength;
  }
  refuseOverlaps(entries);

  return {
    names: entries.map((entry) => entry.name),
    inflate: (names) => {
      let budget = limits.maxInflatedBytes;
      const out = new Map<string, Uint8Array>();
      try {
        for (const entry of entries) {
          if (!names.includes(entry.name)) continue;
          const data = inflateEntry(bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize), entry, budget, limits);
          budget -= data.length;
          out.set(entry.name, data);
        }
      } catch (error) {
        if (error instanceof Refused) return error.refusal;
        throw error;
      }
      return out;
    },
  };
}

/** The end-of-central-directory record: the last one within the comment's reach of the end. */
function findEndOfDirectory(bytes: Uint8Array, view: DataView): number {
  const lowest = Math.max(0, bytes.length - EOCD_SIZE - MAX_COMMENT);
  for (let at = bytes.length - EOCD_SIZE; at >= lowest; at--) {
    if (view.getUint32(at, true) === EOCD) return at;
  }
  throw corrupt('no end of central directory');
}

/** Each entry's local header and data must be its own: zip bombs reuse one entry's bytes many times. */
function refuseOverlaps(entries: readonly Entry[]): void {
  const byOffset = [...entries].sort((a, b) => a.offset - b.offset);
  for (let i = 1; i < byOffset.length; i++) {
    const before = byOffset[i - 1]!;
    if (byOffset[i]!.offset < before.dataStart + before.compressedSize) throw new Refused({ kind: 'overlapping-entries' });
  }
}

function inflateEntry(compressed: Uint8Array, entry: Entry, budget: number, limits: ZipLimits): Uint8Array {
  const expands = () => new Refused({ kind: 'expands', limitBytes: limits.maxInflatedBytes });
  if (entry.method === 0) {
    if (compressed.length > budget) throw expands();
    return compressed.slice();
  }
  if (entry.method !== 8) throw corrupt(`entry ${entry.name} uses compression method ${entry.method}`);
  const chunks: Uint8Array[] = [];
  let produced = 0;
  let done = false;
  const inflater = new Inflate((chunk, final) => {
    produced += chunk.length;
    if (produced > budget) throw expands();
    chunks.push(chunk);
    done = final;
  });
  try {
    for (let at = 0; at < compressed.length && !done; at += PUSH_BYTES) {
      const end = Math.min(at + PUSH_BYTES, compressed.length);
      inflater.push(compressed.subarray(at, end), end === compressed.length);
    }
  } catch (error) {
    if (error instanceof Refused) throw error;
    throw corrupt(error instanceof Error ? error.message : String(error));
  }
  if (!done) throw corrupt(`entry ${entry.name} is truncated`);
  const data = new Uint8Array(produced);
  let offset = 0;
  for (const chunk of chunks) {
    data.set(chunk, offset);
    offset += chunk.length;
  }
  return data;
}
