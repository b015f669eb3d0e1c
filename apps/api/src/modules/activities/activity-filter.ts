import { type SQL, sql, tables as t } from "@cchc/db";
import { badInput, isSerialId } from "../../errors";
import type { ActivityFilter } from "../../generated/resolvers-types";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function date(value: string | null | undefined, field: string): string | null {
  if (value == null) return null;
  if (!ISO_DATE.test(value) || Number.isNaN(Date.parse(value)))
    throw badInput(`${field} must be a date YYYY-MM-DD, got "${value}"`, `filter.${field}`);
  return value;
}

/** LIKE treats % and _ as wildcards; a user searching for "100%" means the character. */
const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The WHERE conditions of an activity filter (all must hold). Shared by lists, stats and exports. */
export function activityConditions(filter: ActivityFilter | null | undefined): SQL[] {
  const a = t.activities;
  const f = filter ?? {};
  const where: SQL[] = [];
  const from = date(f.from, "from");
  const to = date(f.to, "to");
  if (from && to && from > to) throw badInput(`filter.from (${from}) is after filter.to (${to})`, "filter.from");
  if (f.plan != null) {
    const id = Number(f.plan);
    if (!isSerialId(id)) throw badInput(`plan must be a plan id, got "${f.plan}"`, "filter.plan");
    where.push(sql`${a.planId} = ${id}`);
  }
  if (f.units?.length) where.push(sql`${a.organisationCode} IN ${f.units}`);
  if (f.forms?.length) where.push(sql`${a.formCode} IN ${f.forms}`);
  if (f.channel) where.push(sql`${a.channel} = ${f.channel.normalize("NFC")}`);
  if (from) where.push(sql`${a.endsOn} >= ${from}`);
  if (to) where.push(sql`${a.startsOn} <= ${to}`);
  if (f.minDays != null) {
    if (!Number.isInteger(f.minDays) || f.minDays < 1 || f.minDays > 366)
      throw badInput(`minDays must be 1–366, got ${f.minDays}`, "filter.minDays");
    where.push(sql`${a.endsOn} - ${a.startsOn} + 1 >= ${f.minDays}`);
  }
  if (f.includeDemo === false) where.push(sql`NOT ${a.isDemo}`);
  if (f.topics?.length) {
    where.push(sql`EXISTS (
      SELECT 1 FROM ${t.activityTopics} at JOIN ${t.topics} tp ON tp.code = at.topic_code
      WHERE at.activity_id = ${a.id} AND (tp.code IN ${f.topics} OR tp.parent_code IN ${f.topics}))`);
  }
  const words = (f.search ?? "").normalize("NFC").trim().split(/\s+/).filter(Boolean);
  for (const word of words.slice(0, 10)) {
    const pattern = `%${escapeLike(word)}%`;
    where.push(
      sql`(fold_vi(${a.title}) LIKE fold_vi(${pattern}) OR fold_vi(coalesce(${a.channel}, '') || ' ' || coalesce(${a.notes}, '')) LIKE fold_vi(${pattern}))`,
    );
  }
  return where;
}
