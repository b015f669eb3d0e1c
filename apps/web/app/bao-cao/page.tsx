import type { Metadata } from "next";
import { FilterForm } from "../../components/ui/filter-form";
import { planOptions, SelectField } from "../../components/ui/select-field";
import { gql } from "../../lib/graphql/client";
import { PlanListDocument, ReportDocument } from "../../lib/graphql/generated/graphql";
import { int, one, type SearchParams } from "../../lib/params";
import { currentViewer, roleAtLeast } from "../../lib/session";
import { ReportEditor } from "./report-editor";

export const dynamic = "force-dynamic";

export async function generateMetadata({ searchParams }: { searchParams: Promise<SearchParams> }): Promise<Metadata> {
  return { title: `Báo cáo năm ${one(await searchParams, "year") ?? ""}`.trim() };
}

/** The year-end report with next-year orientation, generated from the data, editable, as DOCX or print. */
export default async function ReportPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const q = await searchParams;
  const { plans } = await gql(PlanListDocument, {});
  if (plans.length === 0)
    return (
      <main id="noi-dung">
        <h1>Báo cáo năm</h1>
        <p className="empty">Chưa có kế hoạch nào để lập báo cáo.</p>
      </main>
    );
  const plan = one(q, "plan") ?? plans.find((p) => p.year < new Date().getFullYear())?.id ?? plans[0]!.id;
  const planYear = plans.find((p) => p.id === plan)?.year ?? plans[0]!.year;
  const year = int(q, "year", planYear, 2000, 2100);
  const data = await gql(ReportDocument, { plan, year });
  const viewer = await currentViewer();
  return (
    <main id="noi-dung">
      <h1 className="no-print">
        Báo cáo kết quả năm {year} và định hướng năm {year + 1}
      </h1>
      <div className="no-print">
        <FilterForm action="/bao-cao" label="Chọn kế hoạch và năm">
          <SelectField label="Kế hoạch" name="plan" value={plan} options={planOptions(data.plans)} />
          <label>
            Năm báo cáo
            <input type="number" name="year" defaultValue={year} min={2000} max={2100} />
          </label>
        </FilterForm>
        <p className="note">
          Mọi con số lấy từ cùng các truy vấn của bảng điều khiển. Câu nói về quan hệ giữa tuyên truyền và chỉ số chỉ
          nêu sự tương quan, không kết luận nguyên nhân. Sửa từng đoạn trực tiếp bên dưới trước khi tải DOCX.
        </p>
      </div>
      <ReportEditor
        key={`${plan}-${year}`}
        report={data.orientationReport}
        plan={plan}
        year={year}
        canDraft={viewer != null && roleAtLeast(viewer.role, "editor")}
      />
    </main>
  );
}
