import { asc, type Db, eq, inArray, sql, tables as t } from "@cchc/db";
import type { SubjectRow } from "./mappers";
import { planUnitPairs } from "./modules/plans/plans.service";
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

/** How each of a request's loaders is made. */
const FACTORIES = {
  region: (db: Db) =>
    one(
      (keys: readonly string[]) =>
        db
          .select()
          .from(t.regions)
          .where(inArray(t.regions.code, [...keys])),
      (r) => r.code,
    ),
  province: (db: Db) =>
    one(
      (keys: readonly string[]) =>
        db
          .select()
          .from(t.provinces)
          .where(inArray(t.provinces.code, [...keys])),
      (r) => r.code,
    ),
  successor: (db: Db) =>
    one(
      (keys: readonly string[]) =>
        db
          .select()
          .from(t.provinceCrosswalk)
          .where(inArray(t.provinceCrosswalk.oldCode, [...keys]))
          .orderBy(asc(t.provinceCrosswalk.effectiveOn)),
      (r) => r.oldCode,
    ),
  /** Subjects with a display name, province or department: one statement per batch. */
  subject: (db: Db) =>
    one(
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
  organisation: (db: Db) =>
    one(
      (keys: readonly string[]) =>
        db
          .select()
          .from(t.organisations)
          .where(inArray(t.organisations.code, [...keys])),
      (r) => r.code,
    ),
  organisationChildren: (db: Db) =>
    many(
      (keys: readonly string[]) =>
        db
          .select()
          .from(t.organisations)
          .where(inArray(t.organisations.parentCode, [...keys]))
          .orderBy(asc(t.organisations.sortOrder)),
      (r) => r.parentCode!,
    ),
  index: (db: Db) =>
    one(
      (keys: readonly string[]) =>
        db
          .select()
          .from(t.indices)
          .where(inArray(t.indices.code, [...keys])),
      (r) => r.code,
    ),
  version: (db: Db) =>
    one(
      (keys: readonly string[]) =>
        db
          .select()
          .from(t.methodologyVersions)
          .where(inArray(t.methodologyVersions.code, [...keys])),
      (r) => r.code,
    ),
  versionsOfIndex: (db: Db) =>
    many(
      (keys: readonly string[]) =>
        db
          .select()
          .from(t.methodologyVersions)
          .where(inArray(t.methodologyVersions.indexCode, [...keys]))
          .orderBy(asc(t.methodologyVersions.firstYear)),
      (r) => r.indexCode,
    ),
  component: (db: Db) =>
    one(
      (keys: readonly string[]) =>
        db
          .select()
          .from(t.indexComponents)
          .where(inArray(t.indexComponents.id, [...keys])),
      (r) => r.id,
    ),
  /** Top-level components of an index. */
  componentsOfIndex: (db: Db) =>
    many(
      (keys: readonly string[]) =>
        db
          .select()
          .from(t.indexComponents)
          .where(inArray(t.indexComponents.indexCode, [...keys]))
          .orderBy(asc(t.indexComponents.sortOrder)),
      (r) => r.indexCode,
    ),
  componentChildren: (db: Db) =>
    many(
      (keys: readonly string[]) =>
        db
          .select()
          .from(t.indexComponents)
          .where(inArray(t.indexComponents.parentId, [...keys]))
          .orderBy(asc(t.indexComponents.sortOrder)),
      (r) => r.parentId!,
    ),
  componentVersions: (db: Db) =>
    many(
      (keys: readonly string[]) =>
        db
          .select()
          .from(t.componentVersions)
          .where(inArray(t.componentVersions.componentId, [...keys])),
      (r) => r.componentId,
    ),
  topic: (db: Db) =>
    one(
      (keys: readonly string[]) =>
        db
          .select()
          .from(t.topics)
          .where(inArray(t.topics.code, [...keys])),
      (r) => r.code,
    ),
  form: (db: Db) =>
    one(
      (keys: readonly string[]) =>
        db
          .select()
          .from(t.forms)
          .where(inArray(t.forms.code, [...keys])),
      (r) => r.code,
    ),
  linkedComponents: (db: Db) =>
    many(
      (keys: readonly string[]) =>
        db
          .select({ topicCode: t.topicComponentLinks.topicCode, component: t.indexComponents })
          .from(t.topicComponentLinks)
          .innerJoin(t.indexComponents, eq(t.indexComponents.id, t.topicComponentLinks.componentId))
          .where(inArray(t.topicComponentLinks.topicCode, [...keys]))
          .orderBy(asc(t.indexComponents.indexCode), asc(t.indexComponents.sortOrder)),
      (r) => r.topicCode,
    ),
  plan: (db: Db) =>
    one(
      (keys: readonly number[]) =>
        db
          .select()
          .from(t.plans)
          .where(inArray(t.plans.id, [...keys])),
      (r) => r.id,
    ),
  planTopics: (db: Db) =>
    many(
      (keys: readonly number[]) =>
        db
          .select()
          .from(t.planTopics)
          .where(inArray(t.planTopics.planId, [...keys]))
          .orderBy(asc(t.planTopics.sortOrder)),
      (r) => r.planId,
    ),
  planForms: (db: Db) =>
    many(
      (keys: readonly number[]) =>
        db
          .select()
          .from(t.planForms)
          .where(inArray(t.planForms.planId, [...keys]))
          .orderBy(asc(t.planForms.sortOrder)),
      (r) => r.planId,
    ),
  planResponsibilities: (db: Db) =>
    many(
      (keys: readonly number[]) =>
        db
          .select()
          .from(t.planResponsibilities)
          .where(inArray(t.planResponsibilities.planId, [...keys]))
          .orderBy(asc(t.planResponsibilities.sortOrder)),
      (r) => r.planId,
    ),
  /** A plan's units (planUnitPairs: the issuer's units at any depth, and any unit with activities under it). */
  planUnits: (db: Db) =>
    many(
      (keys: readonly number[]) =>
        db
          .select({ planId: sql<number>`u.plan_id`.mapWith(Number), unit: t.organisations })
          .from(t.organisations)
          .innerJoin(sql`(${planUnitPairs(keys)}) u`, sql`u.code = ${t.organisations.code}`)
          .orderBy(asc(t.organisations.sortOrder), asc(t.organisations.code)),
      (r) => r.planId,
    ),
  activityTopics: (db: Db) =>
    many(
      (keys: readonly number[]) =>
        db
          .select()
          .from(t.activityTopics)
          .where(inArray(t.activityTopics.activityId, [...keys]))
          .orderBy(asc(t.activityTopics.topicCode)),
      (r) => r.activityId,
    ),
};

type Factories = typeof FACTORIES;
export type Loaders = { readonly [K in keyof Factories]: ReturnType<Factories[K]> };

/**
 * A request's loaders, each made on first use: most operations touch two or
 * three of them, and making all twenty-one on every request was a fifth of what a
 * small request allocated. The getters live on the prototype, defined once —
 * per-object accessors would cost an old-generation accessor pair per request.
 */
class RequestLoaders {
  private readonly made = new Map<keyof Factories, unknown>();
  constructor(private readonly db: Db) {}
  loader(name: keyof Factories): unknown {
    let made = this.made.get(name);
    if (made === undefined) {
      made = FACTORIES[name](this.db);
      this.made.set(name, made);
    }
    return made;
  }
}
for (const name of Object.keys(FACTORIES) as (keyof Factories)[]) {
  Object.defineProperty(RequestLoaders.prototype, name, {
    get(this: RequestLoaders) {
      return this.loader(name);
    },
  });
}

/** Fresh per request: loaders cache, and must not carry one user's or one moment's rows into another request. */
export function createLoaders(db: Db): Loaders {
  return new RequestLoaders(db) as unknown as Loaders;
}
