"use server";

import { revalidatePath } from "next/cache";
import { GraphQLRequestError, gql } from "../../lib/graphql/client";
import { type PlanTargetInput, SetPlanTargetsDocument } from "../../lib/graphql/generated/graphql";
import { formId, formYear } from "../../lib/form-input";
import { refusal } from "../../lib/session";

export type TargetsState =
  | { status: "idle" }
  | { status: "saved"; count: number }
  | { status: "error"; message: string };

/**
 * Saves the year's targets from the grid: one input per unit (or "Toàn Sở")
 * and form, named t|<unit or *>|<form>. Empty inputs mean no target. The API
 * replaces the plan's targets in one transaction.
 */
export async function saveTargets(_: TargetsState, form: FormData): Promise<TargetsState> {
  const refused = await refusal("editor");
  if (refused) return { status: "error", message: refused };
  const plan = formId.safeParse(form.get("plan"));
  const year = formYear.safeParse(form.get("year"));
  if (!plan.success || !year.success)
    return { status: "error", message: "Thiếu kế hoạch hoặc năm hợp lệ (plan, year)." };
  return save(plan.data, year.data, form);
}

async function save(plan: string, year: number, form: FormData): Promise<TargetsState> {
  const targets: PlanTargetInput[] = [];
  for (const [name, raw] of form.entries()) {
    if (!name.startsWith("t|") || String(raw).trim() === "") continue;
    const [, unit, formCode] = name.split("|");
    const quantity = Number(String(raw).trim());
    if (!Number.isInteger(quantity) || quantity < 0)
      return {
        status: "error",
        message: `Chỉ tiêu phải là số nguyên không âm: “${raw}” (${unit === "*" ? "Toàn Sở" : unit}, ${formCode}).`,
      };
    targets.push({
      form: formCode!,
      unit: unit === "*" ? null : unit,
      periodStart: `${year}-01-01`,
      periodEnd: `${year}-12-31`,
      quantity,
    });
  }
  try {
    await gql(SetPlanTargetsDocument, { plan, targets });
  } catch (e) {
    return { status: "error", message: e instanceof GraphQLRequestError ? e.message : "Không lưu được chỉ tiêu." };
  }
  revalidatePath("/theo-doi");
  return { status: "saved", count: targets.length };
}
