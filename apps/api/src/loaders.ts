import { asc, type Db, eq, inArray, sql, tables as t } from "@cchc/db";
import type { SubjectRow } from "./mappers";
import DataLoader from "dataloader";

/** One statement per batch of keys: `rows` is grouped by `keyOf` and returned in key order. */
function many<K extends string | number, R>(fetch: (keys: readonly K[]) => Promise<R[]>, keyOf: (row: R) => K) {
  return new DataLoader<K, R[]>(async (keys) => {
    const grouped = new Map<K, R[]>();
    for (const row of await fetch(keys)) {
      const k = keyOf(row);
      grouped.set(k, [...(grouped.get(k) ?? []), row]);
    }
    return keys.map((k) => grouped.get(k) ?? []);
  });
}

function one<K extends string | number, R>(fetch: (keys: readonly K[]) => Promise<R[]>, keyOf: (row: R) => K) {
  return new DataLoader<K, R | null>(async (keys) => {
    const byKey = new Map((await fetch(keys)).map((r) => [keyOf(r), r] as const));
    return keys.map((k) => byKey.get(k) ?? null);
  });
}

export function createLoaders(db: Db) {
  return {
    region: one((keys: readonly string[]) => db.select().from(t.regions).where(inArray(t.regions.code, [...keys])), (r) => r.code),
    province: one((keys: readonly string[]) => db.select().from(t.provinces).where(inArray(t.provinces.code, [...keys])), (r) => r.code),
    successor: one(
      (keys: readonly string[]) =>
        db.select().from(t.provinceCrosswalk).where(inArray(t.provinceCrosswalk.oldCode, [...keys])).orderBy(asc(t.provinceCrosswalk.effectiveOn)),
      (r) => r.oldCode,
    ),
    /** Subjects with a display name, province or department: one statement per batch. */
    subject: one(
      (keys: readonly string[]): Promise<SubjectRow[]> =>
        db
          .select({
            code: t.subjects.code,
            kind: t.subjects.kind,
            nameVi: sql<string>`coalesce(${t.provinces.nameVi}, ${t.organisations.nameVi})`,
            nameEn: sql<string | null>`coalesce(${t.provinces.nameEn}, ${t.organisations.nameEn})`,
            regionCode: t.provinces.regionCode,
          })
          .from(t.subjects)
          .leftJoin(t.provinces, eq(t.provinces.code, t.subjects.provinceCode))
          .leftJoin(t.organisations, eq(t.organisations.code, t.subjects.organisationCode))
          .where(inArray(t.subjects.code, [...keys])),
      (r) => r.code,
    ),
    organisation: one((keys: readonly string[]) => db.select().from(t.organisations).where(inArray(t.organisations.code, [...keys])), (r) => r.code),
    organisationChildren: many(
      (keys: readonly string[]) => db.select().from(t.organisations).where(inArray(t.organisations.parentCode, [...keys])).orderBy(asc(t.organisations.sortOrder)),
      (r) => r.parentCode!,
    ),
    index: one((keys: readonly string[]) => db.select().from(t.indices).where(inArray(t.indices.code, [...keys])), (r) => r.code),
    version: one((keys: readonly string[]) => db.select().from(t.methodologyVersions).where(inArray(t.methodologyVersions.code, [...keys])), (r) => r.code),
    versionsOfIndex: many(
      (keys: readonly string[]) => db.select().from(t.methodologyVersions).where(inArray(t.methodologyVersions.indexCode, [...keys])).orderBy(asc(t.methodologyVersions.firstYear)),
      (r) => r.indexCode,
    ),
    component: one((keys: readonly string[]) => db.select().from(t.indexComponents).where(inArray(t.indexComponents.id, [...keys])), (r) => r.id),
    /** Top-level components of an index. */
    componentsOfIndex: many(
      (keys: readonly string[]) => db.select().from(t.indexComponents).where(inArray(t.indexComponents.indexCode, [...keys])).orderBy(asc(t.indexComponents.sortOrder)),
      (r) => r.indexCode,
    ),
    componentChildren: many(
      (keys: readonly string[]) => db.select().from(t.indexComponents).where(inArray(t.indexComponents.parentId, [...keys])).orderBy(asc(t.indexComponents.sortOrder)),
      (r) => r.parentId!,
    ),
    componentVersions: many(
      (keys: readonly string[]) => db.select().from(t.componentVersions).where(inArray(t.componentVersions.componentId, [...keys])),
      (r) => r.componentId,
    ),
    topic: one((keys: readonly string[]) => db.select().from(t.topics).where(inArray(t.topics.code, [...keys])), (r) => r.code),
    form: one((keys: readonly string[]) => db.select().from(t.forms).where(inArray(t.forms.code, [...keys])), (r) => r.code),
    linkedComponents: many(
      (keys: readonly string[]) =>
        db
          .select({ topicCode: t.topicComponentLinks.topicCode, component: t.indexComponents })
          .from(t.topicComponentLinks)
          .innerJoin(t.indexComponents, eq(t.indexComponents.id, t.topicComponentLinks.componentId))
          .where(inArray(t.topicComponentLinks.topicCode, [...keys]))
          .orderBy(asc(t.indexComponents.indexCode), asc(t.indexComponents.sortOrder)),
      (r) => r.topicCode,
    ),
    plan: one((keys: readonly number[]) => db.select().from(t.plans).where(inArray(t.plans.id, [...keys])), (r) => r.id),
    planTopics: many(
      (keys: readonly number[]) => db.select().from(t.planTopics).where(inArray(t.planTopics.planId, [...keys])).orderBy(asc(t.planTopics.sortOrder)),
      (r) => r.planId,
    ),
    planForms: many(
      (keys: readonly number[]) => db.select().from(t.planForms).where(inArray(t.planForms.planId, [...keys])).orderBy(asc(t.planForms.sortOrder)),
      (r) => r.planId,
    ),
    planResponsibilities: many(
      (keys: readonly number[]) =>
        db.select().from(t.planResponsibilities).where(inArray(t.planResponsibilities.planId, [...keys])).orderBy(asc(t.planResponsibilities.sortOrder)),
      (r) => r.planId,
    ),
    activityTopics: many(
      (keys: readonly number[]) => db.select().from(t.activityTopics).where(inArray(t.activityTopics.activityId, [...keys])).orderBy(asc(t.activityTopics.topicCode)),
      (r) => r.activityId,
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
