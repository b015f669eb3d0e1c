import { formatNumber, formatSigned } from "@cchc/schema/format";
import { GraphQLRequestError, gql } from "../../lib/graphql/client";
import {
  type IndexCode,
  RankTargetDocument,
  type RankTargetQuery,
  WhatIfDocument,
  type WhatIfQuery,
} from "../../lib/graphql/generated/graphql";
import { CALC_KEYS, calcChoice, deltaShown } from "../../lib/impact";
import type { SearchParams } from "../../lib/params";
import { DataTable } from "../ui/data-table";
import { UrlNotice } from "../ui/url-notice";

const OTHERS_UNCHANGED = "các tỉnh khác giữ nguyên";

/**
 * "Cần bao nhiêu điểm?": the subject's rank in the year's table if one
 * component rose by Δ (whatIf), and the smallest Δ per component that reaches
 * a target rank (rankTarget), every other province unchanged. A plain GET
 * form rendered on the server: it works without client script.
 */
export async function WhatItTakes({
  subject,
  subjectName,
  index,
  year,
  q,
  action,
  keep,
}: {
  subject: string;
  subjectName: string;
  index: IndexCode;
  year: number;
  q: SearchParams;
  action: string;
  keep: Record<string, string | number | null | undefined>;
}) {
  const c = calcChoice(q);
  let target: RankTargetQuery["rankTarget"];
  try {
    ({ rankTarget: target } = await gql(RankTargetDocument, { subject, index, year, targetRank: c.targetRank }));
  } catch (error) {
    if (!(error instanceof GraphQLRequestError)) throw error;
    return (
      <Frame>
        <p className="empty" data-testid="calc-refused">
          Chưa tính được cho năm {year}: {error.message}
        </p>
      </Frame>
    );
  }
  const components = target.components.map((x) => x.component);
  const component = components.find((x) => x.id === c.component) ?? components[0];
  const problems = [...c.problems];
  if (c.component && component?.id !== c.component)
    problems.push(`Không có thành phần “${c.component.slice(0, 40)}” năm ${year}; đang tính cho ${component?.nameVi}.`);
  let whatIf: WhatIfQuery["whatIf"] | null = null;
  if (component && c.delta !== null) {
    try {
      ({ whatIf } = await gql(WhatIfDocument, {
        subject,
        index,
        year,
        changes: [{ component: component.id, delta: c.delta }],
      }));
    } catch (error) {
      if (!(error instanceof GraphQLRequestError)) throw error;
      problems.push(`Chưa tính được: ${error.message}`);
    }
  }
  const hidden = Object.entries(keep).filter(([, v]) => v != null && v !== "");
  return (
    <Frame>
      <p className="note" data-testid="calc-assumption">
        Thứ hạng năm {year} của {subjectName} nếu một thành phần tăng thêm Δ điểm. Giả định: {OTHERS_UNCHANGED}.{" "}
        {target.assumption} {target.rule}
      </p>
      <p>
        Năm {year}: tổng {formatNumber(target.totalBefore, 4)} điểm, hạng {target.rankBefore}/{target.outOf}.
      </p>
      <form method="get" action={`${action}#can-bao-nhieu-diem`} className="filters calc" aria-label="Tính thứ hạng">
        <label>
          Thành phần
          <select name={CALC_KEYS.component} defaultValue={component?.id}>
            {components.map((x) => (
              <option key={x.id} value={x.id}>
                {x.nameVi}
              </option>
            ))}
          </select>
        </label>
        <label>
          Tăng thêm Δ (điểm)
          <input
            name={CALC_KEYS.delta}
            defaultValue={c.rawDelta ?? ""}
            inputMode="decimal"
            placeholder="0,5"
            size={6}
          />
        </label>
        <label>
          Hạng mục tiêu
          <input
            name={CALC_KEYS.targetRank}
            type="number"
            min={1}
            max={target.outOf}
            defaultValue={c.targetRank}
            size={4}
          />
        </label>
        {hidden.map(([k, v]) => (
          <input key={k} type="hidden" name={k} value={String(v)} />
        ))}
        <button type="submit">Tính</button>
      </form>
      <UrlNotice problems={problems} />
      {whatIf && component && (
        <p data-testid="calc-what-if">
          Nếu <strong>{component.nameVi}</strong> tăng {formatSigned(c.delta, 4)} điểm ({OTHERS_UNCHANGED}): tổng điểm{" "}
          {formatNumber(whatIf.totalBefore, 4)} → {formatNumber(whatIf.totalAfter, 4)}, thứ hạng{" "}
          <strong>
            {whatIf.rankBefore}/{whatIf.outOf} → {whatIf.rankAfter}/{whatIf.outOf}
          </strong>
          .
        </p>
      )}
      <DataTable
        caption={`Mức tăng nhỏ nhất của từng thành phần để đạt hạng ${target.targetRank}/${target.outOf} năm ${year} (${OTHERS_UNCHANGED})`}
        testId="calc-rank-target"
        columns={["Thành phần", "Điểm hiện tại", "Tối đa", "Cần tăng ít nhất (làm tròn lên)", "Hạng đạt được"]}
        keys={target.components.map((x) => x.component.id)}
        rows={target.components.map((x) => [
          x.component.nameVi,
          formatNumber(x.value, 4),
          formatNumber(x.scaleMax, 4),
          x.delta == null ? `Không đạt được${x.reason ? `: ${x.reason}` : ""}` : deltaShown(x.delta),
          `${x.rankReached}/${target.outOf}`,
        ])}
        open
      />
    </Frame>
  );
}

function Frame({ children }: { children: React.ReactNode }) {
  return (
    <section className="panel" data-testid="what-it-takes" aria-labelledby="can-bao-nhieu-diem">
      <h2 id="can-bao-nhieu-diem">Cần bao nhiêu điểm?</h2>
      {children}
    </section>
  );
}
