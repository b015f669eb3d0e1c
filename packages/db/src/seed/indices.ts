import { readFileSync } from "node:fs";
import { z } from "zod";

/**
 * Index structures as data: ./data/indices.json holds the indices, their
 * methodology versions and their components with each version's scale, every
 * fact from ../shared/design/indices.md (which cites its sources); each index
 * and version keeps its sourceUrl, each component group the section it comes
 * from. Where a source is missing, `notes` says so instead of guessing (PAR
 * INDEX field maxima under QĐ 876 are unconfirmed, so those fields are bounded
 * by the whole index scale). Validated here, so a typo fails the seed, not a page.
 */
const text = z.string().min(1);
const scale = z.tuple([z.number(), z.number()]).refine(([min, max]) => max > min, "max must exceed min");

const Index = z.object({
  code: text,
  shortName: text,
  nameVi: text,
  nameEn: text,
  publisher: text,
  /** The unit of measure of the index's score ("%", "điểm"). */
  measureUnit: text,
  higherIsBetter: z.boolean(),
  subjectKind: z.enum(["province", "department"]),
  firstYear: z.number().int().nullable(),
  sortOrder: z.number().int(),
  sourceUrl: z.url().nullable(),
});

const Version = z.object({
  code: text,
  indexCode: text,
  nameVi: text,
  firstYear: z.number().int(),
  lastYear: z.number().int().nullable(),
  totalMin: z.number(),
  totalMax: z.number(),
  legalBasis: text.nullable(),
  sourceUrl: z.url().nullable(),
  notes: text.nullable(),
});

const Component = z.object({
  id: text,
  parentId: text.optional(),
  code: text,
  nameVi: text,
  nameEn: text,
  sortOrder: z.number().int(),
  /** The methodology versions that score it, each with its scale [min, max]. */
  in: z.record(z.string(), scale),
});

const IndexData = z.object({
  $comment: z.string(),
  indices: z.array(Index),
  versions: z.array(Version),
  componentGroups: z.array(z.object({ indexCode: text, source: text, components: z.array(Component) })),
});

const data = IndexData.parse(JSON.parse(readFileSync(new URL("./data/indices.json", import.meta.url), "utf8")));

export const INDICES = data.indices;
export const VERSIONS = data.versions;
export const COMPONENTS = data.componentGroups.flatMap((g) =>
  g.components.map((c) => ({ ...c, indexCode: g.indexCode })),
);
