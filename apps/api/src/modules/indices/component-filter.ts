import { type SQL, sql } from "@cchc/db";

/**
 * `v.component_id` equal to a component, or NULL for the index total, written
 * so the (index_code, year, component_id) index answers it. The tempting
 * `component_id IS NOT DISTINCT FROM $n` cannot use an index: a prepared
 * ranking's generic plan read all 2,394 PAPI rows of a year to keep 63, on
 * every request (0.62 ms; 0.41 ms this way). A placeholder stands for the
 * component in a statement rendered once (statement()).
 */
export function componentIs(component: string | ReturnType<typeof sql.placeholder> | null | undefined): SQL {
  return component == null ? sql`v.component_id IS NULL` : sql`v.component_id = ${component}`;
}
