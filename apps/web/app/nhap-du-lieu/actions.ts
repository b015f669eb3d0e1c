"use server";

import { apiBase, GraphQLRequestError, gql } from "../../lib/graphql/client";
import {
  CommitImportDocument,
  type ImportReportFieldsFragment,
  PreviewImportDocument,
} from "../../lib/graphql/generated/graphql";
import { identityHeaders, refusal } from "../../lib/session";

export type ImportState =
  | { step: "idle" }
  | { step: "error"; message: string; report?: ImportReportFieldsFragment }
  | { step: "preview"; upload: string; fileName: string; report: ImportReportFieldsFragment }
  | { step: "done"; fileName: string; report: ImportReportFieldsFragment };

/** The importer's own limit for one file; larger ones are refused before anything is sent. */
const MAX_FILE_BYTES = 50 * 1024 * 1024;

/** One step of the import dialogue: "preview" a chosen file, or "commit" the previewed one. */
export async function importStep(state: ImportState, form: FormData): Promise<ImportState> {
  const refused = await refusal("editor");
  if (refused) return { step: "error", message: refused };
  return form.get("intent") === "commit" ? commitImport(state) : previewImport(form);
}

/** Upload the chosen file to the API and ask for a dry run. */
async function previewImport(form: FormData): Promise<ImportState> {
  const file = form.get("file");
  if (!(file instanceof File) || file.size === 0) return { step: "error", message: "Chưa chọn tệp." };
  if (file.size > MAX_FILE_BYTES)
    return { step: "error", message: `Tệp lớn hơn ${MAX_FILE_BYTES / 1024 / 1024} MB (FILE_TOO_LARGE).` };
  const res = await fetch(`${apiBase()}/uploads?name=${encodeURIComponent(file.name)}`, {
    method: "POST",
    // As the signed-in person: the API binds the upload to them, and only they can commit it.
    headers: await identityHeaders(),
    body: Buffer.from(await file.arrayBuffer()),
  });
  const body = (await res.json()) as { id?: string; error?: string };
  if (!res.ok || !body.id) return { step: "error", message: `Không tải lên được: ${body.error ?? res.status}` };
  const { previewImport: report } = await gql(PreviewImportDocument, { upload: body.id });
  return { step: "preview", upload: body.id, fileName: file.name, report };
}

/** Commit the previewed upload in one transaction; a refused file comes back with its report. */
async function commitImport(state: ImportState): Promise<ImportState> {
  if (state.step !== "preview") return state;
  try {
    const { commitImport: report } = await gql(CommitImportDocument, { upload: state.upload });
    return { step: "done", fileName: state.fileName, report };
  } catch (error) {
    if (!(error instanceof GraphQLRequestError)) throw error;
    const report = error.errors[0]?.extensions?.report as ImportReportFieldsFragment | undefined;
    return { step: "error", message: error.message, ...(report ? { report } : {}) };
  }
}
