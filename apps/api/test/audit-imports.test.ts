import { testDrivers } from "@cchc/db/testing";
import { describe, expect, it } from "vitest";
import { auditedEditor } from "./audit-harness";

/**
 * An import, and its undo, leave one audit event for the whole file, in the import's transaction:
 * counts, kind and file name, never the rows. (Edits: audit-writes.test.ts.)
 */
describe.each(testDrivers())("each import leaves one audit event on %s", (driver) => {
  const { gql, oneEvent, newEvents, markSeen, upload } = auditedEditor(driver);

  it("commitImport and undoImport: counts, kind and file name, never the rows", async () => {
    const csv =
      "Đối tượng,Chỉ số,Năm,Điểm,Nguồn\nNghệ An,SIPAS,2022,85.5,https://x.vn\nHà Tĩnh,SIPAS,2022,84,https://x.vn\n";
    const id = await upload("sipas-2022.csv", csv);
    await markSeen();
    await gql(`mutation { previewImport(upload: "${id}") { rows } }`);
    expect(await newEvents()).toEqual([]);

    const commit = await gql(
      `mutation { commitImport(upload: "${id}") { rows insert update unchanged batch { id } } }`,
    );
    const { batch: made, ...counts } = commit.data.commitImport;
    const batch = made.id;
    expect(counts.insert + counts.update).toBe(2);
    const e1 = await oneEvent(commit.requestId);
    expect(e1).toMatchObject({ operation: "commitImport", entity: "import_batch", entityId: batch, before: null });
    expect(e1.after).toEqual({
      kind: "long",
      fileName: "sipas-2022.csv",
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      ...counts,
    });
    expect(JSON.stringify(e1.after)).not.toContain("85.5");

    const undo = await gql(`mutation { undoImport(batch: "${batch}") { deleted restored } }`);
    const e2 = await oneEvent(undo.requestId);
    expect(e2).toMatchObject({
      operation: "undoImport",
      entity: "import_batch",
      entityId: batch,
      before: {
        kind: "long",
        fileName: "sipas-2022.csv",
        counts: { insert: counts.insert, update: counts.update, unchanged: counts.unchanged },
        undoneAt: null,
      },
      after: {
        kind: "long",
        fileName: "sipas-2022.csv",
        deleted: counts.insert,
        restored: counts.update,
        undoneAt: expect.any(String),
      },
    });
  });

  it("commitImport of an activity log: one event for the whole file, written in the import's transaction", async () => {
    const csv =
      'Ngày bắt đầu,Đơn vị,Hình thức,Nội dung,Tiêu đề\n10/03/2022,Văn phòng Sở,"Hội nghị, tập huấn",N03,Tập huấn một cửa\n12/03/2022,Văn phòng Sở,"Hội nghị, tập huấn",N03,Tập huấn liên thông\n';
    const id = await upload("nhat-ky.csv", csv);
    await markSeen();
    const commit = await gql(`mutation { commitImport(upload: "${id}") { kind insert batch { id } } }`);
    expect(commit.data.commitImport).toMatchObject({ kind: "ACTIVITIES", insert: 2 });
    const e = await oneEvent(commit.requestId);
    expect(e).toMatchObject({
      operation: "commitImport",
      entity: "import_batch",
      entityId: commit.data.commitImport.batch.id,
      after: { kind: "activities", fileName: "nhat-ky.csv", rows: 2, insert: 2, update: 0, unchanged: 0 },
    });
    expect(JSON.stringify(e.after)).not.toContain("Tập huấn");
  });
});
