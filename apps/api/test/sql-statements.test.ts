import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Started, startApi } from "./helpers";

/**
 * The SQL each operation issues, snapshotted next to the test (PostGraphile
 * style): an N+1 shows up in review as a longer list, and the counts below
 * must not grow with the number of rows returned.
 */
const OPERATIONS: Record<string, string> = {
  indexSeries: `{ indexSeries(subject: "40", index: PAPI) { year value publishedRank methodologyVersion { code nameVi } } }`,
  compareSeries: `{ compareSeries(subjects: ["40", "42", "38"], index: PAPI) { subject { nameVi region { nameVi } } points { year value rank methodologyVersion { code } } } }`,
  indicesTree: `{ indices { code versions { code } components { id children { id versions { scaleMax version { code } } } } } }`,
  plan: `{ plan(number: "88/SKHCN-VP") { number issuer { nameVi } topics { topic { code parent { code } linkedComponents { id } } } forms { form { code } } units { code children { code } } responsibilities { organisation { code } } } }`,
  activities500: `{ activities(first: 500) { totalCount nodes { id unit { nameVi } form { code } plan { number } topics { code } } } }`,
  activityStats: `{ activityStats(groupBy: [UNIT, FORM], period: MONTH) { period keys count reachSum } }`,
  // The same again: the rollups are now current, and the statement that reads them says so (readFresh).
  activityStatsAgain: `{ activityStats(groupBy: [UNIT, FORM], period: MONTH) { period keys count reachSum } }`,
  provinces: `{ provinces { code region { nameVi } successor { nameVi } } }`,
  subjectProfile: `{ subjectProfile(subject: "40", year: 2023) { subject { nameVi } peerGroup { members { code } } indices { index { code } total { value rank methodologyVersion { code } } components { component { nameVi } valueChange } drivers { component { id } } } } }`,
  // The same again: the subjects and the catalogue are now held by the server, at the versions the statement reads.
  subjectProfileAgain: `{ subjectProfile(subject: "40", year: 2023) { subject { nameVi } peerGroup { members { code } } indices { index { code } total { value rank methodologyVersion { code } } components { component { nameVi } valueChange } drivers { component { id } } } } }`,
  alignment: `{ alignment(subject: "40", topic: "N04", lagYears: 1) { topics { code } components { id } years { year dose components { component { id } zScore } } spearman n } }`,
  planProgress: `{ planProgress(plan: "1", asOf: "2022-06-30") { rows { unit { nameVi } form { code } delivered status } byForm { form { code } ratio } byUnit { unit { code } status } topicsWithoutActivity { code } unitsIdleThisQuarter { code } } }`,
  orientationReport: `{ orientationReport(plan: "1", year: 2022) { sections { numeral paragraphs { id text } tables { rows } } proposedTargets { form { code } quantity } } }`,
  ranking: `{ ranking(index: PAPI, year: 2023) { methodologyVersion { code } rows { subject { nameVi region { nameVi } } rank value } stats { median } } }`,
  // The same again: the subjects' names are now held by the server (SubjectDirectory), at the version the statement reads.
  rankingAgain: `{ ranking(index: PAPI, year: 2023) { methodologyVersion { code } rows { subject { nameVi region { nameVi } } rank value } stats { median } } }`,
};

describe("SQL statements per operation (PGlite)", () => {
  let api: Started;
  let log: string[] = [];
  beforeAll(async () => {
    api = await startApi("pglite", { onQuery: (q) => log.push(q) });
  });
  afterAll(() => api?.close());

  for (const [name, query] of Object.entries(OPERATIONS)) {
    it(`${name} issues a bounded set of statements`, async () => {
      log = [];
      const { errors } = await api.gql(query);
      expect(errors).toBeUndefined();
      await expect(log.join("\n\n")).toMatchFileSnapshot(`./__sql__/${name}.sql`);
      // One statement per level of nesting at most (plan is the deepest, 11 levels of loaders).
      expect(log.length).toBeLessThanOrEqual(12);
    });
  }

  it("issues the same number of statements for 5 activities as for 26", async () => {
    const q = (n: number) =>
      `{ activities(first: ${n}, filter: { from: "2022-01-01", to: "2022-12-31" }) { nodes { unit { nameVi } form { code } plan { number } topics { code } } } }`;
    log = [];
    await api.gql(q(5));
    const few = log.length;
    log = [];
    await api.gql(q(500));
    expect(log.length).toBe(few);
  });
});
