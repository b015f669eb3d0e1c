import { expect } from "vitest";
import type { Stack } from "./stack";

/** A GraphQL read as an analyst makes it (viewer token): the numbers the pages must show. */
export async function apiQuery<T>(stack: Stack, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await fetch(stack.apiUrl, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${stack.viewerToken}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: unknown[] };
  expect(body.errors).toBeUndefined();
  return body.data!;
}

/** vi-VN as the UI writes numbers: 85,92 · 1.234. */
export const vi = (value: number, digits = 4) =>
  new Intl.NumberFormat("vi-VN", { maximumFractionDigits: digits }).format(value);
