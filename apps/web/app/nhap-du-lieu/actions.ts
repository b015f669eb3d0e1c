"use server";

import { env } from "../../env";
import { apiBase, GraphQLRequestError, gql } from "../../lib/graphql/client";
import {
  CommitImportDocument,
  type ImportReportFieldsFragment,
  PreviewImportDocument,
} from "../../lib/graphql/generated/graphql";

export type ImportState =
  | { step: "idle" }
  | { step: "error"; message: string; report?: ImportReportFieldsFragment }
  | { step: "preview"; upload: string; fileName: string; report: ImportReportFieldsFragment }
  | { step: "done"; fileName: string; report: ImportReportFieldsFragment };

const NO_TOKEN =
  'Máy chủ web chưa có mã truy cập quyền biên tập (WEB_API_TOKEN). Khởi động bằng `npm start`, hoặc tạo mã: npm run token -- create --role editor --name "Văn phòng Sở".';

/** One step of the import dialogue: "preview" a chosen file, or "commit" the previewed one. */
export async function importStep(state: ImportState, form: FormData): Promise<ImportState> {
  return form.get("intent") === "commit" ? commitImport(state) : previewImport(form);
}

/** Upload the chosen file to the API and ask for a dry run. */
async function previewImport(form: FormData): Promise<ImportState> {
  const file = form.get("file");
  if (!(file instanceof File) || file.size === 0) return { step: "error", message: "Chưa chọn tệp." };
  if (!env.WEB_API_TOKEN) return { step: "error", message: NO_TOKEN };
  const res = await fetch(`${apiBase()}/uploads?name=${encodeURIComponent(file.name)}`, {
    method: "POST",
    headers: { authorization: `Bearer ${env.WEB_API_TOKEN}` },
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
