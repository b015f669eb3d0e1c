"use server";

import { revalidatePath } from "next/cache";
import { GraphQLRequestError, gql } from "../../../lib/graphql/client";
import { type PlanInput, UpdatePlanDocument } from "../../../lib/graphql/generated/graphql";
import { formId } from "../../../lib/form-input";
import { refusal } from "../../../lib/session";

export type PlanEditState = { status: "idle" } | { status: "saved" } | { status: "error"; message: string };

const lines = (v: FormDataEntryValue | null) =>
  String(v ?? "")
    .split("\n")
    .map((s) => s.trim())
    .filter(Boolean);

/** The plan form → PlanInput (ticked topics and forms in catalogue order; duties with text), saved in one transaction by the API. */
export async function savePlan(_: PlanEditState, form: FormData): Promise<PlanEditState> {
  const refused = await refusal("editor");
  if (refused) return { status: "error", message: refused };
  const checked = formId.safeParse(form.get("id"));
  if (!checked.success) return { status: "error", message: "Thiếu mã kế hoạch hợp lệ (id)." };
  const id = checked.data;
  const input: PlanInput = {
    titleVi: String(form.get("titleVi") ?? ""),
    implementsText: String(form.get("implementsText") ?? "").trim() || null,
    purposes: lines(form.get("purposes")),
    requirements: lines(form.get("requirements")),
    audience: String(form.get("audience") ?? "").trim() || null,
    recipients: lines(form.get("recipients")),
    topics: form
      .getAll("topic")
      .map((code) => ({ topic: String(code), textVi: String(form.get(`topicText|${code}`) ?? "") })),
    forms: form
      .getAll("form")
      .map((code) => ({ form: String(code), descriptionVi: String(form.get(`formText|${code}`) ?? "") })),
    responsibilities: form
      .getAll("dutyRow")
      .map(String)
      .filter((i) => String(form.get(`dutyText|${i}`) ?? "").trim())
      .map((i) => ({
        unit: String(form.get(`dutyUnit|${i}`) ?? "") || null,
        duty: String(form.get(`duty|${i}`) ?? "implement"),
        dutyVi: String(form.get(`dutyText|${i}`)),
      })),
  };
  try {
    await gql(UpdatePlanDocument, { id, input });
  } catch (e) {
    return { status: "error", message: e instanceof GraphQLRequestError ? e.message : "Không lưu được kế hoạch." };
  }
  revalidatePath(`/ke-hoach/${id}`);
  return { status: "saved" };
}
