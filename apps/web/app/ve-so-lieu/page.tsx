import type { Metadata } from "next";
import Link from "next/link";
import { DataTable } from "../../components/ui/data-table";
import { formatDay, formatNumber, upperFirst } from "@cchc/schema/format";
import { valueStatusLabel } from "@cchc/schema/vocabulary";
import { gql } from "../../lib/graphql/client";
import { DataCoverageDocument, type DataCoverageQuery } from "../../lib/graphql/generated/graphql";
import { one, type SearchParams } from "../../lib/params";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Về số liệu" };

type Row = DataCoverageQuery["dataCoverage"][number];

/**
 * Về số liệu: for every index and year, how many provinces have a score, only
 * a rank, or nothing; where the figures come from, which import wrote them and
 * when they last changed. Leadership sees what the figures rest on; the Office
 * sees what is still to import.
 */
export default async function DataAboutPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const subject = one(await searchParams, "subject") ?? "40";
  const data = await gql(DataCoverageDocument, { subject });
  const name = data.subject?.nameVi ?? subject;
  const byIndex = new Map<string, Row[]>();
  for (const r of data.dataCoverage) byIndex.set(r.index.code, [...(byIndex.get(r.index.code) ?? []), r]);
  return (
    <main id="noi-dung">
      <h1>Về số liệu</h1>
      <p>
        Mỗi chỉ số, mỗi năm: bao nhiêu tỉnh đã có điểm, bao nhiêu chỉ có thứ hạng công bố, bao nhiêu còn thiếu; số liệu
        lấy từ đâu, lô nhập nào ghi vào và thay đổi lần cuối khi nào. Thứ hạng trên các trang là thứ hạng công bố khi
        có; nếu không, là thứ hạng tính từ điểm của các tỉnh có số liệu năm đó (ghi “tính từ số liệu”), trên số tỉnh có
        số liệu — vì vậy mẫu số có năm nhỏ hơn số tỉnh của năm đó. Từ năm 2025 các tỉnh được xếp hạng là các tỉnh sau
        sắp xếp đơn vị hành chính, nên thứ hạng trước và sau không so “tăng/giảm bậc” mà so phân vị. Ngày công bố của
        từng tài liệu chưa được lưu trong dữ liệu.
      </p>
      {byIndex.size === 0 && (
        <p className="empty">
          Chưa có số liệu chỉ số nào. Nhập bảng kết quả chính thức ở trang{" "}
          <Link href="/nhap-du-lieu">Nhập dữ liệu</Link>.
        </p>
      )}
      {[...byIndex.values()].map((rows) => {
        const first = Math.min(
          ...(data.indices.find((i) => i.code === rows[0]!.index.code)?.versions ?? []).map((v) => v.firstYear),
        );
        return (
          <IndexCoverage
            key={rows[0]!.index.code}
            rows={rows}
            subjectName={name}
            firstYear={Number.isFinite(first) ? first : null}
          />
        );
      })}
      {data.indices.some((i) => !byIndex.has(i.code)) && (
        <section className="panel" style={{ marginTop: "1rem" }} data-testid="coverage-none">
          <h2 style={{ marginTop: 0 }}>Chỉ số chưa có số liệu nào</h2>
          <ul>
            {data.indices
              .filter((i) => !byIndex.has(i.code))
              .map((i) => (
                <li key={i.code}>
                  {i.shortName} — {i.nameVi} ({i.publisher}
                  {i.subjectKind === "DEPARTMENT" ? ", chấm điểm các sở, ngành" : ""}): chưa nhập năm nào.
                </li>
              ))}
          </ul>
        </section>
      )}
    </main>
  );
}

