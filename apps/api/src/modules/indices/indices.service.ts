import { and, asc, type Db, eq, gte, isNull, lte, tables as t } from "@cchc/db";
import { badInput } from "../../errors";

export function listIndices(db: Db) {
  return db.select().from(t.indices).orderBy(asc(t.indices.sortOrder));
}

export async function findIndex(db: Db, code: string) {
  const [row] = await db.select().from(t.indices).where(eq(t.indices.code, code));
  return row ?? null;
}

export interface SeriesArgs {
  subject: string;
  index: string;
  component?: string | null;
  from?: number | null;
  to?: number | null;
}

/** A subject's yearly values for an index total or one component: one statement. */
export function indexSeries(db: Db, args: SeriesArgs) {
  if (args.from != null && args.to != null && args.from > args.to) throw badInput(`from (${args.from}) is after to (${args.to})`, "from");
  return db
    .select({
      year: t.indexValues.year,
      value: t.indexValues.value,
      publishedRank: t.indexValues.publishedRank,
      publishedOutOf: t.indexValues.publishedOutOf,
      status: t.indexValues.status,
      versionCode: t.indexValues.versionCode,
      sourceUrl: t.indexValues.sourceUrl,
      note: t.indexValues.note,
    })
    .from(t.indexValues)
    .where(
      and(
        eq(t.indexValues.subjectCode, args.subject),
        eq(t.indexValues.indexCode, args.index),
        args.component ? eq(t.indexValues.componentId, args.component) : isNull(t.indexValues.componentId),
        args.from != null ? gte(t.indexValues.year, args.from) : undefined,
        args.to != null ? lte(t.indexValues.year, args.to) : undefined,
      ),
    )
    .orderBy(asc(t.indexValues.year));
}
