import { type SQL, sql } from "@cchc/db";

/**
 * The stored measures of index values (migration 0014, refresh_index_stats:
 * the one definition of rank, out of, z-score, percentile, mean, median,
 * best and group means). Statements read `index_values v` joined here:
 * `vs` the value's own measures, `st` its (index, component, year,
 * methodology version) distribution.
 */
export const MEASURES_JOIN = sql.raw(`LEFT JOIN index_value_stats vs ON vs.value_id = v.id
    LEFT JOIN index_stats st ON st.index_code = v.index_code AND st.component_key = coalesce(v.component_id, '')
      AND st.year = v.year AND st.version_code = v.version_code`);

/**
 * The mean of a region's or peer group's values in the same distribution as
 * `of` (a row with index_code, component_key, year and version_code: `st`
 * of MEASURES_JOIN, or a stored profile figure), as a scalar subquery.
 */
export function groupMean(kind: "region" | "peer", groupCode: SQL, of = "st"): SQL {
  const o = sql.raw(of);
  return sql`(SELECT g.mean FROM index_group_stats g
      WHERE g.index_code = ${o}.index_code AND g.component_key = ${o}.component_key AND g.year = ${o}.year
        AND g.version_code = ${o}.version_code AND g.group_kind = ${sql.raw(`'${kind}'`)} AND g.group_code = ${groupCode})`;
}
