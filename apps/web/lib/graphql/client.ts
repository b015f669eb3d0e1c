import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { print } from "graphql";
import { redirect } from "next/navigation";
import { env } from "../../env";
import { identityHeaders } from "../session";
import { GraphQLRequestError } from "./request-error";

export { GraphQLRequestError };

/** The API's base URL (without /graphql), for uploads and download links. */
export const apiBase = () => env.API_URL.replace(/\/graphql$/, "");

/**
 * The one way pages reach the API: a typed document in, typed data out. Runs
 * on the server only (server components, server actions), so API_URL never
 * reaches the browser; it acts as the signed-in person (their session cookie).
 */
export async function gql<TData, TVariables extends Record<string, unknown>>(
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
): Promise<TData> {
  const res = await fetch(env.API_URL, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      accept: "application/graphql-response+json, application/json",
      ...(await identityHeaders()),
    },
    body: JSON.stringify({ query: print(document), variables }),
    cache: "no-store",
  });
  const body = (await res.json().catch(() => null)) as { data?: TData; errors?: GraphQLRequestError["errors"] } | null;
  if (!body) throw new GraphQLRequestError(`API answered ${res.status} without a GraphQL body`);
  // A session that ended (expired, signed out elsewhere, account disabled): sign in again.
  if (body.errors?.some((e) => e.extensions?.code === "UNAUTHENTICATED")) redirect("/dang-nhap");
  if (body.errors?.length) throw new GraphQLRequestError(body.errors.map((e) => e.message).join("; "), body.errors);
  return body.data as TData;
}
