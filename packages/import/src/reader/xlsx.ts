import { Worker } from "node:worker_threads";
import { FileError } from "../read-table";
import { parseXlsx, type XlsxTable } from "./xlsx-parse";

export type XlsxMessage =
  | { type: "table"; table: XlsxTable }
  | { type: "error"; fileError: boolean; message: string; stack?: string };

/**
 * Heap for ExcelJS on its thread. A workbook within the checked 200 MB of XML
 * fits; a part that inflates to more than its zip entry declared ends this
 * thread (ERR_WORKER_OUT_OF_MEMORY, reported as a file error), not the server.
 */
const XLSX_HEAP_MB = 3072;

let onReaderThread = false;
/** Called by the activity reader thread (thread.ts): XLSX files it opens are parsed where it runs. */
export const parseXlsxHere = () => {
  onReaderThread = true;
};

/**
 * The first sheet of an XLSX, parsed on a thread of its own, so a slow or
 * hostile workbook never blocks or bloats the importer's thread (the API's
 * event loop). Called from the activity reader thread, it parses in place:
 * that is already off the main thread.
 */
export async function readXlsxInThread(path: string): Promise<XlsxTable> {
  if (onReaderThread) return parseXlsx(path);
  const worker = new Worker(new URL("./xlsx-boot.mjs", import.meta.url), {
    workerData: { path },
    resourceLimits: { maxOldGenerationSizeMb: XLSX_HEAP_MB },
  });
  try {
    const m = await new Promise<XlsxMessage>((resolve, reject) => {
      worker.once("message", resolve);
      worker.once("error", (e) =>
        reject(
          (e as NodeJS.ErrnoException).code === "ERR_WORKER_OUT_OF_MEMORY"
            ? new FileError(`Tệp XLSX giải nén ra quá lớn để đọc (vượt ${XLSX_HEAP_MB} MB bộ nhớ) (FILE_TOO_LARGE)`)
            : e,
        ),
      );
      worker.once("exit", (code) => reject(new Error(`the XLSX reader thread stopped (exit code ${code})`)));
    });
    if (m.type === "table") return m.table;
    throw m.fileError ? new FileError(m.message) : Object.assign(new Error(m.message), { stack: m.stack });
  } finally {
    worker.removeAllListeners();
    await worker.terminate();
  }
}
