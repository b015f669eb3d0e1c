import type { Metadata } from "next";
import Link from "next/link";
import { DataTable } from "../../components/ui/data-table";
import { FilterForm } from "../../components/ui/filter-form";
import { planOptions, SelectField } from "../../components/ui/select-field";
import { StatusLight } from "../../components/ui/status-light";
import { formatDate, formatNumber } from "@cchc/schema/format";
import { gql } from "../../lib/graphql/client";
import {
  MonitoringDocument,
  PlanListDocument,
  type ProgressRowFieldsFragment,
} from "../../lib/graphql/generated/graphql";
import { hrefWith, one, type SearchParams } from "../../lib/params";
import { currentViewer, roleAtLeast } from "../../lib/session";
import styles from "./monitoring.module.css";
import { TargetsForm } from "./targets-form";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Theo dõi thực hiện kế hoạch" };
const ISO = /^\d{4}-\d{2}-\d{2}$/;

const unitName = (u: ProgressRowFieldsFragment["unit"]) => (u ? (u.shortNameVi ?? u.nameVi) : "Toàn Sở");
const pct = (r: ProgressRowFieldsFragment) => (r.ratio == null ? "—" : `${formatNumber(r.ratio * 100, 0)}%`);
const target = (r: ProgressRowFieldsFragment) =>
  r.target == null ? "—" : `${formatNumber(r.targetToDate, 1)} / ${formatNumber(r.target, 0)}`;

