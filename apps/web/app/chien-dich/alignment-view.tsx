import { DataTable } from "../../components/ui/data-table";
import { formatNumber } from "@cchc/schema/format";
import type { CampaignsQuery } from "../../lib/graphql/generated/graphql";

/**
 * Dose on a topic in year Y against the linked components' mean z-score
 * change in Y + lag, with Spearman's ρ. Wording: "tương quan / phù hợp",
 * never "nhờ" — this is the evidence ladder's first rung.
 */
export function AlignmentView({
  alignment: a,
  lag,
  topicName,
}: {
  alignment: CampaignsQuery["alignment"];
  lag: number;
  topicName: string;
}) {
  const byYear = new Map(a.years.map((y) => [y.year, y]));
  return (
    <section className="panel" data-testid="alignment">
      <p>
        Chủ đề <strong>{topicName}</strong> ({a.topics.map((t) => t.code).join(", ")}) gắn với các chỉ số thành phần:{" "}
        {a.components.length
          ? a.components.map((c) => c.nameVi).join("; ")
          : "chưa có liên kết nào (thiết lập liên kết chủ đề ↔ chỉ số thành phần)"}
        .
      </p>
      <p data-testid="alignment-result">
        {a.spearman != null && !a.insufficientData ? (
          <>
            Hệ số tương quan hạng Spearman ρ = <strong>{formatNumber(a.spearman, 2)}</strong> (n = {a.n}).{" "}
          </>
        ) : null}
        {a.interpretation}
      </p>
      <DataTable
        caption={`Số hoạt động về chủ đề năm Y và thay đổi điểm chuẩn hóa (z) trung bình của các thành phần năm Y + ${lag}`}
        testId="alignment-table"
        columns={["Năm Y (có nhật ký)", "Số hoạt động về chủ đề", `Thay đổi z trung bình năm Y + ${lag}`]}
        rows={a.years
          .filter((y) => y.doseObserved)
          .map((y) => [y.year, y.dose, formatNumber(byYear.get(y.year + lag)?.meanZChange, 3)])}
        open
      />
      <p className="note">
        Tương quan chỉ cho biết hai chuỗi có biến động phù hợp với nhau hay không; một mình nó không chứng minh được
        hoạt động tuyên truyền đã làm chỉ số thay đổi.
      </p>
    </section>
  );
}
