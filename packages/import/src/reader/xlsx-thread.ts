import { parentPort, workerData } from "node:worker_threads";
import { FileError } from "../read-table";
import type { XlsxMessage } from "./xlsx";
import { parseXlsx } from "./xlsx-parse";

/** The XLSX reader thread: ExcelJS inflates and parses here, never on the importer's thread. */
const { path } = workerData as { path: string };
const post = (m: XlsxMessage) => parentPort!.postMessage(m);
try {
  post({ type: "table", table: await parseXlsx(path) });
} catch (error) {
  const e = error as Error;
  post({ type: "error", fileError: error instanceof FileError, message: e.message, stack: e.stack });
}
