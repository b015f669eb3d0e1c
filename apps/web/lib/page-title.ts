import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { parse } from "graphql";
import { cache } from "react";
import { gql } from "./graphql/client";
import { one, type SearchParams } from "./params";

const SubjectNameDocument: TypedDocumentNode<{ subject: { nameVi: string } | null }, { code: string }> = parse(
  "query SubjectName($code: ID!) { subject(code: $code) { nameVi } }",
);

/** A province's name for a page's <title>, once per request; null when unknown (the page says so itself). */
export const subjectName = cache(async (code: string): Promise<string | null> => {
  if (!/^[\w.-]{1,40}$/.test(code)) return null;
  try {
    return (await gql(SubjectNameDocument, { code })).subject?.nameVi ?? null;
  } catch {
    return null;
  }
});

/**
 * "PAPI — Nghệ An 2019": what a page shows, from its URL (the subject's name,
 * the year when the URL names one). The layout adds "· Chỉ số CCHC".
 */
export async function titleFor(what: string, params: SearchParams, defaultSubject = "40"): Promise<string> {
  const name = await subjectName(one(params, "subject") ?? defaultSubject);
  const year = one(params, "year");
  return [what, [name, year && /^\d{4}$/.test(year) ? year : null].filter(Boolean).join(" ")]
    .filter(Boolean)
    .join(" — ");
}
