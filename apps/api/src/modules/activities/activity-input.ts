import { type Db, inArray, tables as t } from "@cchc/db";
import { z } from "zod";
import { badInput, isSerialId } from "../../errors";
import type { ActivityInput } from "../../generated/resolvers-types";

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "must be YYYY-MM-DD")
  .refine((s) => !Number.isNaN(Date.parse(s)) && new Date(s).toISOString().startsWith(s), "is not a real date");
const nfc = (max: number) =>
  z
    .string()
    .trim()
    .min(1, "is empty")
    .max(max)
    .transform((s) => s.normalize("NFC"));

const schema = z
  .object({
    unit: z.string().min(1),
    form: z.string().min(1),
    topics: z.array(z.string().min(1)).min(1, "give at least one topic"),
    title: nfc(500),
    startsOn: isoDate,
    endsOn: isoDate.nullish(),
    plan: z
      .string()
      .regex(/^\d{1,10}$/, "must be a plan id")
      .refine((v) => isSerialId(Number(v)), "must be a plan id")
      .nullish(),
    channel: nfc(200).nullish(),
    audience: nfc(500).nullish(),
    participants: z.number().int().min(0, "must be ≥ 0").nullish(),
    reach: z.number().int().min(0, "must be ≥ 0").nullish(),
    url: z.url({ protocol: /^https?$/, error: "must be an http(s) address" }).nullish(),
    notes: nfc(4000).nullish(),
  })
  .refine((a) => !a.endsOn || a.endsOn >= a.startsOn, { path: ["endsOn"], message: "is before startsOn" });

/**
 * Validate an activity against the schema and the catalogues (unit, form,
 * topics, plan must exist), naming the field at fault. Returns the columns to write.
 */
export async function validateActivity(db: Db, input: ActivityInput) {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw badInput(`input.${issue.path.join(".")} ${issue.message}`, `input.${issue.path.join(".")}`);
  }
  const a = parsed.data;
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
  if (!units.length) throw badInput(`input.unit "${a.unit}" is not a unit`, "input.unit");
  if (!forms.length) throw badInput(`input.form "${a.form}" is not a form (F1…F5)`, "input.form");
  const unknown = topics.filter((c) => !known.some((k) => k.code === c));
  if (unknown.length) throw badInput(`input.topics: unknown topic ${unknown.join(", ")}`, "input.topics");
  if (!plans.length) throw badInput(`input.plan ${a.plan} is not a plan`, "input.plan");
  return {
    columns: {
      organisationCode: a.unit,
      formCode: a.form,
      title: a.title,
      startsOn: a.startsOn,
      endsOn: a.endsOn ?? a.startsOn,
      planId: a.plan ? Number(a.plan) : null,
      channel: a.channel ?? null,
      audience: a.audience ?? null,
      participants: a.participants ?? null,
      reach: a.reach ?? null,
      url: a.url ?? null,
      notes: a.notes ?? null,
    },
    topics,
  };
}
