import type { Metadata } from "next";
import Link from "next/link";
import type { Band } from "../../components/charts/chart-kit";
import { DoseChart } from "../../components/charts/dose-chart";
import { IndexSeriesChart } from "../../components/charts/index-series-chart";
import { DataTable, Table } from "../../components/ui/data-table";
import { FilterForm } from "../../components/ui/filter-form";
import { SelectField, TopicSelect } from "../../components/ui/select-field";
import { formatDate, formatNumber } from "@cchc/schema/format";
import { GraphQLRequestError, gql } from "../../lib/graphql/client";
import { CampaignsDocument, type CampaignsQuery } from "../../lib/graphql/generated/graphql";
import { titleFor } from "../../lib/page-title";
import { ignored, int, one, type SearchParams } from "../../lib/params";
import { UrlNotice } from "../../components/ui/url-notice";
import { methodologyBreaks, withMergerBreaks } from "../../lib/series";
import { eraChanges } from "../../lib/merger";
import { outOfLabel, rankAxisMax, rankText, shownRank } from "../../lib/figures";
import { AlignmentView } from "./alignment-view";
import { ImpactPanel } from "../../components/impact/impact-panel";
import { HiddenParams, paramsOf } from "../../components/ui/hidden-params";
import { IMPACT_KEYS } from "../../lib/impact";

export const dynamic = "force-dynamic";
/** The years a campaign period can span: the indices' panel years and the current ones. */
const YEARS = Array.from({ length: 2025 - 2011 + 1 }, (_, i) => ({ value: 2011 + i, label: 2011 + i }));
const SERIES = [
  ["PAR_INDEX", "par"],
  ["SIPAS", "sipas"],
  ["PAPI", "papi"],
  ["PCI", "pci"],
] as const;
const FORM_COLOUR: Record<string, string> = {
  F1: "#2e6db4",
  F2: "#d08a1e",
  F3: "#4f9a52",
  F4: "#8a5cb8",
  F5: "#c2455d",
};

export async function generateMetadata({ searchParams }: { searchParams: Promise<SearchParams> }): Promise<Metadata> {
  return { title: await titleFor("Chiến dịch & chỉ số", await searchParams) };
}

export default async function CampaignsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const q = await searchParams;
  const subject = one(q, "subject") ?? "40";
  const fromYear = int(q, "from", 2021, 2005, 2100);
  const toYear = Math.max(fromYear, int(q, "to", 2024, 2005, 2100));
  const askedTopic = one(q, "topic") ?? "N04";
  const lag = int(q, "lag", 1, 0, 3);
  const load = (topic: string) =>
    gql(CampaignsDocument, { subject, from: `${fromYear}-01-01`, to: `${toYear}-12-31`, topic, lag });
  // A topic the API does not know (a typo in a shared link): the default topic, and a message naming the typo.
  let topic = askedTopic;
  let data: CampaignsQuery;
  try {
    data = await load(topic);
  } catch (error) {
    if (!(error instanceof GraphQLRequestError) || topic === "N04") throw error;
    topic = "N04";
    data = await load(topic);
  }
  const years = Array.from({ length: toYear - fromYear + 1 }, (_, i) => fromYear + i);
  const bands: Band[] = data.campaigns.nodes.map((c) => ({
    from: c.startsOn,
    to: c.endsOn,
    label: c.title,
    colour: FORM_COLOUR[c.form.code],
  }));
  const formName = new Map(data.forms.map((f) => [f.code, f.shortNameVi]));
  const dose = data.forms.map((f) => ({
    form: f.code,
    label: f.shortNameVi,
    months: data.dose
      .filter((g) => g.keys[0] === f.code && g.periodStart)
      .map((g) => ({ periodStart: g.periodStart!, count: g.count })),
  }));
  const monthTotals = new Map<string, Map<string, number>>();
  for (const g of data.dose)
    if (g.periodStart)
      monthTotals.set(g.periodStart, (monthTotals.get(g.periodStart) ?? new Map()).set(g.keys[0] ?? "", g.count));

  return (
    <main id="noi-dung">
      <h1>Chiến dịch tuyên truyền và các chỉ số — {data.subject?.nameVi ?? "không rõ tỉnh"}</h1>
      <FilterForm action="/chien-dich" label="Chọn giai đoạn, chủ đề và độ trễ">
        <SelectField label="Từ năm" name="from" value={fromYear} options={YEARS} />
        <SelectField label="Đến năm" name="to" value={toYear} options={YEARS} />
        <TopicSelect topics={data.topics} value={topic} />
        <label>
          Độ trễ (năm)
          <select name="lag" defaultValue={lag}>
            {[0, 1, 2, 3].map((l) => (
              <option key={l} value={l}>
                {l}
              </option>
            ))}
          </select>
        </label>
        <input type="hidden" name="subject" value={subject} />
        <HiddenParams q={q} keys={Object.values(IMPACT_KEYS)} />
      </FilterForm>
      <UrlNotice
        problems={[
          !data.subject && `Không tìm thấy tỉnh “${subject.slice(0, 40)}”.`,
          askedTopic !== topic && `Không có chủ đề “${askedTopic.slice(0, 40)}”; đang hiển thị ${topic}.`,
          ...(
            [
              ["from", "Từ năm", fromYear],
              ["to", "Đến năm", toYear],
              ["lag", "Độ trễ", lag],
            ] as const
          ).map(([key, label, used]) => {
            const asked = ignored(q, key, used);
            return asked && `${label} “${asked}” không dùng được; đang hiển thị ${used}.`;
          }),
        ]}
      />

      <h2>Hoạt động mỗi tháng theo hình thức</h2>
      {data.dose.length === 0 ? (
        <p className="empty">
          Chưa có hoạt động nào trong {fromYear}–{toYear}. Nhập nhật ký hoạt động ở trang{" "}
          <Link href="/nhap-du-lieu">Nhập dữ liệu</Link>.
        </p>
      ) : (
        <section className="panel">
          <div className="chart-box">
            <DoseChart fromYear={fromYear} toYear={toYear} series={dose} bands={bands} />
          </div>
          <p className="note">
            Dải màu nhạt: {formatNumber(data.campaigns.totalCount, 0)} đợt chiến dịch (hoạt động kéo dài từ 7 ngày),
            theo màu hình thức.
          </p>
          <DataTable
            caption="Số hoạt động mỗi tháng theo hình thức"
            testId="dose-table"
            columns={["Tháng", ...data.forms.map((f) => f.shortNameVi), "Tổng"]}
            rows={[...monthTotals.entries()]
              .sort(([a], [b]) => a.localeCompare(b))
              .map(([month, byForm]) => [
                formatDate(month).slice(3),
                ...data.forms.map((f) => byForm.get(f.code) ?? 0),
                [...byForm.values()].reduce((a, b) => a + b, 0),
              ])}
          />
          <CampaignTable campaigns={data.campaigns.nodes} formName={formName} />
        </section>
      )}

      <h2>Các chỉ số trên cùng trục thời gian</h2>
      <div className="grid2">
        {SERIES.map(([code, key]) => (
          <IndexPanel key={code} data={data} code={code} series={data[key]} years={years} bands={bands} />
        ))}
      </div>

      <h2>Mức độ phù hợp giữa chủ đề tuyên truyền và chỉ số thành phần</h2>
      <AlignmentView
        alignment={data.alignment}
        lag={lag}
        topicName={data.topics.find((t) => t.code === topic)?.shortTitleVi ?? topic}
      />

      <ImpactPanel
        subject={subject}
        q={q}
        action="/chien-dich"
        keep={paramsOf(q, ["subject", "from", "to", "topic", "lag"])}
        bands={bands}
      />
    </main>
  );
}

