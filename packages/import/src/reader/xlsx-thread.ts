import { parentPort } from "node:worker_threads";
import { FileError } from "../read-table";
import type { XlsxReply, XlsxRequest } from "./xlsx";
import { parseXlsx } from "./xlsx-parse";

/**
 * The XLSX reader thread: ExcelJS inflates and parses here, never on the
 * importer's thread. It stays up between files (ExcelJS loaded once) until
 * the importer lets it go after a while without work.
 */
const port = parentPort!;
port.on("message", async ({ id, path }: XlsxRequest) => {
  let reply: XlsxReply;
  try {
    reply = { id, type: "table", table: await parseXlsx(path) };
  } catch (error) {
    const e = error as Error;
    reply = { id, type: "error", fileError: error instanceof FileError, message: e.message, stack: e.stack };
  }
  port.postMessage(reply);
});
