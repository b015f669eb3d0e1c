import type { Metadata } from "next";
import { ImportForm } from "../../components/import/import-form";
import { formatDate, formatNumber } from "@cchc/schema/format";
import { gql } from "../../lib/graphql/client";
import { ImportBatchesDocument } from "../../lib/graphql/generated/graphql";
import { requirePage } from "../../lib/session";
import { Table } from "../../components/ui/data-table";
import { TableScroll } from "../../components/ui/table-scroll";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Nhập dữ liệu" };

const KIND: Record<string, string> = {
  papi: "PAPI",
  pci: "PCI",
  long: "Bảng chỉ số (mẫu dài)",
  activities: "Nhật ký hoạt động",
};

/** The Office's import page: upload, preview, confirm; the batches imported so far. */
export default async function ImportPage() {
  await requirePage("editor", "/nhap-du-lieu");
  const { importBatches } = await gql(ImportBatchesDocument, {});
  return (
    <main id="noi-dung">
      <h1>Nhập dữ liệu</h1>
      <p className="note">
        Nhận bảng kết quả chỉ số (mẫu dài: Đối tượng, Chỉ số, Chỉ số thành phần, Năm, Điểm, Xếp hạng, Nguồn), bảng PCI
        của VCCI, hoặc nhật ký hoạt động tuyên truyền. Tệp được kiểm tra trước; chỉ khi bạn xác nhận, toàn bộ tệp mới
        được ghi trong một lần — có lỗi ở bất kỳ dòng nào thì không ghi gì.{" "}
        <a href="/tai-xuong/activities.xlsx">Tải nhật ký hoạt động hiện có (XLSX)</a> — dùng làm mẫu.
      </p>
      <ImportForm />
      <h2>Các lô đã nhập</h2>
      {importBatches.length === 0 ? (
        <p className="empty">
          Chưa có lô nào. Bảng PAPI (thư mục) nhập bằng lệnh: npm run import -- ../shared/data/papi-subdims
        </p>
      ) : (
        <TableScroll label="Bảng các lô đã nhập">
          <Table
            testId="batches"
            columns={["Lô", "Loại", "Tệp", "Số dòng", "Ngày nhập", "Người nhập", "Trạng thái"]}
            rows={importBatches.map((b) => [
              b.id,
              KIND[b.kind] ?? b.kind,
              b.fileName,
              formatNumber(b.rowCount, 0),
              formatDate(b.createdAt.slice(0, 10)),
              b.createdBy,
              b.undoneAt ? `đã hoàn tác ${formatDate(b.undoneAt.slice(0, 10))}` : "đang hiệu lực",
            ])}
            keys={importBatches.map((b) => b.id)}
          />
        </TableScroll>
      )}
    </main>
  );
}
