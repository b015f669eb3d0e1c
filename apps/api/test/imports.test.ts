import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { createServiceToken } from "@cchc/db";
import { testDrivers } from "@cchc/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Started, startApi } from "./helpers";

const PCI = resolve(import.meta.dirname, "../../../../shared/data/pci-vcci-2005-2016/pci_2005_2016_tidy_canonical.csv");
const REPORT =
  "kind files rows insert update unchanged committed rejected { row column reason } changes { target field from to } batch { id fileName createdBy }";

describe.each(testDrivers())("imports over HTTP on %s", (driver) => {
  let api: Started;
  let editor: string;
  let viewer: string;
  beforeAll(async () => {
    api = await startApi(driver);
    editor = (await createServiceToken(api.handle.db, { name: "Văn phòng Sở", role: "editor", createdBy: "test" }))
      .token;
    viewer = (await createServiceToken(api.handle.db, { name: "Lãnh đạo", role: "viewer", createdBy: "test" })).token;
  });
  afterAll(() => api?.close());

  const base = () => api.url.replace(/\/graphql$/, "");
  async function upload(body: string | Buffer, name: string, token = editor) {
    return fetch(`${base()}/uploads?name=${encodeURIComponent(name)}`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}` },
      body,
    });
  }
  async function gql(query: string, token?: string) {
    const res = await fetch(api.url, {
      method: "POST",
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query }),
    });
    return (await res.json()) as {
      data?: Record<string, any>;
      errors?: { message: string; extensions: Record<string, any> }[];
    };
  }

  it("refuses uploads without an editor token", async () => {
    expect((await upload("x", "a.csv", "cchc_nope")).status).toBe(401);
    expect((await upload("x", "a.csv", viewer)).status).toBe(403);
  });

  it("previews, commits and undoes the PCI file, as the editor", async () => {
    const { id } = (await (await upload(readFileSync(PCI), "pci_2005_2016.csv")).json()) as { id: string };
    const preview = await gql(`mutation { previewImport(upload: "${id}") { ${REPORT} } }`, editor);
    expect(preview.errors).toBeUndefined();
    expect(preview.data!.previewImport).toMatchObject({
      kind: "PCI",
      files: ["pci_2005_2016.csv"],
      committed: false,
      rejected: [],
      batch: null,
    });
    expect(preview.data!.previewImport.insert).toBeGreaterThan(7000);
    expect(preview.data!.previewImport.changes).toContainEqual({
      target: "PCI tổng 2016 — Nghệ An",
      field: "value",
      from: "null",
      to: "59.44548797607422",
    });

    const commit = await gql(`mutation { commitImport(upload: "${id}") { ${REPORT} } }`, editor);
    expect(commit.data!.commitImport).toMatchObject({
      committed: true,
      batch: { fileName: "pci_2005_2016.csv", createdBy: expect.stringContaining("Văn phòng Sở") },
    });
    const batch = commit.data!.commitImport.batch.id;
    const series = await gql(
      `{ indexSeries(subject: "40", index: PCI, from: 2016, to: 2016) { value publishedRank } }`,
      viewer,
    );
    expect(series.data!.indexSeries).toEqual([{ value: 59.44548797607422, publishedRank: 25 }]);

    const undone = await gql(
      `mutation { undoImport(batch: "${batch}") { deleted restored batch { undoneAt } } }`,
      editor,
    );
    expect(undone.data!.undoImport.deleted).toBeGreaterThan(7000);
    expect(undone.data!.undoImport.restored).toBe(3);
    const after = await gql(
      `{ indexSeries(subject: "40", index: PCI, from: 2016, to: 2016) { value publishedRank } }`,
      viewer,
    );
    expect(after.data!.indexSeries).toEqual([{ value: null, publishedRank: 25 }]);
  });

  it("takes ImportKind as the importer's word: LONG reads the file as the long template, PAPI is refused", async () => {
    const csv = "Đối tượng,Chỉ số,Năm,Điểm,Nguồn\nNghệ An,SIPAS,2022,85,https://x.vn\n";
    const { id } = (await (await upload(csv, "sipas.csv")).json()) as { id: string };
    const long = await gql(
      `mutation { previewImport(upload: "${id}", kind: LONG) { kind rows rejected { reason } } }`,
      editor,
    );
    expect(long.errors).toBeUndefined();
    expect(long.data!.previewImport).toEqual({ kind: "LONG", rows: 1, rejected: [] });
    const papi = await gql(`mutation { previewImport(upload: "${id}", kind: PAPI) { kind } }`, editor);
    expect(papi.errors![0]!.extensions.code).toBe("BAD_USER_INPUT");
    expect(papi.errors![0]!.message).toMatch(/import it with the CLI/);
  });

  it("refuses a file with a bad row as a whole, with the report in the error", async () => {
    const csv =
      "Đối tượng,Chỉ số,Năm,Điểm,Nguồn\nNghệ An,SIPAS,2022,85;9,https://x.vn\nHà Tĩnh,SIPAS,2022,84,https://x.vn\n";
    const { id } = (await (await upload(csv, "sipas.csv")).json()) as { id: string };
    const res = await gql(`mutation { commitImport(upload: "${id}") { committed } }`, editor);
    expect(res.errors![0]!.extensions.code).toBe("BAD_USER_INPUT");
    expect(res.errors![0]!.extensions.report.rejected).toEqual([
      { row: 2, column: "Điểm", reason: '"85;9" is not a number (use 85,92 or 85.92)' },
    ]);
    const sipas = await gql(`{ indexSeries(subject: "42", index: SIPAS) { year } }`, viewer);
    expect(sipas.data!.indexSeries).toEqual([]);
  });

  it("answers UNAUTHENTICATED without a token and FORBIDDEN for a viewer, writing nothing", async () => {
    const anon = await gql(`mutation { undoImport(batch: "1") { deleted } }`);
    expect(anon.errors![0]!.extensions.code).toBe("UNAUTHENTICATED");
    const forbidden = await gql(
      `mutation { previewImport(upload: "00000000-0000-0000-0000-000000000000") { rows } }`,
      viewer,
    );
    expect(forbidden.errors![0]!.extensions.code).toBe("FORBIDDEN");
    const revoked = await gql(`{ indices { code } }`, "cchc_unknown");
    expect(revoked.errors![0]!.extensions.code).toBe("UNAUTHENTICATED");
  });
});