function IndexCoverage({
  rows,
  subjectName,
  firstYear,
}: {
  rows: Row[];
  subjectName: string;
  /** The first year of the index's first methodology version: years from then without figures are gaps. */
  firstYear: number | null;
}) {
  const idx = rows[0]!.index;
  const years = rows.map((r) => r.year);
  const first = Math.min(...years);
  const last = Math.max(...years);
  const from = Math.min(first, firstYear ?? first);
  const gaps = Array.from({ length: last - from + 1 }, (_, i) => from + i).filter((y) => !years.includes(y));
  const todo = rows.filter((r) => r.missing > 0);
  const noScores = rows.filter((r) => r.withValue === 0).map((r) => r.year);
  return (
    <section className="panel coverage" data-testid={`coverage-${idx.code}`} style={{ marginTop: "1rem" }}>
      <h2 style={{ marginTop: 0 }}>
        <Link href={`/chi-so/${idx.code}`}>{idx.shortName}</Link> — {idx.nameVi}
      </h2>
      <p className="note">
        Cơ quan công bố: {idx.publisher}. Có số liệu các năm {first}–{last}; năm mới nhất: {last}.
        {gaps.length ? ` Chưa có số liệu nào các năm ${spans(gaps)} (chỉ số có từ ${from}).` : ""}
      </p>
      <ul className="coverage-todo" data-testid={`coverage-todo-${idx.code}`}>
        {noScores.length > 0 && (
          <li>
            Chưa có điểm của tỉnh nào năm {noScores.join(", ")}: chỉ có thứ hạng công bố của {subjectName}. Cần nhập
            bảng điểm {idx.shortName} chính thức của mọi tỉnh năm đó.
          </li>
        )}
        {todo
          .filter((r) => r.withValue > 0)
          .map((r) => (
            <li key={r.year}>
              Năm {r.year}: {r.withValue}/{r.expected} tỉnh có điểm
              {r.noData ? `; ${r.noData} tỉnh “${valueStatusLabel("NO_DATA")}” (không khảo sát)` : ""}
              {r.missing - r.noData > 0 ? `; ${r.missing - r.noData} tỉnh còn thiếu, cần nhập` : ""}.
            </li>
          ))}
        {todo.length === 0 && <li>Đủ số liệu của các tỉnh cho mọi năm đã có.</li>}
      </ul>
      <DataTable
        caption={`Độ phủ số liệu ${idx.shortName} theo năm`}
        testId={`coverage-table-${idx.code}`}
        columns={[
          "Năm",
          "Phương pháp",
          "Tỉnh có điểm",
          "Chỉ có thứ hạng",
          `${upperFirst(valueStatusLabel("NO_DATA"))} / ${valueStatusLabel("NOT_PUBLISHED")}`,
          "Còn thiếu",
          "Điểm thành phần",
          subjectName,
          "Nguồn",
          "Lô nhập",
          "Thay đổi lần cuối",
        ]}
        rows={rows.map((r) => [
          r.year,
          r.methodologyVersion.code,
          `${r.withValue}/${r.expected}`,
          r.rankOnly,
          r.noData + r.notPublished,
          r.missing,
          formatNumber(r.componentValues, 0),
          [
            r.subjectValue != null ? formatNumber(r.subjectValue, 4) : "chưa có điểm",
            r.subjectPublishedRank != null ? `hạng công bố ${r.subjectPublishedRank}` : null,
          ]
            .filter(Boolean)
            .join(", "),
          <Sources key="src" sources={r.sources} />,
          r.importBatches.length
            ? r.importBatches
                .map((b) => `#${b.id} ${b.fileName} (${formatDay(b.createdAt)}, ${b.createdBy})`)
                .join("; ")
                .concat(r.figuresOutsideImports ? `; ${r.figuresOutsideImports} số liệu nhập tay/khởi tạo` : "")
            : `${r.figuresOutsideImports} số liệu nhập tay/khởi tạo`,
          formatDay(r.lastChanged),
        ])}
        open
      />
    </section>
  );
}

/** 2012, 2013, 2014, 2016 → "2012–2014, 2016". */
function spans(years: number[]): string {
  const out: string[] = [];
  for (let i = 0; i < years.length; i++) {
    let j = i;
    while (j + 1 < years.length && years[j + 1] === years[j]! + 1) j++;
    out.push(i === j ? String(years[i]) : `${years[i]}–${years[j]}`);
    i = j;
  }
  return out.join(", ");
}

function Sources({ sources }: { sources: string[] }) {
  return (
    <span>
      {sources.map((s, i) => {
        const url = s.match(/https?:\/\/[^\s)]+/)?.[0];
        const text =
          url && s === url
            ? new URL(url).hostname.replace(/^www\./, "")
            : s
                .replace(/;?\s*see \.\.\/shared\/[^)]*/g, "")
                .replace(/\s*\(\s*\)/g, "")
                .replace(/https?:\/\//g, "");
        return (
          <span key={s}>
            {i > 0 && "; "}
            {url ? <a href={url}>{text}</a> : text}
          </span>
        );
      })}
    </span>
  );
}
