import type { Band } from "../charts/chart-kit";
import { PlaceboGapChart } from "../charts/placebo-gap-chart";
import { PlaceboRatioChart } from "../charts/placebo-ratio-chart";
import { SynthSeriesChart } from "../charts/synth-series-chart";
import { DataTable } from "../ui/data-table";
import { FilterForm } from "../ui/filter-form";
import { SelectField } from "../ui/select-field";
import { UrlNotice } from "../ui/url-notice";
import { formatNumber, formatSigned } from "@cchc/schema/format";
import { GraphQLRequestError, gql } from "../../lib/graphql/client";
import {
  ImpactChoicesDocument,
  type ImpactChoicesQuery,
  ImpactDocument,
  type ImpactQuery,
  type IndexCode,
} from "../../lib/graphql/generated/graphql";
import {
  COMPARISON_LABEL,
  COMPARISONS,
  gapLines,
  IMPACT_KEYS,
  impactChoice,
  MIN_PRE_YEARS,
  ratioBars,
  seriesLines,
  treatmentYears,
  weightRows,
} from "../../lib/impact";
import type { SearchParams } from "../../lib/params";
import { ImpactFigures } from "./impact-figures";

/** The indices with a provincial panel to compare across (PAPI 2011–2024, PCI 2005–2016). */
const PANEL_INDICES: IndexCode[] = ["PAPI", "PCI"];
/** The Department's plan 88/SKHCN-VP is of 2022: the default start year. */
const DEFAULT_START = 2022;

export interface ImpactPanelProps {
  subject: string;
  q: SearchParams;
  /** The page's path: the panel's form submits to it. */
  action: string;
  /** The page's other filters, carried along as hidden fields. */
  keep: Record<string, string | number | null | undefined>;
  /** /chi-so/[index]: the index is the route's. */
  fixedIndex?: IndexCode;
  bands?: Band[];
}

/**
 * "Đánh giá mức cải thiện": did the subject's index (or a component) move
 * more than its comparison group after the start year? The synthetic control
 * and its placebos, the donor weights, DiD and peer-relative figures and the
 * verdict, all as the API gives them.
 */
export async function ImpactPanel({ subject, q, action, keep, fixedIndex, bands = [] }: ImpactPanelProps) {
  const choice = impactChoice(q, {
    indices: PANEL_INDICES,
    defaultIndex: "PAPI",
    fixedIndex,
    defaultYear: DEFAULT_START,
  });
  const problems = [...choice.problems];
  const index = choice.index as IndexCode;
  let choices = await gql(ImpactChoicesDocument, { subject, index, component: choice.component });
  let component = choice.component;
  if (component && !choices.impactIndex?.components.some((c) => c.id === component)) {
    problems.push(`Không có thành phần “${component.slice(0, 40)}” của ${index}; đang đánh giá tổng điểm.`);
    component = null;
    choices = await gql(ImpactChoicesDocument, { subject, index, component: null });
  }
  const years = treatmentYears(choices.impactSeries);
  let treatedFrom = choice.treatedFrom;
  if (years.length > 0 && !years.includes(treatedFrom)) {
    const used = years.includes(DEFAULT_START) ? DEFAULT_START : years[years.length - 1]!;
    problems.push(
      `Năm bắt đầu ${treatedFrom} không dùng được cho ${index} (cần ít nhất ${MIN_PRE_YEARS} năm trước cùng phương pháp; có thể chọn ${years[0]}–${years[years.length - 1]}); đang hiển thị ${used}.`,
    );
    treatedFrom = used;
  }
  const hidden = Object.entries(keep).filter(([, v]) => v != null && v !== "");
  const what = whatName(choices, component);
  return (
    <section className="panel impact" data-testid="impact-panel" aria-labelledby="danh-gia-muc-cai-thien">
      <h2 id="danh-gia-muc-cai-thien">Đánh giá mức cải thiện</h2>
      <p className="note">
        So sánh chuyển động của {what} ở {choices.subject?.nameVi ?? subject} từ năm bắt đầu với các tỉnh so sánh: đơn
        vị tổng hợp, khác biệt kép và thay đổi so với nhóm. Các phép so sánh cho biết mức thay đổi có khác dao động
        thông thường hay không, không quy kết nguyên nhân.
      </p>
      <FilterForm action={action} label="Chọn chỉ số, năm bắt đầu và nhóm so sánh để đánh giá">
        {!fixedIndex && (
          <SelectField
            label="Chỉ số"
            name={IMPACT_KEYS.index}
            value={index}
            options={PANEL_INDICES.map((c) => ({ value: c, label: c }))}
          />
        )}
        <SelectField
          label="Thành phần"
          name={IMPACT_KEYS.component}
          value={component ?? ""}
          options={[
            { value: "", label: "Tổng điểm" },
            ...(choices.impactIndex?.components ?? []).map((c) => ({ value: c.id, label: c.nameVi })),
          ]}
        />
        <SelectField
          label="Năm bắt đầu"
          name={IMPACT_KEYS.treatedFrom}
          value={treatedFrom}
          options={[...years].reverse().map((y) => ({ value: y, label: y }))}
        />
        <SelectField
          label="Nhóm so sánh"
          name={IMPACT_KEYS.comparison}
          value={choice.comparison}
          options={COMPARISONS.map((c) => ({ value: c, label: COMPARISON_LABEL[c] }))}
        />
        {hidden.map(([k, v]) => (
          <input key={k} type="hidden" name={k} value={String(v)} />
        ))}
      </FilterForm>
      <UrlNotice problems={problems} />
      {years.length === 0 ? (
        <p className="empty" data-testid="impact-empty">
          {choices.subject?.nameVi ?? subject} chưa có đủ số liệu {what}: cần ít nhất {MIN_PRE_YEARS + 1} năm liền cùng
          phương pháp.
        </p>
      ) : (
        <ImpactResultView
          subject={subject}
          subjectName={choices.subject?.nameVi ?? subject}
          index={index}
          component={component}
          what={what}
          treatedFrom={treatedFrom}
          comparison={choice.comparison}
          bands={bands}
        />
      )}
    </section>
  );
}

