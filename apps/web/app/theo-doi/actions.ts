"use server";

import { revalidatePath } from "next/cache";
import { GraphQLRequestError, gql } from "../../lib/graphql/client";
import { type PlanTargetInput, SetPlanTargetsDocument } from "../../lib/graphql/generated/graphql";

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
  const plan = String(form.get("plan") ?? "");
  const year = Number(form.get("year"));
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
