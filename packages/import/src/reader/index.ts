import { Worker } from "node:worker_threads";
import type { CatalogueRows } from "../catalogues";
import type { ActivityRecord } from "../kinds/activities";
import { FileError } from "../read-table";
import type { Rejection } from "../report";
import type { ReaderInput, ReaderMessage } from "./protocol";

/** Chunks the reader may have ready before the importer asks: enough to keep both threads busy. */
const AHEAD = 2;

/**
 * readActivityChunks on a thread of its own: parsing and validating chunk n+1
 * (2–3 s of a 100,000-row file) overlaps writing chunk n, which on the
 * embedded database runs on this thread. Same contract — validated chunks,
 * rejections appended to `rejected` as they are found, a FileError for a
 * whole-file problem — so the importer's loop does not change.
 */
export async function* readActivityChunksInThread(
  path: string,
  catalogueRows: CatalogueRows,
  rejected: Rejection[],
  chunkSize = 5000,
): AsyncGenerator<ActivityRecord[]> {
  const input: ReaderInput = { path, catalogueRows, chunkSize };
  const worker = new Worker(new URL("./boot.mjs", import.meta.url), { workerData: input });
  const inbox: ReaderMessage[] = [];
  let failure: Error | null = null;
  let wake: (() => void) | null = null;
  const notify = () => {
    wake?.();
    wake = null;
  };
  worker.on("message", (m: ReaderMessage) => {
    inbox.push(m);
    notify();
  });
  worker.on("error", (e) => {
    failure = e;
    notify();
  });
  worker.on("exit", (code) => {
    failure ??= new Error(`the activity reader thread stopped (exit code ${code}) before the end of the file`);
    notify();
  });
  worker.postMessage(AHEAD);
  try {
    for (;;) {
      while (inbox.length === 0 && !failure) await new Promise<void>((r) => (wake = r));
      const m = inbox.shift();
      if (!m) throw failure!;
      rejected.push(...m.rejected);
      if (m.type === "done") return;
      if (m.type === "error")
        throw m.fileError ? new FileError(m.message) : Object.assign(new Error(m.message), { stack: m.stack });
      worker.postMessage(1);
      yield m.records;
    }
  } finally {
    worker.removeAllListeners();
    await worker.terminate();
  }
}
