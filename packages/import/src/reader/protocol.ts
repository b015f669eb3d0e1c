import type { CatalogueRows } from "../catalogues";
import type { ActivityRecord } from "../kinds/activities";
import type { Rejection } from "../report";

/** What the importer gives the reader thread. */
export interface ReaderInput {
  path: string;
  catalogueRows: CatalogueRows;
  chunkSize: number;
}

/** What the reader thread posts back; each message carries the rejections found since the last. */
export type ReaderMessage =
  | { type: "chunk"; records: ActivityRecord[]; rejected: Rejection[] }
  | { type: "done"; rejected: Rejection[] }
  | { type: "error"; fileError: boolean; message: string; stack?: string; rejected: Rejection[] };
