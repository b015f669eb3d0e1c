import { asc, type Db, desc, eq, tables as t } from "@cchc/db";
import { badInput, isSerialId } from "../../errors";

export function listPlans(db: Db) {
  return db.select().from(t.plans).orderBy(desc(t.plans.year), desc(t.plans.issuedOn));
}

export async function findPlan(db: Db, by: { id?: string | null; number?: string | null }) {
  if (!by.id === !by.number) throw badInput("give exactly one of id or number", "id");
  const id = by.id ? Number(by.id) : null;
  if (id !== null && !isSerialId(id)) throw badInput(`plan id must be an integer, got "${by.id}"`, "id");
  const [row] = await db
    .select()
    .from(t.plans)
    .where(id !== null ? eq(t.plans.id, id) : eq(t.plans.number, by.number!));
  return row ?? null;
}

export const listForms = (db: Db) => db.select().from(t.forms).orderBy(asc(t.forms.sortOrder));
export const listTopics = (db: Db) => db.select().from(t.topics).orderBy(asc(t.topics.sortOrder));
