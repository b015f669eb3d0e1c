import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  boolean,
  check,
  date,
  integer,
  pgTable,
  primaryKey,
  serial,
  smallint,
  text,
  unique,
} from "drizzle-orm/pg-core";
import { auditColumns, isNfc } from "./columns";
import { PLAN_DUTIES, type PlanDuty } from "./duties";
import { indexComponents } from "./indices";
import { organisations } from "./organisations";

/**
 * The catalogue of propaganda topics (nội dung tuyên truyền). Codes N01…N04.15
 * are ours (plan 88 numbers nothing below section level) and stay the same
 * across years, so activities and topic → component links compare across plans.
 */
export const topics = pgTable(
  "topics",
  {
    code: text().primaryKey(),
    parentCode: text().references((): AnyPgColumn => topics.code),
    titleVi: text().notNull(),
    shortTitleVi: text().notNull(),
    sortOrder: smallint().notNull().default(0),
  },
  (t) => [check("topics_title_vi_nfc", isNfc(t.titleVi)), check("topics_short_title_vi_nfc", isNfc(t.shortTitleVi))],
);

/** Forms of propaganda (hình thức): F1 press/website … F5 guide documents/videos. */
export const forms = pgTable(
  "forms",
  {
    code: text().primaryKey(),
    nameVi: text().notNull(),
    shortNameVi: text().notNull(),
    nameEn: text().notNull(),
    sortOrder: smallint().notNull().default(0),
  },
  (t) => [check("forms_name_vi_nfc", isNfc(t.nameVi))],
);

/** A yearly plan (kế hoạch), e.g. 88/SKHCN-VP of 10/02/2022. */
export const plans = pgTable(
  "plans",
  {
    id: serial().primaryKey(),
    number: text().notNull().unique(),
    titleVi: text().notNull(),
    issuerCode: text()
      .notNull()
      .references(() => organisations.code),
    issuedOn: date().notNull(),
    issuedPlace: text(),
    year: smallint().notNull(),
    parentPlanId: integer().references((): AnyPgColumn => plans.id),
    implementsText: text(),
    purposes: text().array().notNull().default(sql`'{}'::text[]`),
    requirements: text().array().notNull().default(sql`'{}'::text[]`),
    audience: text(),
    signedBy: text(),
    recipients: text().array().notNull().default(sql`'{}'::text[]`),
    sourceNote: text(),
    ...auditColumns,
  },
  (t) => [check("plans_title_vi_nfc", isNfc(t.titleVi)), check("plans_year", sql`${t.year} BETWEEN 2000 AND 2100`)],
);

/** A topic as worded in one plan; the tree follows the catalogue. */
export const planTopics = pgTable(
  "plan_topics",
  {
    planId: integer()
      .notNull()
      .references(() => plans.id, { onDelete: "cascade" }),
    topicCode: text()
      .notNull()
      .references(() => topics.code),
    textVi: text().notNull(),
    sortOrder: smallint().notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.planId, t.topicCode] }), check("plan_topics_text_vi_nfc", isNfc(t.textVi))],
);

/** A form as described in one plan. */
export const planForms = pgTable(
  "plan_forms",
  {
    planId: integer()
      .notNull()
      .references(() => plans.id, { onDelete: "cascade" }),
    formCode: text()
      .notNull()
      .references(() => forms.code),
    descriptionVi: text().notNull(),
    sortOrder: smallint().notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.planId, t.formCode] }),
    check("plan_forms_description_vi_nfc", isNfc(t.descriptionVi)),
  ],
);

/**
 * Who does what under a plan (§III): the unit's plan duty (`duty`, column
 * renamed from `role` by migration 0017) and its wording (`dutyVi`). A duty may
 * name one unit, or apply to every unit of the Department (appliesToAllUnits)
 * as §III.2–3 of plan 88 do.
 */
export const planResponsibilities = pgTable(
  "plan_responsibilities",
  {
    id: serial().primaryKey(),
    planId: integer()
      .notNull()
      .references(() => plans.id, { onDelete: "cascade" }),
    organisationCode: text().references(() => organisations.code),
    appliesToAllUnits: boolean().notNull().default(false),
    duty: text().$type<PlanDuty>().notNull(),
    dutyVi: text().notNull(),
    sortOrder: smallint().notNull().default(0),
  },
  (t) => [
    check("plan_responsibilities_duty_vi_nfc", isNfc(t.dutyVi)),
    check("plan_responsibilities_duty", sql`${t.duty} IN (${sql.raw(PLAN_DUTIES.map((d) => `'${d}'`).join(", "))})`),
    check("plan_responsibilities_target", sql`(${t.organisationCode} IS NOT NULL) <> ${t.appliesToAllUnits}`),
  ],
);

/** Optional quantity target per form / unit / period (e.g. F1, Trung tâm Thông tin, Q2: 6 bài). */
export const planTargets = pgTable(
  "plan_targets",
  {
    id: serial().primaryKey(),
    planId: integer()
      .notNull()
      .references(() => plans.id, { onDelete: "cascade" }),
    formCode: text()
      .notNull()
      .references(() => forms.code),
    organisationCode: text().references(() => organisations.code),
    periodStart: date().notNull(),
    periodEnd: date().notNull(),
    quantity: integer().notNull(),
    ...auditColumns,
  },
  (t) => [
    unique("plan_targets_one_per_cell").on(t.planId, t.formCode, t.organisationCode, t.periodStart).nullsNotDistinct(),
    check("plan_targets_period", sql`${t.periodEnd} >= ${t.periodStart}`),
    check("plan_targets_quantity", sql`${t.quantity} >= 0`),
  ],
);

/** Which index components a topic aims at (editable; seeded with DOMAIN.md's defaults). */
export const topicComponentLinks = pgTable(
  "topic_component_links",
  {
    topicCode: text()
      .notNull()
      .references(() => topics.code, { onDelete: "cascade" }),
    componentId: text()
      .notNull()
      .references(() => indexComponents.id, { onDelete: "cascade" }),
    ...auditColumns,
  },
  (t) => [primaryKey({ columns: [t.topicCode, t.componentId] })],
);
