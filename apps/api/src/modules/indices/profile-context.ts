import { type Db, queryRows, sql } from "@cchc/db";
import { mergerBetween } from "../geo/eras.service";

/**
 * What a profile needs besides the figures, in one statement: the first peer
 * group (by code) the subject belongs to in `year` — membership bounded by
 * first/last year (migration 0013) — when none was asked for, and whether
 * provincial units merged between `year − 1` and `year`.
 */
export async function profileContext(
  db: Db,
  subject: string,
  year: number,
  wantPeer: boolean,
): Promise<{ defaultPeer: string | null; mergerBreak: boolean }> {
  const [row] = await queryRows<{ defaultPeer: string | null; mergerBreak: boolean }>(
    db,
    sql`
    SELECT (SELECT m.peer_group_code FROM peer_group_members m
            WHERE ${wantPeer} AND m.province_code = ${subject}
              AND (m.first_year IS NULL OR m.first_year <= ${year}) AND (m.last_year IS NULL OR m.last_year >= ${year})
            ORDER BY m.peer_group_code LIMIT 1) AS "defaultPeer",
           ${mergerBetween(year)} AS "mergerBreak"`,
  );
  return { defaultPeer: row?.defaultPeer ?? null, mergerBreak: row?.mergerBreak ?? false };
}
