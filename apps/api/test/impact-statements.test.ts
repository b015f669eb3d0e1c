import { describe, expect, it } from "vitest";
import { usePapiApi } from "./papi-panel";

/**
 * The SQL the impact ladder issues, snapshotted like sql-statements.test.ts:
 * the token check, then ONE statement reading the whole panel, whatever the
 * number of units, placebos and nested subjects asked for (the subjects'
 * names come from the server's directory; it loads once per version).
 */
const OPERATIONS: Record<string, string> = {
  impact: `{ impact(subject: "40", index: PAPI, component: "PAPI.D5", treatedFrom: 2022, comparison: ALL) {
    subject { nameVi region { nameVi } } component { id nameVi } window { from to methodologyVersion { code } }
    donors { code nameVi } dropped { subject { code } reason }
    did { estimate comparison { code } space { placebos { subject { nameVi } estimate } inference { p } }
      outcome { placebos { component { id nameVi } estimate } } verdict { level text } }
    synth { weights { subject { nameVi region { code } } weight } placebos { subject { code } ratio gaps { year gap } }
      filtered { excluded { code } } leaveOneOut { runs { without { nameVi } } } verdict { level } } } }`,
  whatIf: `{ whatIf(subject: "40", index: PAPI, year: 2023, changes: [{ component: "PAPI.D5", delta: 0.5 }]) {
    subject { nameVi } methodologyVersion { code } rankBefore rankAfter components { component { id nameVi } before after } } }`,
  rankTarget: `{ rankTarget(subject: "40", index: PAPI, year: 2023, targetRank: 10) {
    subject { nameVi } rankBefore components { component { id } delta rankReached } } }`,
};

describe("SQL statements of impact, whatIf and rankTarget (PGlite)", () => {
  let log: string[] = [];
  const api = usePapiApi("pglite", {
    onQuery: (q) => log.push(q),
    // Load the server's subject directory once, as any earlier request would have.
    setup: (api) => api.gql(`{ ranking(index: PAPI, year: 2023) { rows { subject { nameVi } } } }`),
  });

  for (const [name, query] of Object.entries(OPERATIONS))
    it(`${name} reads its data in one statement`, async () => {
      log = [];
      const { errors } = await api.gql(query);
      expect(errors).toBeUndefined();
      await expect(log.join("\n\n")).toMatchFileSnapshot(`./__sql__/${name}.sql`);
      // The token check and the one statement; nested subjects and components cost none.
      expect(log).toHaveLength(2);
    });
});
