import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { gql } from "../../../lib/graphql/client";
import { PlanEditDocument } from "../../../lib/graphql/generated/graphql";
import { requirePage } from "../../../lib/session";
import { PlanForm } from "./plan-form";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  return { title: `Sửa kế hoạch số ${(await params).id.slice(0, 12)}` };
}

/** Edit a plan's content (the Office, editor role). Targets are on the monitoring page. */
export default async function PlanEditPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!/^\d+$/.test(id)) notFound();
  await requirePage("editor", `/ke-hoach/${id}`);
  const data = await gql(PlanEditDocument, { id });
  if (!data.plan) notFound();
  return (
    <main id="noi-dung">
      <h1>
        Kế hoạch {data.plan.number} (năm {data.plan.year})
      </h1>
      <p>
        <Link href={`/theo-doi?plan=${id}`}>Theo dõi và chỉ tiêu</Link> ·{" "}
        <a href={`/tai-xuong/plan.docx?plan=${id}`}>Tải kế hoạch (DOCX)</a>
      </p>
      <PlanForm data={{ ...data, plan: data.plan }} />
    </main>
  );
}
