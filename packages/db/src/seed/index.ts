import { eq, getTableName, sql } from "drizzle-orm";
import type { PgInsertValue, PgTable } from "drizzle-orm/pg-core";
import type { Db } from "../client";
import * as t from "../schema/index";
import { DEMO_PREFIX, demoActivities } from "./demo-activities";
import { COMPONENTS, INDICES, VERSIONS } from "./indices";
import { NGHE_AN_FIGURES, NGHE_AN_OUT_OF } from "./nghean-figures";
import { DEPARTMENT, ORGANISATIONS } from "./organisations";
import { FORMS, PLAN_88, RESPONSIBILITIES, TOPIC_LINKS, TOPICS } from "./plan-88";
import { CROSSWALK, NGHE_AN, PEER_GROUPS, PROVINCES, REGIONS } from "./provinces";

export { DEMO_PREFIX, NGHE_AN, DEPARTMENT, PLAN_88 };

export interface SeedReport {
  inserted: Record<string, number>;
}

/** The methodology version an index used in a year. */
export function versionFor(indexCode: string, year: number): string {
  const v = VERSIONS.find(
    (x) => x.indexCode === indexCode && x.firstYear <= year && (x.lastYear == null || year <= x.lastYear),
  );
  if (!v) throw new Error(`no methodology version of ${indexCode} covers ${year}`);
  return v.code;
}

/**
 * Idempotent and all-or-nothing: every insert skips rows that exist (natural
 * keys), and the whole seed is one transaction. Running it twice inserts nothing the second time.
 */
export async function seed(db: Db, options: { demo?: boolean } = {}): Promise<SeedReport> {
  const inserted: Record<string, number> = {};
  const count = (table: string, rows: unknown[]) => {
    inserted[table] = (inserted[table] ?? 0) + rows.length;
  };
  await db.transaction(async (tx) => {
    /** Insert the rows a table lacks (rows that exist by their natural key are skipped), counted by table name. */
    const insertNew = async <T extends PgTable>(table: T, rows: PgInsertValue<T>[]) =>
      count(getTableName(table), await tx.insert(table).values(rows).onConflictDoNothing().returning({ k: sql`1` }));
    await insertNew(t.regions, [...REGIONS]);
    await insertNew(t.provinces, PROVINCES);
    await insertNew(t.provinceCrosswalk, CROSSWALK);
    await insertNew(
      t.peerGroups,
      PEER_GROUPS.map(({ members: _, ...g }) => g),
    );
    await insertNew(
      t.peerGroupMembers,
      PEER_GROUPS.flatMap((g) =>
        g.members.map((m, i) => ({
          peerGroupCode: g.code,
          provinceCode: m.province,
          sortOrder: i,
          firstYear: m.firstYear ?? null,
          lastYear: m.lastYear ?? null,
        })),
      ),
    );
    await insertNew(
      t.organisations,
      ORGANISATIONS.map((o) => ({ ...o, provinceCode: NGHE_AN })),
    );
    await insertNew(t.subjects, [
      ...PROVINCES.map((p) => ({ code: p.code, kind: "province" as const, provinceCode: p.code })),
      { code: DEPARTMENT, kind: "department" as const, organisationCode: DEPARTMENT },
    ]);

    await insertNew(t.indices, INDICES);
    await insertNew(t.methodologyVersions, VERSIONS);
    await insertNew(
      t.indexComponents,
      COMPONENTS.map(({ in: _, parentId, ...c }) => ({ ...c, parentId: parentId ?? null })),
    );
    await insertNew(
      t.componentVersions,
      COMPONENTS.flatMap((c) =>
        Object.entries(c.in).map(([versionCode, [scaleMin, scaleMax]]) => ({
          componentId: c.id,
          versionCode,
          scaleMin,
          scaleMax,
        })),
      ),
    );
    await insertNew(
      t.indexValues,
      NGHE_AN_FIGURES.map((f) => ({
        subjectCode: NGHE_AN,
        indexCode: f.index,
        componentId: f.component ?? null,
        year: f.year,
        versionCode: versionFor(f.index, f.year),
        value: f.value ?? null,
        publishedRank: f.rank ?? null,
        publishedOutOf: f.rank ? NGHE_AN_OUT_OF : null,
        status: "published" as const,
        sourceUrl: f.url,
        note: f.note ?? null,
      })),
    );

    await insertNew(
      t.topics,
      TOPICS.map(([code, parentCode, shortTitleVi, titleVi], i) => ({
        code,
        parentCode,
        shortTitleVi,
        titleVi,
        sortOrder: i,
      })),
    );
    await insertNew(
      t.forms,
      FORMS.map(([code, shortNameVi, nameEn, nameVi], i) => ({ code, shortNameVi, nameEn, nameVi, sortOrder: i })),
    );
    await insertNew(
      t.topicComponentLinks,
      TOPIC_LINKS.flatMap(([topicCodes, componentIds]) =>
        topicCodes.flatMap((topicCode) => componentIds.map((componentId) => ({ topicCode, componentId }))),
      ),
    );

    const newPlan = await tx
      .insert(t.plans)
      .values({ ...PLAN_88, issuerCode: DEPARTMENT })
      .onConflictDoNothing()
      .returning({ id: t.plans.id });
    count("plans", newPlan);
    const [plan] = await tx.select({ id: t.plans.id }).from(t.plans).where(eq(t.plans.number, PLAN_88.number));
    const planId = plan!.id;
    await insertNew(
      t.planTopics,
      TOPICS.map(([topicCode, , , textVi], i) => ({ planId, topicCode, textVi, sortOrder: i })),
    );
    await insertNew(
      t.planForms,
      FORMS.map(([formCode, , , descriptionVi], i) => ({ planId, formCode, descriptionVi, sortOrder: i })),
    );
    // Responsibilities have no natural key: written once, with the plan.
    if (newPlan.length > 0) {
      count(
        "plan_responsibilities",
        await tx
          .insert(t.planResponsibilities)
          .values(RESPONSIBILITIES.map((r, i) => ({ ...r, planId, sortOrder: i })))
          .returning({ k: t.planResponsibilities.id }),
      );
    }

    if (options.demo !== false) {
      const demo = demoActivities();
      const rows = await tx
        .insert(t.activities)
        .values(
          demo.map(({ topics: _, year, ...a }) => ({
            ...a,
            planId: year === PLAN_88.year ? planId : null,
            isDemo: true,
            notes: "Dữ liệu minh họa, không phải hồ sơ thật.",
          })),
        )
        .onConflictDoNothing()
        .returning({ id: t.activities.id, externalRef: t.activities.externalRef });
      count("activities", rows);
      const idByRef = new Map(rows.map((r) => [r.externalRef, r.id]));
      const links = demo.flatMap((a) =>
        idByRef.has(a.externalRef)
          ? a.topics.map((topicCode) => ({ activityId: idByRef.get(a.externalRef)!, topicCode }))
          : [],
      );
      if (links.length > 0) await insertNew(t.activityTopics, links);
    }
  });
  return { inserted };
}

/** True when the reference data is missing (a fresh database). */
export async function needsSeed(db: Db): Promise<boolean> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(t.plans)
    .where(eq(t.plans.number, PLAN_88.number));
  return (row?.n ?? 0) === 0;
}
