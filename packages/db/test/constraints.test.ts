import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "../src/client";
import * as t from "../src/schema/index";
import { seed } from "../src/seed/index";
import { createTestDb, testDrivers } from "../src/testing";

/** The database itself refuses bad rows, whoever writes them. */
describe.each(testDrivers())("constraints on %s", (driver) => {
  let h: DbHandle;
  beforeAll(async () => {
    h = await createTestDb(driver);
    await seed(h.db, { demo: false });
  });
  afterAll(() => h?.close());

  const papi = (over: Partial<typeof t.indexValues.$inferInsert>) => ({
    subjectCode: "42",
    indexCode: "PAPI",
    componentId: "PAPI.D1",
    year: 2023,
    versionCode: "PAPI_2018",
    value: 5,
    sourceUrl: "https://papi.org.vn",
    ...over,
  });
  const reason = async (p: Promise<unknown>) => {
    try {
      await p;
    } catch (error) {
      const e = error as { cause?: { message?: string }; message: string };
      return `${e.message} ${e.cause?.message ?? ""}`;
    }
    throw new Error("expected the database to refuse the row");
  };

  it("accepts a value inside the component's scale", async () => {
    await h.db.insert(t.indexValues).values(papi({ year: 2022 }));
  });

  it("refuses a dimension score outside 1–10, naming the value and the scale", async () => {
    expect(await reason(h.db.insert(t.indexValues).values(papi({ value: 10.5 })))).toMatch(
      /10\.5.*outside the scale \[1, 10\]/,
    );
  });

  it("refuses a PAPI total over 60 under the 6-dimension methodology", async () => {
    const msg = await reason(
      h.db.insert(t.indexValues).values(papi({ componentId: null, year: 2016, versionCode: "PAPI_2011", value: 61 })),
    );
    expect(msg).toMatch(/outside the scale \[6, 60\]/);
  });

  it("refuses a component that does not exist in the value's methodology version", async () => {
    const msg = await reason(
      h.db.insert(t.indexValues).values(papi({ componentId: "PAPI.D8", year: 2016, versionCode: "PAPI_2011" })),
    );
    expect(msg).toMatch(/PAPI\.D8 is not part of methodology version PAPI_2011/);
  });

  it("refuses a second value for the same subject, index, component and year", async () => {
    await h.db.insert(t.indexValues).values(papi({ year: 2021 }));
    expect(await reason(h.db.insert(t.indexValues).values(papi({ year: 2021, value: 6 })))).toMatch(
      /index_values_one_per_year/,
    );
  });

  it("treats two totals (component null) of one year as duplicates", async () => {
    await h.db.insert(t.indexValues).values(papi({ componentId: null, year: 2020, value: 40 }));
    expect(await reason(h.db.insert(t.indexValues).values(papi({ componentId: null, year: 2020, value: 41 })))).toMatch(
      /index_values_one_per_year/,
    );
  });

  it("refuses an unknown subject", async () => {
    expect(await reason(h.db.insert(t.indexValues).values(papi({ subjectCode: "99" })))).toMatch(
      /foreign key|index_values_subject_code/,
    );
  });

  it("refuses a component of another index", async () => {
    expect(
      await reason(h.db.insert(t.indexValues).values(papi({ indexCode: "PCI", versionCode: "PCI_2013" }))),
    ).toMatch(/index_values_component_of_index|PAPI.D1 is not part of methodology version PCI_2013/);
  });

  it("refuses a value on a row marked not published (censoring is not zero)", async () => {
    expect(await reason(h.db.insert(t.indexValues).values(papi({ status: "not_published", value: 5 })))).toMatch(
      /index_values_status_matches_value/,
    );
  });

  it("refuses Vietnamese text that is not NFC", async () => {
    const nfd = "Hội nghị cải cách hành chính".normalize("NFD");
    const msg = await reason(
      h.db.insert(t.activities).values({
        organisationCode: "SKHCN_NA.VP",
        formCode: "F2",
        title: nfd,
        startsOn: "2022-03-01",
        endsOn: "2022-03-01",
      }),
    );
    expect(msg).toMatch(/activities_title_nfc/);
  });

  it("refuses an activity that ends before it starts, or negative reach", async () => {
    const base = {
      organisationCode: "SKHCN_NA.VP",
      formCode: "F2",
      title: "Hội nghị",
      startsOn: "2022-03-02",
      endsOn: "2022-03-01",
    };
    expect(await reason(h.db.insert(t.activities).values(base))).toMatch(/activities_dates/);
    expect(await reason(h.db.insert(t.activities).values({ ...base, endsOn: "2022-03-02", reach: -1 }))).toMatch(
      /activities_reach/,
    );
  });

  it("keeps the rows that were valid", async () => {
    const rows = await h.db.select().from(t.indexValues).where(eq(t.indexValues.subjectCode, "42"));
    expect(rows.map((r) => r.year).sort()).toEqual([2020, 2021, 2022]);
    expect(rows.find((r) => r.year === 2022)?.value).toBe(5);
  });
});
