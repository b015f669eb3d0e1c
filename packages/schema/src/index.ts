import { readdirSync, readFileSync } from "node:fs";

const dir = new URL("./", import.meta.url);

/**
 * The SDL, read once: schema.graphql holds the root types, and each module's
 * own file (auth.graphql, audit.graphql …) extends them. The API serves it and
 * codegen types both sides from the same files.
 */
export const typeDefs = readdirSync(dir)
  .filter((f) => f.endsWith(".graphql"))
  .sort((a, b) => (a === "schema.graphql" ? -1 : b === "schema.graphql" ? 1 : a.localeCompare(b)))
  .map((f) => readFileSync(new URL(f, dir), "utf8"))
  .join("\n");

export * from "./vocabulary";
export * from "./format";
