import { inflateRawSync } from "node:zlib";

// An .xlsx is a zip: before ExcelJS builds a workbook, its central directory and the real inflated
// size of every entry are checked, so a small zip bomb is refused instead of filling memory.

/** What an uploaded workbook may be: its file size, its unpacked size and its worksheet rows. */
export const xlsxLimits = { fileBytes: 5_000_000, unpackedBytes: 30_000_000, rows: 10_000, entries: 2_000 } as const;

export type XlsxLimitProblem = "not_xlsx" | "too_large";

const eocdSignature = 0x06054b50;
const centralSignature = 0x02014b50;
const localSignature = 0x04034b50;

interface Entry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

function centralDirectory(view: DataView): Entry[] | null {
  const last = Math.max(0, view.byteLength - 22 - 0xffff);
  let eocd = -1;
  for (let at = view.byteLength - 22; at >= last; at--) {
    if (view.getUint32(at, true) === eocdSignature) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  // Zip64 markers: a workbook within the limits never needs them.
  if (count === 0xffff || at === 0xffffffff) return null;
  const entries: Entry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > view.byteLength || view.getUint32(at, true) !== centralSignature) return null;
    const nameLength = view.getUint16(at + 28, true);
    const skip = nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    if (at + 46 + nameLength > view.byteLength) return null;
    entries.push({
      name: new TextDecoder().decode(new Uint8Array(view.buffer, view.byteOffset + at + 46, nameLength)),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      localOffset: view.getUint32(at + 42, true),
    });
    at += 46 + skip;
  }
  return entries;
}

function entryData(bytes: Uint8Array, view: DataView, entry: Entry): Uint8Array | null {
  const at = entry.localOffset;
  if (at + 30 > view.byteLength || view.getUint32(at, true) !== localSignature) return null;
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  if (start + entry.compressedSize > bytes.byteLength) return null;
  return bytes.subarray(start, start + entry.compressedSize);
}

/** What an uploaded zip (an .xlsx, a .docx) may be: its file size, its unpacked size and its number of entries. */
export interface ZipLimits {
  fileBytes: number;
  unpackedBytes: number;
  entries: number;
}

/**
 * Checks a zip against limits without unpacking it into memory first: the file size, the sum of
 * the sizes the central directory declares, each entry inflated with its declared size as a hard
 * ceiling (a lying entry is refused). `tooLarge` may refuse an entry by its content (an .xlsx's
 * rows). `null` when it may be read.
 */
export function checkZipLimits(
  data: ArrayBuffer | Uint8Array,
  limits: ZipLimits,
  tooLarge: (name: string, content: Uint8Array) => boolean = () => false,
): "not_zip" | "too_large" | null {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  if (bytes.byteLength > limits.fileBytes) return "too_large";
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const entries = bytes.byteLength >= 22 ? centralDirectory(view) : null;
  if (!entries || entries.length === 0) return "not_zip";
  if (entries.length > limits.entries) return "too_large";
  if (entries.reduce((sum, e) => sum + e.size, 0) > limits.unpackedBytes) return "too_large";
  for (const entry of entries) {
    const raw = entryData(bytes, view, entry);
    if (!raw || (entry.method !== 0 && entry.method !== 8)) return "not_zip";
    let content: Uint8Array;
    try {
      content = entry.method === 0 ? raw : inflateRawSync(raw, { maxOutputLength: Math.max(1, entry.size) });
    } catch (error) {
      return error instanceof RangeError ? "too_large" : "not_zip";
    }
    if (content.byteLength > entry.size) return "too_large";
    if (tooLarge(entry.name, content)) return "too_large";
  }
  return null;
}

/** Checks an upload against `xlsxLimits`, its worksheets' rows included. `null` when it may be read. */
export function checkXlsxLimits(data: ArrayBuffer | Uint8Array): XlsxLimitProblem | null {
  let rows = 0;
  const problem = checkZipLimits(data, xlsxLimits, (name, content) => {
    if (!/^xl\/worksheets\/[^/]+\.xml$/.test(name)) return false;
    rows +=
      Buffer.from(content.buffer, content.byteOffset, content.byteLength)
        .toString("latin1")
        .match(/<(?:\w+:)?row[\s>/]/g)?.length ?? 0;
    return rows > xlsxLimits.rows;
  });
  return problem === "not_zip" ? "not_xlsx" : problem;
}