function whatName(choices: ImpactChoicesQuery, component: string | null): string {
  const name = choices.impactIndex?.shortName ?? choices.impactIndex?.code ?? "";
  const c = choices.impactIndex?.components.find((x) => x.id === component);
  return c ? `${name} — ${c.nameVi}` : name;
}

async function ImpactResultView({
  subject,
  subjectName,
  index,
  component,
  what,
  treatedFrom,
  comparison,
  bands,
}: {
  subject: string;
  subjectName: string;
  index: IndexCode;
  component: string | null;
  what: string;
  treatedFrom: number;
  comparison: (typeof COMPARISONS)[number];
  bands: Band[];
}) {
  let impact: ImpactQuery["impact"];
  try {
    ({ impact } = await gql(ImpactDocument, { subject, index, component, treatedFrom, comparison }));
  } catch (error) {
    if (!(error instanceof GraphQLRequestError)) throw error;
    return (
      <p className="empty" data-testid="impact-refused">
        Chưa đánh giá được: {error.message}
      </p>
    );
  }
  const s = impact.synth;
  const lines = seriesLines(s.series);
  // The subject is the first of the placebo units; the grey lines are the others.
  const others = s.placebos.filter((p) => p.subject.code !== subject);
  const gaps = gapLines(s.series, others);
  const bars = ratioBars(s.placebos, subject);
  const weights = weightRows(s.weights);
  return (
    <>
      <ImpactFigures impact={impact} subjectName={subjectName} />
      <div className="grid2">
        <div>
          <h3>{subjectName} và đơn vị tổng hợp</h3>
          <div className="chart-box">
            <SynthSeriesChart
              title={what}
              subjectName={subjectName}
              years={lines.years}
              actual={lines.actual}
              synthetic={lines.synthetic}
              gaps={lines.gaps}
              treatedFrom={treatedFrom}
              bands={bands}
            />
          </div>
          <DataTable
            caption={`${what}: ${subjectName} và đơn vị tổng hợp theo năm`}
            testId="impact-series-table"
            columns={["Năm", subjectName, "Đơn vị tổng hợp", "Chênh lệch"]}
            rows={s.series.map((p) => [
              p.year,
              formatNumber(p.actual, 4),
              formatNumber(p.synthetic, 4),
              formatSigned(p.gap, 4),
            ])}
          />
        </div>
        <div>
          <h3>Chênh lệch so với đơn vị tổng hợp và các giả dược</h3>
          <div className="chart-box">
            <PlaceboGapChart
              title={what}
              subjectName={subjectName}
              years={gaps.years}
              subject={gaps.subject}
              placebos={gaps.placebos}
              treatedFrom={treatedFrom}
            />
          </div>
          <DataTable
            caption={`Chênh lệch so với đơn vị tổng hợp theo năm: ${subjectName} và ${gaps.placebos.length} tỉnh giả dược`}
            testId="impact-gap-table"
            columns={["Tỉnh", ...gaps.years.map(String)]}
            keys={[subject, ...gaps.placebos.map((p) => p.code)]}
            highlight={subject}
            rows={[
              [subjectName, ...gaps.subject.map((g) => formatSigned(g, 3))],
              ...gaps.placebos.map((p) => [p.name, ...p.values.map((g) => formatSigned(g, 3))]),
            ]}
          />
        </div>
        <div>
          <h3>Tỷ số sai số sau/trước: {subjectName} giữa các giả dược</h3>
          <div className="chart-box">
            <PlaceboRatioChart title={what} bars={bars} />
          </div>
          <DataTable
            caption="Tỷ số RMSPE sau/trước của từng tỉnh, lớn nhất trước"
            testId="impact-placebo-table"
            columns={["Hạng", "Tỉnh", "RMSPE trước", "RMSPE sau", "Tỷ số"]}
            keys={bars.map((b) => b.code)}
            highlight={subject}
            rows={bars.map((b, i) => {
              const p = s.placebos.find((x) => x.subject.code === b.code)!;
              return [
                i + 1,
                b.name,
                formatNumber(p.preRmspe, 4),
                formatNumber(p.postRmspe, 4),
                formatNumber(b.ratio, 3),
              ];
            })}
          />
        </div>
        <div>
          <h3>Trọng số của các tỉnh trong đơn vị tổng hợp</h3>
          <DataTable
            caption={`Trọng số (tổng 100%) của ${weights.rows.length} tỉnh có trọng số`}
            testId="impact-weights-table"
            columns={["Tỉnh", "Trọng số"]}
            keys={weights.rows.map((w) => w.code)}
            rows={weights.rows.map((w) => [w.name, w.text])}
            open
          />
          {weights.hidden > 0 && <p className="note">{weights.hidden} tỉnh so sánh khác có trọng số dưới 0,05%.</p>}
        </div>
      </div>
    </>
  );
}
