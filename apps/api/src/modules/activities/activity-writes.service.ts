import { randomUUID } from "node:crypto";
import { type Actor, asc, type Db, eq, inArray, recordAudit, tables as t } from "@cchc/db";
import { badInput, isSerialId, notFound } from "../../errors";
import type { ActivityInput } from "../../generated/resolvers-types";
import { validateActivity } from "./activity-input";

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
type ActivityRow = typeof t.activities.$inferSelect;

const idOf = (raw: string) => {
  const id = Number(raw);
  if (!isSerialId(id)) throw badInput(`id must be an activity id, got "${raw}"`, "id");
  return id;
};

/** What the audit trail keeps of an activity: its fields and topic codes (not who/when, the event says that). */
const snapshot = (row: ActivityRow, topics: readonly string[]) => ({
  title: row.title,
  startsOn: row.startsOn,
  endsOn: row.endsOn,
  unit: row.organisationCode,
  form: row.formCode,
  plan: row.planId,
  channel: row.channel,
  audience: row.audience,
  participants: row.participants,
  reach: row.reach,
  url: row.url,
  notes: row.notes,
  topics: [...topics].sort(),
});

/** The activity and its topics as they are now, locked until the transaction ends; null when missing. */
async function current(tx: Tx, id: number) {
  const [row] = await tx.select().from(t.activities).where(eq(t.activities.id, id)).for("update");
  if (!row) return null;
  const topics = await tx
    .select({ code: t.activityTopics.topicCode })
    .from(t.activityTopics)
    .where(eq(t.activityTopics.activityId, id));
  return snapshot(
    row,
    topics.map((x) => x.code),
  );
}

/** Row and topics in one transaction. The externalRef "api:<uuid>" keeps exports and re-imports stable. */
export async function createActivity(db: Db, input: ActivityInput, actor: Actor) {
  const { columns, topics } = await validateActivity(db, input);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(t.activities)
      .values({ ...columns, externalRef: `api:${randomUUID()}`, createdBy: actor.name, updatedBy: actor.name })
      .returning();
    await tx.insert(t.activityTopics).values(topics.map((topicCode) => ({ activityId: row!.id, topicCode })));
    await recordAudit(tx, actor, {
      operation: "createActivity",
      entity: "activity",
      entityId: row!.id,
      after: snapshot(row!, topics),
    });
    return row!;
  });
}

export async function updateActivity(db: Db, rawId: string, input: ActivityInput, actor: Actor) {
  const id = idOf(rawId);
  const { columns, topics } = await validateActivity(db, input);
  return db.transaction(async (tx) => {
    const before = await current(tx, id);
    if (!before) throw notFound(`activity ${id}`);
    const [row] = await tx
      .update(t.activities)
      .set({ ...columns, updatedBy: actor.name, updatedAt: new Date() })
      .where(eq(t.activities.id, id))
      .returning();
    await tx.delete(t.activityTopics).where(eq(t.activityTopics.activityId, id));
    await tx.insert(t.activityTopics).values(topics.map((topicCode) => ({ activityId: id, topicCode })));
    await recordAudit(tx, actor, {
      operation: "updateActivity",
      entity: "activity",
      entityId: id,
      before,
      after: snapshot(row!, topics),
    });
    return row!;
  });
}

export async function deleteActivity(db: Db, rawId: string, actor: Actor) {
  const id = idOf(rawId);
  return db.transaction(async (tx) => {
    const before = await current(tx, id);
    if (!before) throw notFound(`activity ${id}`);
    await tx.delete(t.activities).where(eq(t.activities.id, id));
    await recordAudit(tx, actor, { operation: "deleteActivity", entity: "activity", entityId: id, before });
    return String(id);
  });
}

/** Replaces a topic's links to index components; the event keeps the component ids before and after. */
export async function setTopicComponents(db: Db, topic: string, componentIds: string[], actor: Actor) {
  const ids = [...new Set(componentIds)];
  return db.transaction(async (tx) => {
    const [found] = await tx.select().from(t.topics).where(eq(t.topics.code, topic));
    if (!found) throw notFound(`topic ${topic}`);
    const known = ids.length
      ? await tx.select({ id: t.indexComponents.id }).from(t.indexComponents).where(inArray(t.indexComponents.id, ids))
      : [];
    const unknown = ids.filter((c) => !known.some((k) => k.id === c));
    if (unknown.length) throw badInput(`unknown component ${unknown.join(", ")}`, "components");
    const linked = await tx
      .select({ id: t.topicComponentLinks.componentId })
      .from(t.topicComponentLinks)
      .where(eq(t.topicComponentLinks.topicCode, topic))
      .orderBy(asc(t.topicComponentLinks.componentId));
    await tx.delete(t.topicComponentLinks).where(eq(t.topicComponentLinks.topicCode, topic));
    if (ids.length)
      await tx
        .insert(t.topicComponentLinks)
        .values(
          ids.map((componentId) => ({ topicCode: topic, componentId, createdBy: actor.name, updatedBy: actor.name })),
        );
    await recordAudit(tx, actor, {
      operation: "setTopicComponents",
      entity: "topic",
      entityId: topic,
      before: { components: linked.map((x) => x.id) },
      after: { components: [...ids].sort() },
    });
    return found;
  });
}