function IndexPanel({
  data,
  code,
  series,
  years,
  bands,
}: {
  data: CampaignsQuery;
  code: string;
  series: CampaignsQuery["papi"];
  years: number[];
  bands: Band[];
}) {
  const index = data.indices.find((i) => i.code === code);
  const name = index?.shortName ?? code;
  const inRange = series.filter((p) => years.includes(p.year));
  const byYear = new Map(inRange.map((p) => [p.year, p]));
  return (
    <section className="panel" data-testid={`campaign-index-${code}`}>
      <strong>{name}</strong>
      {inRange.length === 0 ? (
        <p className="empty">Chưa có số liệu {name} trong giai đoạn này.</p>
      ) : (
        <>
          <div className="chart-box small">
            <IndexSeriesChart
              testId="campaign-index-chart"
              title={name}
              measureUnit={index?.measureUnit ?? ""}
              years={years}
              values={years.map((y) => byYear.get(y)?.value ?? null)}
              ranks={years.map((y) => shownRank(byYear.get(y))?.rank ?? null)}
              rankLabels={years.map((y) => rankText(byYear.get(y)))}
              outOf={rankAxisMax(years.map((y) => shownRank(byYear.get(y)))) ?? 1}
              outOfText={outOfLabel(years.map((y) => shownRank(byYear.get(y))))}
              breaks={withMergerBreaks(methodologyBreaks(inRange), eraChanges(data.provinceEras), years)}
              bands={bands}
            />
          </div>
          <DataTable
            caption={`${name} theo năm`}
            columns={["Năm", "Điểm", "Thứ hạng"]}
            rows={years.map((y) => [y, formatNumber(byYear.get(y)?.value, 4), rankText(byYear.get(y))])}
          />
        </>
      )}
    </section>
  );
}

function CampaignTable({
  campaigns,
  formName,
}: {
  campaigns: CampaignsQuery["campaigns"]["nodes"];
  formName: Map<string, string>;
}) {
  if (campaigns.length === 0) return null;
  return (
    <details>
      <summary>Danh sách đợt chiến dịch ({campaigns.length})</summary>
      <Table
        testId="campaign-table"
        columns={["Hoạt động", "Hình thức", "Bắt đầu", "Kết thúc"]}
        rows={campaigns.map((c) => [c.title, formName.get(c.form.code), formatDate(c.startsOn), formatDate(c.endsOn)])}
        keys={campaigns.map((c) => c.id)}
      />
    </details>
  );
}
