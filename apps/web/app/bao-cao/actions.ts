"use server";

import { redirect } from "next/navigation";
import { GraphQLRequestError, gql } from "../../lib/graphql/client";
import { CopyPlanDocument } from "../../lib/graphql/generated/graphql";

export type DraftState = { status: "idle" } | { status: "error"; message: string };

/** Next year's plan from this one with section IV's proposed targets (Department-wide, whole year); then its monitoring page. */
export async function draftNextPlan(_: DraftState, form: FormData): Promise<DraftState> {
  const from = String(form.get("plan") ?? "");
  const year = Number(form.get("year"));
  const number = String(form.get("number") ?? "").trim();
  if (!number) return { status: "error", message: "Nhập số hiệu của dự thảo kế hoạch." };
  const proposals = JSON.parse(String(form.get("proposals") ?? "[]")) as { form: string; quantity: number }[];
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
