import { readFileSync } from "node:fs";
import { z } from "zod";
import { PLAN_DUTIES } from "../schema/duties";

/**
 * Kế hoạch 88/SKHCN-VP (10/02/2022) as data: ./data/plan-88.json, restored
 * from the scan in ../shared/seeds/plan-88-SKHCN-VP-2022.md (its `source`).
 * Topic (N…) and form (F…) codes are ours; the document numbers nothing below
 * section level. The default topic → component links come from
 * ../shared/design/DOMAIN.md. Validated here, so a typo fails the seed.
 */
const text = z.string().min(1);
const nfc = text.refine((s) => s === s.normalize("NFC"), "must be NFC");

const Plan88 = z.object({
  $comment: z.string(),
  source: text,
  plan: z.object({
    number: text,
    titleVi: nfc,
    issuedOn: z.iso.date(),
    issuedPlace: nfc,
    year: z.number().int(),
    implementsText: nfc,
    purposes: z.array(nfc),
    requirements: z.array(nfc),
    audience: nfc,
    signedBy: nfc,
    recipients: z.array(nfc),
    sourceNote: nfc,
  }),
  topics: z.array(
    z.object({
      code: z.string().regex(/^N\d{2}(\.\d{2})?$/),
      parentCode: text.nullable(),
      shortTitleVi: nfc,
      titleVi: nfc,
    }),
  ),
  forms: z.array(z.object({ code: z.string().regex(/^F\d$/), shortNameVi: nfc, nameEn: text, descriptionVi: nfc })),
  responsibilities: z.array(
    z.object({
      organisationCode: text.nullable(),
      appliesToAllUnits: z.boolean(),
      /** The unit's plan duty (not an access role). */
      duty: z.enum(PLAN_DUTIES),
      dutyVi: nfc,
    }),
  ),
  topicLinks: z.object({
    $comment: z.string(),
    source: text,
    links: z.array(z.object({ topics: z.array(text).min(1), components: z.array(text).min(1) })),
  }),
});

const data = Plan88.parse(JSON.parse(readFileSync(new URL("./data/plan-88.json", import.meta.url), "utf8")));

export const PLAN_88 = data.plan;

/** [code, parent, short title, full text as in plan 88]. */
export const TOPICS: [string, string | null, string, string][] = data.topics.map((t) => [
  t.code,
  t.parentCode,
  t.shortTitleVi,
  t.titleVi,
]);

/** [code, short name, English, description as in plan 88]. */
export const FORMS: [string, string, string, string][] = data.forms.map((f) => [
  f.code,
  f.shortNameVi,
  f.nameEn,
  f.descriptionVi,
]);

export const RESPONSIBILITIES = data.responsibilities;

/** Default topic → component links (DOMAIN.md table); editable later by analysts. */
export const TOPIC_LINKS: [string[], string[]][] = data.topicLinks.links.map((l) => [l.topics, l.components]);
