import { type Db, queryRows, sql } from "@cchc/db";
import type { ComponentRow, PeerGroupRow, VersionRow } from "../../mappers";
import { SUBJECTS_VERSION } from "../indices/subject-names";

/** One stored value of the panel: [subject, component (null = total), year, value]. */
export type PanelTuple = [subject: string, component: string | null, year: number, value: number];

/** A province's validity, to tell which units an index ranked in a year (the 2025 merger). */
export interface ProvinceValidity {
  code: string;
  validFrom: string;
  validTo: string | null;
}

/** Everything `impact` needs from the database, read in one statement. */
export interface ImpactPanel {
  subjectsVersion: number;
  /** The subject's kind; null when no subject has that code. */
  subjectKind: "province" | "department" | null;
  /** The index's methodology versions, oldest first. */
  versions: VersionRow[];
  /** The component asked for, when it belongs to the index. */
  component: ComponentRow | null;
  /** The peer group used (asked for, or the subject's first), with its members and their survey years (null = open). */
  peerGroup: (PeerGroupRow & { members: [code: string, firstYear: number | null, lastYear: number | null][] }) | null;
  /** Topics asked for that exist (to report unknown ones). */
  knownTopics: string[];
  /** Components with the outcome's parent, linked to none of the campaign's topics: the outcome placebos. */
  placeboComponents: ComponentRow[];
  provinces: ProvinceValidity[];
  /** Values (never null: a missing value is absent) of the outcome and the placebo components, provinces only. */
  values: PanelTuple[];
}

const json = <T>(v: unknown): T => (typeof v === "string" ? JSON.parse(v) : v) as T;

const COMPONENT_JSON = sql.raw(`json_build_object('id', c.id, 'indexCode', c.index_code, 'parentId', c.parent_id,
  'code', c.code, 'nameVi', c.name_vi, 'nameEn', c.name_en, 'sortOrder', c.sort_order)`);

/**
 * One statement: the subject's kind, the index's versions, the component, the
 * peer group and its members, the outcome placebo components (siblings of the
 * outcome component that no link in topic_component_links ties to the
 * campaign's topics or their sub-topics; every topic when none is given;
 * none for the index total, whose scale differs from its components'), province validity, and every province's
 * stored values of the outcome and of those components, every year.
 */
export async function readImpactPanel(
  db: Db,
  args: { subject: string; index: string; component: string | null; peerGroup: string | null; topics: string[] | null },
): Promise<ImpactPanel> {
  const topics = args.topics ? JSON.stringify(args.topics) : null;
  const [row] = await queryRows<Record<string, unknown>>(
    db,
    sql`
    WITH outcome AS (
      SELECT c.* FROM index_components c WHERE c.id = ${args.component}::text AND c.index_code = ${args.index}
    ), campaign AS (
      SELECT t.code FROM topics t
      WHERE ${topics}::jsonb IS NULL
         OR EXISTS (SELECT 1 FROM jsonb_array_elements_text(${topics}::jsonb) a(code)
                    WHERE t.code = a.code OR t.code LIKE a.code || '.%')
    ), placebo AS (
      SELECT c.* FROM index_components c
      WHERE c.index_code = ${args.index} AND ${args.component}::text IS NOT NULL
        AND c.parent_id IS NOT DISTINCT FROM (SELECT parent_id FROM outcome)
        AND c.id IS DISTINCT FROM ${args.component}::text
        AND NOT EXISTS (SELECT 1 FROM topic_component_links l JOIN campaign k ON k.code = l.topic_code
                        WHERE l.component_id = c.id)
    ), peer AS (
      SELECT g.* FROM peer_groups g
      WHERE g.code = coalesce(${args.peerGroup}::text,
        (SELECT min(m.peer_group_code) FROM peer_group_members m WHERE m.province_code = ${args.subject}))
    )
    SELECT ${SUBJECTS_VERSION} AS "subjectsVersion",
      (SELECT kind::text FROM subjects WHERE code = ${args.subject}) AS "subjectKind",
      (SELECT json_agg(json_build_object('code', v.code, 'indexCode', v.index_code, 'nameVi', v.name_vi,
          'firstYear', v.first_year, 'lastYear', v.last_year, 'totalMin', v.total_min::float8,
          'totalMax', v.total_max::float8, 'legalBasis', v.legal_basis, 'sourceUrl', v.source_url, 'notes', v.notes)
          ORDER BY v.first_year)
       FROM methodology_versions v WHERE v.index_code = ${args.index}) AS versions,
      (SELECT ${COMPONENT_JSON} FROM outcome c) AS component,
      (SELECT json_build_object('code', g.code, 'nameVi', g.name_vi, 'description', g.description,
          'members', (SELECT coalesce(json_agg(json_build_array(m.province_code, m.first_year, m.last_year)
                        ORDER BY m.sort_order, m.province_code), '[]')
                      FROM peer_group_members m WHERE m.peer_group_code = g.code))
       FROM peer g) AS "peerGroup",
      (SELECT coalesce(json_agg(t.code), '[]') FROM topics t
       WHERE t.code IN (SELECT jsonb_array_elements_text(coalesce(${topics}::jsonb, '[]')))) AS "knownTopics",
      (SELECT coalesce(json_agg(${COMPONENT_JSON} ORDER BY c.sort_order, c.id), '[]') FROM placebo c) AS "placeboComponents",
      (SELECT json_agg(json_build_object('code', p.code, 'validFrom', p.valid_from::text, 'validTo', p.valid_to::text))
       FROM provinces p) AS provinces,
      (SELECT coalesce(json_agg(json_build_array(v.subject_code, v.component_id, v.year, v.value::float8)), '[]')
       FROM index_values v JOIN subjects s ON s.code = v.subject_code AND s.kind = 'province'
       WHERE v.index_code = ${args.index} AND v.value IS NOT NULL
         AND (v.component_id IS NOT DISTINCT FROM ${args.component}::text OR v.component_id IN (SELECT id FROM placebo))
      ) AS values`,
  );
  const r = row!;
  return {
    subjectsVersion: Number(r.subjectsVersion),
    subjectKind: (r.subjectKind as ImpactPanel["subjectKind"]) ?? null,
    versions: json<VersionRow[] | null>(r.versions) ?? [],
    component: json<ComponentRow | null>(r.component),
    peerGroup: json<ImpactPanel["peerGroup"]>(r.peerGroup),
    knownTopics: json<string[]>(r.knownTopics),
    placeboComponents: json<ComponentRow[]>(r.placeboComponents),
    provinces: json<ProvinceValidity[] | null>(r.provinces) ?? [],
    values: json<PanelTuple[]>(r.values),
  };
}
