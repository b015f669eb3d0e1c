import { queryRows, sql } from "@cchc/db";
import { testDrivers } from "@cchc/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Started, startApi } from "./helpers";

const Q = `{ ranking(index: PAPI, year: 2023) { rows { subject { code nameVi nameEn region { code nameVi } } value } } }`;
type Rows = {
  ranking: {
    rows: {
      subject: { code: string; nameVi: string; nameEn: string | null; region: { code: string; nameVi: string } | null };
    }[];
  };
};

/**
 * The server holds every subject's names (SubjectDirectory) and checks them
 * against data_versions 'subjects' in the ranking's own statement: a write to
 * subjects, provinces, organisations or regions shows on the next request.
 */
describe.each(testDrivers())("subject names held by the server on %s", (driver) => {
  let api: Started;
  const statements: string[] = [];
  beforeAll(async () => {
    api = await startApi(driver, { onQuery: (q) => statements.push(q) });
  });
  afterAll(() => api?.close());

  const nghean = async () => {
    statements.length = 0;
    const { data, errors } = await api.gql<Rows>(Q);
    expect(errors).toBeUndefined();
    return data!.ranking.rows.find((r) => r.subject.code === "40")!.subject;
  };
  const reloads = () => statements.filter((q) => q.includes("FROM subjects s")).length;

  it("answers from the held names until they change, then reloads them once", async () => {
    expect(await nghean()).toEqual({
      code: "40",
      nameVi: "Nghệ An",
      nameEn: "Nghe An",
      region: { code: "BTB_DHMT", nameVi: "Bắc Trung Bộ và duyên hải miền Trung" },
    });
    await nghean();
    expect(reloads()).toBe(0);

    await api.handle.db.execute(sql`UPDATE provinces SET name_vi = 'Nghệ An (thử đổi tên)' WHERE code = '40'`);
    expect((await nghean()).nameVi).toBe("Nghệ An (thử đổi tên)");
    expect(reloads()).toBe(1);
    await nghean();
    expect(reloads()).toBe(0);

    await api.handle.db.execute(sql`UPDATE regions SET name_vi = 'Bắc Trung Bộ (thử)' WHERE code = 'BTB_DHMT'`);
    expect((await nghean()).region?.nameVi).toBe("Bắc Trung Bộ (thử)");
    await api.handle.db.execute(sql`UPDATE provinces SET name_vi = 'Nghệ An' WHERE code = '40'`);
    await api.handle.db.execute(
      sql`UPDATE regions SET name_vi = 'Bắc Trung Bộ và duyên hải miền Trung' WHERE code = 'BTB_DHMT'`,
    );
    expect(await nghean()).toMatchObject({
      nameVi: "Nghệ An",
      region: { nameVi: "Bắc Trung Bộ và duyên hải miền Trung" },
    });
  });

  it("moves the version once per writing statement on each of the four tables, in any replication role", async () => {
    const read = async () =>
      (
        await queryRows<{ v: number }>(
          api.handle.db,
          sql`SELECT version::int AS v FROM data_versions WHERE name = 'subjects'`,
        )
      )[0]!.v;
    let before = await read();
    for (const write of [
      sql`UPDATE provinces SET name_en = name_en`,
      sql`UPDATE regions SET sort_order = sort_order`,
      sql`UPDATE organisations SET name_vi = name_vi`,
      sql`UPDATE subjects SET kind = kind`,
    ]) {
      await api.handle.db.execute(write);
      const after = await read();
      expect(after).toBe(before + 1);
      before = after;
    }
    await api.handle.db.transaction(async (tx) => {
      await tx.execute(sql`SET LOCAL session_replication_role = replica`);
      await tx.execute(sql`UPDATE provinces SET name_en = name_en WHERE code = '40'`);
    });
    expect(await read()).toBe(before + 1);
  });
});
