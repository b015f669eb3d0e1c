import { type Db, inArray, tables as t } from "@cchc/db";
import { z } from "zod";
import {
  ACTIVITY_FIELD_KEYS,
  ACTIVITY_FIELDS,
  type ActivityColumn,
  type ActivityValueType,
  activityDatesProblem,
  activityProblem,
} from "@cchc/import";
import { badInput, isSerialId } from "../../errors";
import type { ActivityInput } from "../../generated/resolvers-types";

type Parsed = {
  [K in (typeof INPUT_KEYS)[number]]: K extends "topics"
    ? string[]
    : K extends "participants" | "reach"
      ? number | null
      : string | null;
} & { unit: string; form: string; title: string; startsOn: string };

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "must be YYYY-MM-DD")
  .refine((s) => !Number.isNaN(Date.parse(s)) && new Date(s).toISOString().startsWith(s), "is not a real date");
/** Text as the import reads it: NFC, trimmed; blank is absent (the column rule says whether that is allowed). */
const text = z.string().transform((s) => s.normalize("NFC").trim() || null);

/** Each value type's shape; the limits and required fields are the column table's rule, applied after. */
const SHAPE: Record<ActivityValueType, z.ZodType> = {
  text,
  url: text,
  code: text,
  date: isoDate,
  count: z.number().int(),
  codes: z.array(z.string().min(1)),
  plan: z
    .string()
    .regex(/^\d{1,10}$/, "must be a plan id")
    .refine((v) => isSerialId(Number(v)), "must be a plan id"),
};

/** The API's input fields: every column of the activity row but the import's key ("Mã"). */
const INPUT_KEYS = ACTIVITY_FIELD_KEYS.filter((k) => k !== "ref");

/** Derived from the column table (@cchc/import): the same rule, the same Vietnamese reason as an import row. */
const schema = z
  .object(Object.fromEntries(INPUT_KEYS.map((k) => [k, SHAPE[ACTIVITY_FIELDS[k].type].nullish()])))
  .superRefine((a, ctx) => {
    for (const k of INPUT_KEYS) {
      const problem = activityProblem(k, a[k]);
      if (problem) ctx.addIssue({ code: "custom", path: [k], message: problem });
    }
    const dates = activityDatesProblem(a.startsOn as string, a.endsOn as string | null);
    if (dates) ctx.addIssue({ code: "custom", path: ["endsOn"], message: dates });
  });

/** "Tiêu đề (input.title): dài 501 ký tự, tối đa 500 (BAD_USER_INPUT)": the column's header, the field, the reason. */
const refusal = (key: string, reason: string) => {
  const column = (ACTIVITY_FIELDS as Record<string, ActivityColumn | undefined>)[key];
  return badInput(`${column ? `${column.header} ` : ""}(input.${key}): ${reason} (BAD_USER_INPUT)`, `input.${key}`);
};

/**
 * Validate an activity against the schema and the catalogues (unit, form,
 * topics, plan must exist), naming the field at fault. Returns the columns to write.
 */
export async function validateActivity(db: Db, input: ActivityInput) {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw refusal(issue.path.join("."), issue.message);
  }
  const a = parsed.data as Parsed;
  const topics = [...new Set(a.topics)];
  const [units, forms, known, plans] = await Promise.all([
    db
      .select({ code: t.organisations.code })
      .from(t.organisations)
      .where(inArray(t.organisations.code, [a.unit])),
    db
      .select({ code: t.forms.code })
      .from(t.forms)
      .where(inArray(t.forms.code, [a.form])),
    db.select({ code: t.topics.code }).from(t.topics).where(inArray(t.topics.code, topics)),
    a.plan
      ? db
          .select({ id: t.plans.id })
          .from(t.plans)
          .where(inArray(t.plans.id, [Number(a.plan)]))
      : Promise.resolve([{ id: 0 }]),
  ]);
  if (!units.length) throw refusal("unit", `unknown unit "${a.unit}"`);
  if (!forms.length) throw refusal("form", `unknown form "${a.form}" (F1…F5)`);
  const unknown = topics.filter((c) => !known.some((k) => k.code === c));
  if (unknown.length) throw refusal("topics", `unknown topic "${unknown.join('", "')}"`);
  if (!plans.length) throw refusal("plan", `unknown plan "${a.plan}"`);
  const value = (k: (typeof INPUT_KEYS)[number]) =>
    k === "plan" ? (a.plan ? Number(a.plan) : null) : k === "endsOn" ? (a.endsOn ?? a.startsOn) : (a[k] ?? null);
  return {
    /** By the activities table's property names, as the import's update writes them. */
    columns: Object.fromEntries(
      INPUT_KEYS.filter((k) => ACTIVITY_FIELDS[k].sql !== null).map((k) => [ACTIVITY_FIELDS[k].record, value(k)]),
    ) as unknown as Omit<typeof t.activities.$inferInsert, "externalRef"> & {
      organisationCode: string;
      formCode: string;
      title: string;
      startsOn: string;
      endsOn: string;
    },
    topics,
  };
}
