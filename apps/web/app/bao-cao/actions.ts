"use server";

import { redirect } from "next/navigation";
import { GraphQLRequestError, gql } from "../../lib/graphql/client";
import { CopyPlanDocument, type ReportQuery, SaveReportEditsDocument } from "../../lib/graphql/generated/graphql";
import { z } from "zod";
import { formId, formYear } from "../../lib/form-input";
import { refusal } from "../../lib/session";

const proposalsInput = z
  .array(z.object({ form: z.string().max(20), quantity: z.number().int().min(0).max(100_000) }))
  .max(50);

export type DraftState = { status: "idle" } | { status: "error"; message: string };

/** Next year's plan from this one with section IV's proposed targets (Department-wide, whole year); then its monitoring page. */
export async function draftNextPlan(_: DraftState, form: FormData): Promise<DraftState> {
  const refused = await refusal("editor");
  if (refused) return { status: "error", message: refused };
  const plan = formId.safeParse(form.get("plan"));
  const when = formYear.safeParse(form.get("year"));
  if (!plan.success || !when.success)
    return { status: "error", message: "Thiếu kế hoạch hoặc năm hợp lệ (plan, year)." };
  const from = plan.data;
  const year = when.data;
  const number = String(form.get("number") ?? "").trim();
  if (!number || number.length > 100)
    return { status: "error", message: "Nhập số hiệu của dự thảo kế hoạch (tối đa 100 ký tự)." };
  let raw: unknown;
  try {
    raw = JSON.parse(String(form.get("proposals") ?? "[]"));
  } catch {
    raw = null;
  }
  const parsed = proposalsInput.safeParse(raw);
  if (!parsed.success) return { status: "error", message: "Chỉ tiêu đề xuất không hợp lệ (proposals)." };
  const proposals = parsed.data;
  let id: string;
  try {
    const { copyPlan } = await gql(CopyPlanDocument, {
      from,
      number,
      issuedOn: `${year}-01-01`,
      targets: proposals.map((p) => ({
        form: p.form,
        unit: null,
        periodStart: `${year}-01-01`,
        periodEnd: `${year}-12-31`,
        quantity: p.quantity,
      })),
    });
    id = copyPlan.id;
  } catch (e) {
    return { status: "error", message: e instanceof GraphQLRequestError ? e.message : "Không tạo được dự thảo." };
  }
  redirect(`/theo-doi?plan=${id}`);
}

const editsInput = z
  .array(z.object({ key: z.string().regex(/^(I|II|III|IV)\.\d{1,2}$/), text: z.string().max(20_000) }))
  .min(1)
  .max(100);

export type SavedEdit = ReportQuery["orientationReport"]["edits"][number];
export type SaveEditsResult = { status: "saved"; edits: SavedEdit[] } | { status: "error"; message: string };

/**
 * Saves the report's edited paragraphs for the plan and year (an empty text
 * goes back to the generated paragraph); the API writes them in one
 * transaction with one audit event. Returns every saved edit of that report.
 */
export async function saveReportEdits(plan: unknown, year: unknown, edits: unknown): Promise<SaveEditsResult> {
  const refused = await refusal("editor");
  if (refused) return { status: "error", message: refused };
  const p = formId.safeParse(plan);
  const y = formYear.safeParse(year);
  if (!p.success || !y.success) return { status: "error", message: "Thiếu kế hoạch hoặc năm hợp lệ (plan, year)." };
  const parsed = editsInput.safeParse(edits);
  if (!parsed.success) return { status: "error", message: "Đoạn sửa không hợp lệ (mã đoạn hoặc độ dài)." };
  try {
    const { saveReportEdits: saved } = await gql(SaveReportEditsDocument, {
      plan: p.data,
      year: y.data,
      edits: parsed.data,
    });
    return { status: "saved", edits: saved };
  } catch (e) {
    return {
      status: "error",
      message: e instanceof GraphQLRequestError ? e.message : "Không lưu được các đoạn đã sửa.",
    };
  }
}
