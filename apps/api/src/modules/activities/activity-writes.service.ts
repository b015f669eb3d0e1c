import { randomUUID } from "node:crypto";
import { type Db, eq, inArray, tables as t } from "@cchc/db";
import { badInput, notFound } from "../../errors";
import type { ActivityInput } from "../../generated/resolvers-types";
import { validateActivity } from "./activity-input";

const idOf = (raw: string) => {
  const id = Number(raw);
  if (!Number.isInteger(id)) throw badInput(`id must be an activity id, got "${raw}"`, "id");
  return id;
};

/** Row and topics in one transaction. The externalRef "api:<uuid>" keeps exports and re-imports stable. */
export async function createActivity(db: Db, input: ActivityInput, by: string) {
  const { columns, topics } = await validateActivity(db, input);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(t.activities)
      .values({ ...columns, externalRef: `api:${randomUUID()}`, createdBy: by, updatedBy: by })
      .returning();
    await tx.insert(t.activityTopics).values(topics.map((topicCode) => ({ activityId: row!.id, topicCode })));
    return row!;
  });
}

export async function updateActivity(db: Db, rawId: string, input: ActivityInput, by: string) {
  const id = idOf(rawId);
  const { columns, topics } = await validateActivity(db, input);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(t.activities)
      .set({ ...columns, updatedBy: by, updatedAt: new Date() })
      .where(eq(t.activities.id, id))
      .returning();
    if (!row) throw notFound(`activity ${id}`);
    await tx.delete(t.activityTopics).where(eq(t.activityTopics.activityId, id));
    await tx.insert(t.activityTopics).values(topics.map((topicCode) => ({ activityId: id, topicCode })));
    return row;
  });
}

export async function deleteActivity(db: Db, rawId: string) {
  const id = idOf(rawId);
  const [row] = await db.delete(t.activities).where(eq(t.activities.id, id)).returning({ id: t.activities.id });
  if (!row) throw notFound(`activity ${id}`);
  return String(row.id);
}

export async function setTopicComponents(db: Db, topic: string, componentIds: string[], by: string) {
  const ids = [...new Set(componentIds)];
  return db.transaction(async (tx) => {
    const [found] = await tx.select().from(t.topics).where(eq(t.topics.code, topic));
    if (!found) throw notFound(`topic ${topic}`);
    const known = ids.length
      ? await tx.select({ id: t.indexComponents.id }).from(t.indexComponents).where(inArray(t.indexComponents.id, ids))
      : [];
    const unknown = ids.filter((c) => !known.some((k) => k.id === c));
    if (unknown.length) throw badInput(`unknown component ${unknown.join(", ")}`, "components");
    await tx.delete(t.topicComponentLinks).where(eq(t.topicComponentLinks.topicCode, topic));
    if (ids.length)
      await tx
        .insert(t.topicComponentLinks)
        .values(ids.map((componentId) => ({ topicCode: topic, componentId, createdBy: by, updatedBy: by })));
    return found;
  });
}
