import yauzl from "yauzl";
import { FileError } from "../read-table";

/** At most this much, declared uncompressed, in the whole workbook. */
export const MAX_XLSX_UNCOMPRESSED = 200 * 1024 * 1024;
/** No part may inflate more than this many times its compressed size… */
export const MAX_XLSX_RATIO = 100;
/** …once it is big enough to matter (a 2 kB styles part that compresses 150× harms nobody). */
const RATIO_FROM_BYTES = 1024 * 1024;
/** A workbook has tens of parts; a zip with more is not one we read. */
const MAX_XLSX_ENTRIES = 10_000;

const mb = (bytes: number) => (bytes / 1048576).toFixed(bytes < 10 * 1048576 ? 1 : 0);

/**
 * Read the XLSX's zip central directory (names and declared sizes only, nothing
 * inflated) and refuse a zip bomb before ExcelJS inflates anything: more than
 * 200 MB declared in all, or a part over 1 MB declared more than 100 times its
 * compressed size, or something that is not a zip at all. ExcelJS then runs
 * on the reader thread (reader/xlsx.ts) with a bounded heap, in case a part
 * inflates to more than it declared.
 */
export async function checkXlsxZip(path: string): Promise<{ entries: number; uncompressed: number }> {
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.openPromise(path, { lazyEntries: true, autoClose: true, validateEntrySizes: true });
  } catch (error) {
    throw new FileError(
      `Tệp không phải XLSX hợp lệ: không đọc được mục lục ZIP (${(error as Error).message}) (INVALID_XLSX)`,
    );
  }
  let entries = 0;
  let uncompressed = 0;
  try {
    for await (const entry of zip.eachEntry()) {
      entries++;
      if (entries > MAX_XLSX_ENTRIES)
        throw new FileError(
          `Tệp XLSX có quá nhiều phần (> ${MAX_XLSX_ENTRIES.toLocaleString("vi-VN")}) (FILE_TOO_LARGE)`,
        );
      uncompressed += entry.uncompressedSize;
      if (uncompressed > MAX_XLSX_UNCOMPRESSED)
        throw new FileError(
          `Tệp XLSX giải nén ra quá lớn (${mb(uncompressed)} MB > ${mb(MAX_XLSX_UNCOMPRESSED)} MB) (FILE_TOO_LARGE)`,
        );
      const { compressedSize: packed, uncompressedSize: size } = entry;
      if (size > RATIO_FROM_BYTES && size > packed * MAX_XLSX_RATIO)
        throw new FileError(
          `Tệp XLSX có phần nén bất thường: ${entry.fileName} giải nén ra ${mb(size)} MB từ ${mb(packed)} MB ` +
            `(gấp ${packed ? Math.round(size / packed) : "∞"} lần > ${MAX_XLSX_RATIO} lần) (FILE_TOO_LARGE)`,
        );
    }
  } catch (error) {
    zip.close();
    if (error instanceof FileError) throw error;
    throw new FileError(`Tệp không phải XLSX hợp lệ: mục lục ZIP hỏng (${(error as Error).message}) (INVALID_XLSX)`);
  }
  if (entries === 0) throw new FileError("Tệp không phải XLSX hợp lệ: tệp ZIP rỗng (INVALID_XLSX)");
  return { entries, uncompressed };
}

/**
 * Inflate every part once, counting and discarding the bytes: a part that
 * inflates to more than its directory entry declared is refused as soon as it
 * passes that size (yauzl checks as it goes), so the sizes checkXlsxZip vetted
 * are the sizes ExcelJS will meet. Runs on the XLSX reader thread, before ExcelJS.
 */
export async function checkInflatedSizes(path: string): Promise<void> {
  const zip = await yauzl.openPromise(path, { lazyEntries: true, autoClose: true, validateEntrySizes: true });
  try {
    for await (const entry of zip.eachEntry()) {
      if (entry.fileName.endsWith("/")) continue;
      for await (const _ of await zip.openReadStreamPromise(entry)) {
        // counted by yauzl; nothing kept
      }
    }
  } catch (error) {
    zip.close();
    throw new FileError(
      `Tệp XLSX hỏng hoặc khai sai kích thước khi giải nén (${(error as Error).message}) (INVALID_XLSX)`,
    );
  }
}
