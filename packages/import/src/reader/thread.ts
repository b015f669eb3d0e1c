import { parentPort, workerData } from "node:worker_threads";
import { buildCatalogues } from "../catalogues";
import { readActivityChunks } from "../kinds/activities";
import { FileError } from "../read-table";
import type { Rejection } from "../report";
import type { ReaderInput, ReaderMessage } from "./protocol";
import { parseXlsxHere } from "./xlsx";

/**
 * The reader thread: parses and validates the activity log, posting each
 * chunk with the rejections found while reading it. It reads at most
 * `credits` chunks ahead of what the importer has taken, so memory holds a
 * few chunks, never the file.
 */
const { path, catalogueRows, chunkSize } = workerData as ReaderInput;
// This thread is already off the importer's: an XLSX log is parsed here, not on a thread of its own.
parseXlsxHere();
const port = parentPort!;
let credits = 0;
let wake: (() => void) | null = null;
port.on("message", (n: number) => {
  credits += n;
  wake?.();
});
const post = (m: ReaderMessage) => port.postMessage(m);

const rejected: Rejection[] = [];
let reported = 0;
/** The rejections found since the last message (the reader only ever appends). */
function fresh(): Rejection[] {
  const since = rejected.slice(reported);
  reported = rejected.length;
  return since;
}
try {
  for await (const records of readActivityChunks(path, buildCatalogues(catalogueRows), rejected, chunkSize)) {
    while (credits === 0) await new Promise<void>((r) => (wake = r));
    credits--;
    post({ type: "chunk", records, rejected: fresh() });
  }
  post({ type: "done", rejected: fresh() });
} catch (error) {
  const e = error as Error;
  post({ type: "error", fileError: error instanceof FileError, message: e.message, stack: e.stack, rejected: fresh() });
}
// The importer terminates this thread once it has the last message.