export default async function MonitoringPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const q = await searchParams;
  const { plans } = await gql(PlanListDocument, {});
  if (plans.length === 0)
    return (
      <main id="noi-dung">
        <h1>Theo dõi thực hiện kế hoạch</h1>
        <p className="empty">Chưa có kế hoạch nào. Nhập kế hoạch tuyên truyền CCHC của năm để theo dõi.</p>
      </main>
    );
  const plan = one(q, "plan") ?? plans[0]!.id;
  const asOfParam = one(q, "asOf");
  const data = await gql(MonitoringDocument, { plan, asOf: asOfParam && ISO.test(asOfParam) ? asOfParam : null });
  const p = data.planProgress;
  const viewer = await currentViewer();
  const canEdit = viewer != null && roleAtLeast(viewer.role, "editor");
  const formName = new Map(data.forms.map((f) => [f.code, f.shortNameVi]));
  const current: Record<string, number> = {};
  for (const t of p.plan.targets)
    current[`${t.unit?.code ?? "*"}|${t.form.code}`] =
      (current[`${t.unit?.code ?? "*"}|${t.form.code}`] ?? 0) + t.quantity;
  // The API returns the totals in the catalogue's order (forms F1…F5, units as listed).
  const { byForm, byUnit } = p;
  const behind = byUnit.filter((r) => r.status === "FAR_BEHIND" || r.status === "BEHIND");
  // Without any target every light would be grey: the tables show what was done, and the page asks for targets.
  const hasTargets = p.plan.targets.length > 0;

  return (
    <main id="noi-dung">
      <h1>
        Theo dõi thực hiện Kế hoạch {p.plan.number} — đến ngày {formatDate(p.asOf)}
      </h1>
      <FilterForm action="/theo-doi" label="Chọn kế hoạch và ngày">
        <SelectField label="Kế hoạch" name="plan" value={plan} options={planOptions(data.plans)} />
        <label>
          Đến ngày
          <input type="date" name="asOf" defaultValue={p.asOf} />
        </label>
      </FilterForm>
      <p className="note" data-testid="rule">
        Quy tắc: {p.rule}
      </p>
      <p>
        Tải xuống: <a href={`/tai-xuong/plan-progress.xlsx?plan=${plan}&asOf=${p.asOf}`}>theo dõi (XLSX)</a> ·{" "}
        <a href={`/tai-xuong/plan.docx?plan=${plan}`}>kế hoạch (DOCX)</a> ·{" "}
        {canEdit && (
          <>
            <Link href={`/ke-hoach/${plan}`}>Sửa kế hoạch</Link> ·{" "}
          </>
        )}
        Báo cáo năm: <Link href={hrefWith("/bao-cao", { plan })}>Báo cáo kết quả và định hướng</Link>
      </p>

      {!hasTargets && (
        <section className={`panel ${styles.callout}`} data-testid="no-targets" aria-labelledby="no-targets-title">
          <h2 id="no-targets-title">Kế hoạch chưa có chỉ tiêu</h2>
          {canEdit ? (
            <p>
              Chưa đặt chỉ tiêu số lượng nên chưa đánh giá được tiến độ: bảng dưới chỉ đếm hoạt động đã thực hiện. Đặt
              chỉ tiêu năm {p.plan.year} cho từng đơn vị và hình thức để có đèn xanh, vàng, đỏ.{" "}
              <a href="#chi-tieu" className={styles.cta}>
                Đặt chỉ tiêu
              </a>
            </p>
          ) : (
            <p>
              Văn phòng Sở chưa đặt chỉ tiêu cho kế hoạch này, nên chưa đánh giá được tiến độ (đạt hay chậm). Bảng dưới
              chỉ đếm hoạt động đã thực hiện.
            </p>
          )}
        </section>
      )}

      {behind.length > 0 && (
        <p className="panel" data-testid="behind">
          <strong>Đơn vị chậm so với chỉ tiêu đến ngày:</strong>{" "}
          {behind
            .map((r) => `${unitName(r.unit)} (${r.delivered}/${formatNumber(r.targetToDate, 1)}, ${pct(r)})`)
            .join("; ")}
          .
        </p>
      )}

      <div className="grid2">
        <section className="panel">
          <h3>Theo hình thức</h3>
          <ProgressTable
            testId="by-form"
            rows={byForm}
            label={(r) => formName.get(r.form?.code ?? "") ?? ""}
            first="Hình thức"
            withTargets={hasTargets}
          />
        </section>
        <section className="panel">
          <h3>Theo đơn vị</h3>
          <ProgressTable
            testId="by-unit"
            rows={byUnit}
            label={(r) => unitName(r.unit)}
            first="Đơn vị"
            withTargets={hasTargets}
          />
        </section>
      </div>

      <h2>Chi tiết đơn vị × hình thức</h2>
      {p.rows.length === 0 ? (
        <p className="empty">
          Chưa có hoạt động nào ghi theo kế hoạch này và chưa đặt chỉ tiêu. Nhập nhật ký hoạt động (trang Nhập dữ liệu)
          hoặc đặt chỉ tiêu bên dưới.
        </p>
      ) : (
        <DataTable
          caption="Đã thực hiện / chỉ tiêu đến ngày theo đơn vị và hình thức"
          testId="cells"
          open
          columns={
            hasTargets
              ? ["Đơn vị", "Hình thức", "Đã thực hiện", "Chỉ tiêu đến ngày / cả kỳ", "Tỷ lệ", "Trạng thái"]
              : ["Đơn vị", "Hình thức", "Đã thực hiện"]
          }
          rows={p.rows.map((r) =>
            hasTargets
              ? [
                  unitName(r.unit),
                  formName.get(r.form?.code ?? "") ?? "",
                  r.delivered,
                  target(r),
                  pct(r),
                  <StatusLight key="s" status={r.status} />,
                ]
              : [unitName(r.unit), formName.get(r.form?.code ?? "") ?? "", r.delivered],
          )}
        />
      )}

      <div className="grid2">
        <section className="panel" data-testid="idle-topics">
          <h3>Nội dung chưa có hoạt động</h3>
          {p.topicsWithoutActivity.length === 0 ? (
            <p>Mọi nội dung của kế hoạch đã có hoạt động.</p>
          ) : (
            <ul>
              {p.topicsWithoutActivity.map((t) => (
                <li key={t.code}>
                  {t.code} — {t.shortTitleVi}
                </li>
              ))}
            </ul>
          )}
        </section>
        <section className="panel" data-testid="idle-units">
          <h3>Đơn vị chưa có hoạt động trong quý</h3>
          {p.unitsIdleThisQuarter.length === 0 ? (
            <p>Đơn vị nào cũng đã có hoạt động trong quý.</p>
          ) : (
            <ul>
              {p.unitsIdleThisQuarter.map((u) => (
                <li key={u.code}>{u.shortNameVi ?? u.nameVi}</li>
              ))}
            </ul>
          )}
        </section>
      </div>

      <h2 id="chi-tieu">Chỉ tiêu</h2>
      {canEdit ? (
        <TargetsForm
          plan={plan}
          year={p.plan.year}
          units={p.plan.units.map((u) => ({ code: u.code, name: u.shortNameVi ?? u.nameVi }))}
          forms={data.forms.map((f) => ({ code: f.code, name: f.shortNameVi }))}
          current={current}
          hasPeriodTargets={p.plan.targets.some(
            (t) => t.periodStart.slice(5) !== "01-01" || t.periodEnd.slice(5) !== "12-31",
          )}
        />
      ) : (
        <p className="note" data-testid="targets-readonly">
          Chỉ tiêu do Văn phòng Sở (quyền biên tập) nhập.
        </p>
      )}
    </main>
  );
}

function ProgressTable({
  rows,
  label,
  first,
  testId,
  withTargets,
}: {
  rows: ProgressRowFieldsFragment[];
  label: (r: ProgressRowFieldsFragment) => string;
  first: string;
  testId: string;
  /** Without any target the target, ratio and status columns would all be empty or grey: left out. */
  withTargets: boolean;
}) {
  if (rows.length === 0) return <p className="empty">Chưa có số liệu.</p>;
  return (
    <table className="data" data-testid={testId}>
      <thead>
        <tr>
          <th>{first}</th>
          <th>Đã thực hiện</th>
          {withTargets && (
            <>
              <th>Chỉ tiêu đến ngày / cả kỳ</th>
              <th>Tỷ lệ</th>
              <th className="text">Trạng thái</th>
            </>
          )}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={`${r.unit?.code}|${r.form?.code}`}>
            <td>{label(r)}</td>
            <td>{r.delivered}</td>
            {withTargets && (
              <>
                <td>{target(r)}</td>
                <td>{pct(r)}</td>
                <td className="text">
                  <StatusLight status={r.status} />
                </td>
              </>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
