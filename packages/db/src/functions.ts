import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { sql } from "drizzle-orm";
import type { Db } from "./client";
import { queryRows } from "./query";

/**
 * packages/db/functions/<name>.sql: the current text of each database function
 * the migrations define. Migrations stay as they ran (history); a migration
 * that changes a function carries the same text as its file, and
 * test/functions.test.ts keeps the files equal to what the migrations leave.
 */
export const functionsFolder = fileURLToPath(new URL("../functions", import.meta.url));

/** Whitespace folded, leading "--" comment lines and the closing semicolon dropped: the text compared. */
export function normaliseFunctionText(text: string): string {
  const lines = text.split("\n");
  while (lines.length > 0 && (lines[0]?.trim().startsWith("--") || lines[0]?.trim() === "")) lines.shift();
  return lines.join("\n").replace(/\s+/g, " ").trim().replace(/\s*;$/, "");
}

/** Each file in functions/, by function name. */
export function functionFiles(): Map<string, string> {
  const files = new Map<string, string>();
  for (const file of readdirSync(functionsFolder)
    .filter((f) => f.endsWith(".sql"))
    .sort()) {
    files.set(file.replace(/\.sql$/, ""), readFileSync(`${functionsFolder}/${file}`, "utf8"));
  }
  return files;
}

/**
 * The live definition (pg_get_functiondef) of every SQL and PL/pgSQL function
 * in the public schema that no extension owns, by name.
 */
export async function liveFunctions(db: Db): Promise<Map<string, string>> {
  const rows = await queryRows<{ name: string; definition: string }>(
    db,
    sql`SELECT p.proname AS name, pg_get_functiondef(p.oid) AS definition
        FROM pg_proc p
        JOIN pg_namespace n ON n.oid = p.pronamespace
        JOIN pg_language l ON l.oid = p.prolang
        WHERE n.nspname = 'public' AND l.lanname IN ('sql', 'plpgsql')
          AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e')
        ORDER BY p.proname`,
  );
  return new Map(rows.map((r) => [r.name, r.definition]));
}
