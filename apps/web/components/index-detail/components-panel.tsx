import Link from "next/link";
import type { ComponentProps } from "react";
import type { IndexDetailQuery } from "../../lib/graphql/generated/graphql";
import { componentRank, signedChange } from "../../lib/index-detail";
import { formatNumber } from "@cchc/schema/format";
import { ComponentBars } from "../charts/component-bars";
import { DataTable } from "../ui/data-table";
import { FigureSource } from "../ui/figure-source";

type Profile = NonNullable<IndexDetailQuery["subjectProfile"]>;
type Component = Profile["indices"][number]["components"][number];

/** A year's component scores against the national best, mean and peer mean, each linking to its children. */
export function ComponentsPanel({
  components,
  subjectName,
  peerName,
  year,
  drillHref,
  source,
}: {
  components: Component[];
  subjectName: string;
  peerName: string | null;
  year: number;
  drillHref: (componentId: string) => string;
  source: ComponentProps<typeof FigureSource>;
}) {
  if (components.length === 0)
    return (
      <p className="empty">
        Không có điểm thành phần năm {year}. Nhập bảng điểm thành phần (ví dụ bộ PAPI theo nội dung) để xem.
      </p>
    );
  return (
    <section className="panel">
      <div className="chart-box tall">
        <ComponentBars
          subjectName={subjectName}
          peerName={peerName}
          labels={components.map((c) => c.component?.nameVi ?? "")}
          subject={components.map((c) => c.value ?? null)}
          best={components.map((c) => c.nationalBest ?? null)}
          mean={components.map((c) => c.nationalMean ?? null)}
          peer={components.map((c) => c.peerMean ?? null)}
        />
      </div>
      <DataTable
        caption={`Điểm thành phần năm ${year}`}
        testId="components-table"
        columns={[
          "Thành phần",
          "Điểm",
          "Thay đổi",
          "Thứ hạng",
          "Cao nhất cả nước",
          "Trung bình cả nước",
          "Trung bình nhóm",
          "Chi tiết",
        ]}
        rows={components.map((c) => [
          c.component?.nameVi ?? "",
          formatNumber(c.value, 4),
          signedChange(c.valueChange),
          componentRank(c),
          formatNumber(c.nationalBest, 4),
          formatNumber(c.nationalMean, 4),
          formatNumber(c.peerMean, 4),
          c.component && c.component.children.length > 0 ? (
            <Link key="drill" href={drillHref(c.component.id)}>
              Xem thành phần con
            </Link>
          ) : (
            ""
          ),
        ])}
        open
      />
      <FigureSource {...source} />
    </section>
  );
}
