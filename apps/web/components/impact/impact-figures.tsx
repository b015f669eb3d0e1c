import { formatNumber, formatSigned } from "@cchc/schema/format";
import type { ImpactQuery } from "../../lib/graphql/generated/graphql";
import { COMPARISON_LABEL, pText, rankRule } from "../../lib/impact";

type Impact = ImpactQuery["impact"];
type Verdict = Impact["synth"]["verdict"];

/**
 * The verdicts as the API words them (never rephrased: the API's texts are
 * checked to carry no causal claim), each with its assumptions and weakest
 * point, then the figures behind them.
 */
export function ImpactFigures({ impact, subjectName }: { impact: Impact; subjectName: string }) {
  const { synth, did, relativeChange: rc, window: w } = impact;
  const group = impact.comparison === "PEERS" ? (impact.peerGroup?.nameVi ?? COMPARISON_LABEL.PEERS) : "cả nước";
  const rows: [string, string][] = [
    [
      "Cửa sổ so sánh",
      `${w.from}–${w.to} (trước: ${w.preYears.join(", ")}; từ năm bắt đầu: ${w.postYears.join(", ")}), phương pháp ${w.methodologyVersion.code}`,
    ],
    ["Nhóm so sánh", `${group}: ${impact.donors.length} tỉnh đủ số liệu`],
    ["Đơn vị tổng hợp: chênh lệch trung bình từ năm bắt đầu", `${formatSigned(synth.effect, 3)} điểm`],
    ["RMSPE trước / sau năm bắt đầu", `${formatNumber(synth.preRmspe, 3)} / ${formatNumber(synth.postRmspe, 3)}`],
    [
      "Tỷ số sau/trước giữa các giả dược (không gian)",
      synth.rank ? `${formatNumber(synth.ratio, 3)}; ${pText(synth.rank.rank, synth.rank.of, synth.rank.p)}` : "—",
    ],
    [
      "Bỏ các tỉnh khớp kém",
      synth.filtered
        ? `${pText(synth.filtered.rank, synth.filtered.of, synth.filtered.p)} (bỏ ${synth.filtered.excluded.length} tỉnh có RMSPE trước > ${formatNumber(synth.filtered.k, 1)} lần của ${subjectName})`
        : "—",
    ],
    [
      "Bỏ từng tỉnh có trọng số lớn",
      `chênh lệch từ ${formatSigned(synth.leaveOneOut.min, 3)} đến ${formatSigned(synth.leaveOneOut.max, 3)} điểm`,
    ],
    ["Khác biệt kép (DiD)", `${formatSigned(did.estimate, 3)} điểm`],
    ...(
      [
        ["DiD: giả dược không gian", did.space.inference],
        ["DiD: giả dược thời gian", did.time.inference],
        ["DiD: giả dược chỉ số", did.outcome.inference],
      ] as const
    ).map(([label, r]): [string, string] => [label, r ? pText(r.rank, r.of, r.p) : "không có giả dược"]),
    [
      `Thay đổi ${rc.from}–${rc.to}`,
      `${subjectName} ${formatSigned(rc.change, 3)}; trung bình nhóm ${formatSigned(rc.group.mean, 3)} (${rc.group.n} tỉnh); trung bình cả nước ${formatSigned(rc.nation.mean, 3)} (${rc.nation.n} tỉnh)`,
    ],
    [
      "Vị trí của thay đổi",
      `cao hơn ${formatNumber(rc.percentile * 100, 1)}% các tỉnh khác; z = ${formatNumber(rc.z, 2)}${rc.zInGroup == null ? "" : `, z trong nhóm = ${formatNumber(rc.zInGroup, 2)}`}`,
    ],
  ];
  return (
    <>
      <VerdictView title="Đơn vị tổng hợp" verdict={synth.verdict} testId="impact-verdict" />
      <VerdictView title="Khác biệt kép" verdict={did.verdict} testId="impact-did-verdict" compact />
      <table className="data impact-figures" data-testid="impact-figures">
        <caption>Các con số của phép đánh giá</caption>
        <tbody>
          {rows.map(([k, v]) => (
            <tr key={k}>
              <th scope="row">{k}</th>
              <td className="text">{v}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {w.cutReason && <p className="note">{w.cutReason}</p>}
      {impact.dropped.length > 0 && (
        <details>
          <summary>{impact.dropped.length} tỉnh không đưa vào so sánh</summary>
          <ul className="note">
            {impact.dropped.map((d) => (
              <li key={d.subject.code}>
                {d.subject.nameVi}: {d.reason}
              </li>
            ))}
          </ul>
        </details>
      )}
      {impact.cautions.length > 0 && (
        <ul className="note" data-testid="impact-cautions">
          {impact.cautions.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
      )}
      {synth.rank && (
        <p className="note">
          Quy ước: tỷ số sau/trước của {subjectName} xếp giữa {synth.rank.of} tỉnh ({rankRule(synth.rank.direction)},
          bằng nhau tính bất lợi cho {subjectName}), p = hạng / {synth.rank.of}.
          {did.space.inference &&
            ` Khác biệt kép: ${rankRule(did.space.inference.direction)}, p = hạng / (số giả dược + 1).`}
        </p>
      )}
    </>
  );
}

function VerdictView({
  title,
  verdict: v,
  testId,
  compact,
}: {
  title: string;
  verdict: Verdict;
  testId: string;
  compact?: boolean;
}) {
  return (
    <div className={`verdict verdict-${v.level.toLowerCase()}`} data-testid={testId}>
      <p>
        <span className="badge">{title}</span> <strong data-testid={`${testId}-text`}>{v.text}</strong>
        {v.detail && <> {v.detail}</>}
      </p>
      <p>
        <strong>Điểm yếu nhất:</strong> {v.weakestPoint}
      </p>
      {v.assumptions.length > 0 && (
        <details open={!compact}>
          <summary>Giả định của cách đọc này ({v.assumptions.length})</summary>
          <ul>
            {v.assumptions.map((a) => (
              <li key={a}>{a}</li>
            ))}
          </ul>
        </details>
      )}
      {v.cautions.length > 1 && (
        <details>
          <summary>Các lưu ý khác ({v.cautions.length - 1})</summary>
          <ul>
            {v.cautions.slice(1).map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
