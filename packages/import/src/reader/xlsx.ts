import { Worker } from "node:worker_threads";
import { FileError } from "../read-table";
import { parseXlsx, type XlsxTable } from "./xlsx-parse";

export interface XlsxRequest {
  id: number;
  path: string;
}
export type XlsxReply =
  | { id: number; type: "table"; table: XlsxTable }
  | { id: number; type: "error"; fileError: boolean; message: string; stack?: string };

/**
 * Heap for ExcelJS on its thread. A workbook within the checked 200 MB of XML
 * fits; a part that inflates to more than its zip entry declared ends this
 * thread (ERR_WORKER_OUT_OF_MEMORY, reported as a file error), not the server.
 */
const XLSX_HEAP_MB = 3072;
/** The thread is kept this long after its last file: an import opens its file twice (kind, then rows). */
const IDLE_MS = 30_000;

let onReaderThread = false;
/** Called by the activity reader thread (thread.ts): XLSX files it opens are parsed where it runs. */
export const parseXlsxHere = () => {
  onReaderThread = true;
};

interface Pending {
  resolve: (t: XlsxTable) => void;
  reject: (e: Error) => void;
}
let thread: { worker: Worker; pending: Map<number, Pending>; idle: NodeJS.Timeout | null } | null = null;
let nextId = 1;

function startThread() {
  const worker = new Worker(new URL("./xlsx-boot.mjs", import.meta.url), {
    resourceLimits: { maxOldGenerationSizeMb: XLSX_HEAP_MB },
  });
  const t = { worker, pending: new Map<number, Pending>(), idle: null as NodeJS.Timeout | null };
  const failAll = (error: Error) => {
    if (thread === t) thread = null;
    for (const p of t.pending.values()) p.reject(error);
    t.pending.clear();
  };
  worker.on("message", (m: XlsxReply) => {
    const p = t.pending.get(m.id);
    if (!p) return;
    t.pending.delete(m.id);
    if (m.type === "table") p.resolve(m.table);
    else p.reject(m.fileError ? new FileError(m.message) : Object.assign(new Error(m.message), { stack: m.stack }));
    if (t.pending.size === 0) {
      // Idle: nothing waits on the thread, so it must not keep the process alive; it ends after IDLE_MS.
      worker.unref();
      t.idle = setTimeout(() => {
        if (thread === t) thread = null;
        void worker.terminate();
      }, IDLE_MS).unref();
    }
  });
  worker.on("error", (e) =>
    failAll(
      (e as NodeJS.ErrnoException).code === "ERR_WORKER_OUT_OF_MEMORY"
        ? new FileError(`Tệp XLSX giải nén ra quá lớn để đọc (vượt ${XLSX_HEAP_MB} MB bộ nhớ) (FILE_TOO_LARGE)`)
        : e,
    ),
  );
  worker.on("exit", (code) => failAll(new Error(`the XLSX reader thread stopped (exit code ${code})`)));
  return t;
}

/**
 * The first sheet of an XLSX, parsed on a thread of its own, so a slow or
 * hostile workbook never blocks or bloats the importer's thread (the API's
 * event loop). Called from the activity reader thread, it parses in place:
 * that is already off the main thread.
 */
export function readXlsxInThread(path: string): Promise<XlsxTable> {
  if (onReaderThread) return parseXlsx(path);
  thread ??= startThread();
  const t = thread;
  if (t.idle) clearTimeout(t.idle);
  t.idle = null;
  t.worker.ref();
  const id = nextId++;
  return new Promise<XlsxTable>((resolve, reject) => {
    t.pending.set(id, { resolve, reject });
    t.worker.postMessage({ id, path } satisfies XlsxRequest);
  });
}
