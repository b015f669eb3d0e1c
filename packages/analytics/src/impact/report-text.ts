/** The CLI's readable report: Vietnamese first, English after the slash. */
import type { DidResult } from "./did";
import { formatP, formatVi, formatViSigned } from "./format-vi";
import type { SynthResult } from "./synth-placebos";
import type { Verdict } from "./verdict";

const pad = (s: string, n: number) => s.padStart(n);

function verdictLines(title: string, v: Verdict): string[] {
  return [
    `${title}: ${v.text}`,
    ...(v.detail ? [`  ${v.detail}`] : []),
    `  Điểm yếu nhất / weakest point: ${v.weakestPoint}`,
    "  Giả định / assumptions:",
    ...v.assumptions.map((a) => `   - ${a}`),
  ];
}

export function impactText(s: SynthResult, d: DidResult, verdicts: { synth: Verdict; did: Verdict }): string {
  const out: string[] = [];
  const window = `${s.times[0]}–${s.times[s.times.length - 1]}`;
  out.push(`Đơn vị / unit: ${s.treated} — bắt đầu / treated from ${s.treatedFrom}, cửa sổ / window ${window}`);
  out.push(`Đơn vị so sánh / donors: ${s.donors.length}`);
  for (const x of s.dropped) out.push(`  bỏ / dropped ${x.unit}: ${x.reason}`);
  out.push("", "Kiểm soát tổng hợp / synthetic control");
  out.push("  Trọng số / weights (> 0,001):");
  for (const w of s.fit.weights.filter((w) => w.weight > 0.001))
    out.push(`    ${w.unit.padEnd(24)} ${formatVi(w.weight, 3)}`);
  out.push(
    `  ${"Năm/year".padEnd(8)} ${pad("Thực tế/actual", 15)} ${pad("Tổng hợp/synth", 15)} ${pad("Chênh/gap", 10)}`,
  );
  const actual = new Map(s.fit.synthetic.map((x, i) => [x.time, x.value + s.fit.gaps[i]!.gap]));
  s.fit.synthetic.forEach((x, i) => {
    const mark = x.time === s.treatedFrom ? "  ← bắt đầu / start" : "";
    out.push(
      `  ${String(x.time).padEnd(8)} ${pad(formatVi(actual.get(x.time)!), 15)} ${pad(formatVi(x.value), 15)} ${pad(formatViSigned(s.fit.gaps[i]!.gap), 10)}${mark}`,
    );
  });
  out.push(
    `  RMSPE trước / pre ${formatVi(s.fit.preRmspe)} · sau / post ${formatVi(s.fit.postRmspe)} · tỉ số / ratio ${formatVi(s.fit.ratio)}`,
  );
  out.push(`  Chênh lệch trung bình sau / mean post gap: ${formatViSigned(s.fit.effect)}`);
  if (s.placebo) {
    const a = s.placebo.all;
    const f = s.placebo.filtered;
    out.push(`  Giả dược không gian / in-space placebo: hạng / rank ${a.rank}/${a.of}, p = ${formatP(a.p)}`);
    out.push(
      `    bỏ đơn vị khớp kém / without pre-RMSPE > ${f.k}× (${f.excluded.length} left out): hạng / rank ${f.rank}/${f.of}, p = ${formatP(f.p)}`,
    );
    out.push(`    ${a.convention}`);
  }
  const loo = s.leaveOneOut;
  out.push(
    `  Bỏ từng đơn vị / leave-one-out (weight > ${formatVi(loo.threshold, 1)}, ${loo.runs.length} refits): ${formatViSigned(loo.min)} … ${formatViSigned(loo.max)}`,
  );
  out.push(
    s.inTime.from === null
      ? `  Giả dược thời gian / in-time placebo: ${s.inTime.reason}`
      : `  Giả dược thời gian / in-time placebo from ${s.inTime.from}: chênh / gap ${formatViSigned(s.inTime.effect)}, tỉ số / ratio ${formatVi(s.inTime.ratio)}`,
  );
  out.push("", `Khác biệt kép / difference-in-differences (so với / vs ${d.comparison.length} đơn vị / units)`);
  out.push(`  Ước lượng / estimate: ${formatViSigned(d.estimate)}`);
  for (const [name, fam] of [
    ["không gian / space", d.space],
    ["thời gian / time", d.time],
  ] as const)
    if (fam.inference)
      out.push(
        `  Giả dược ${name}: hạng / rank ${fam.inference.rank}/${fam.inference.of}, p = ${formatP(fam.inference.p)}`,
      );
  out.push("  Chênh lệch từng năm / gap by year (trước: xu hướng / pre: trend):");
  out.push(`    ${d.gaps.map((g) => `${g.time} ${formatViSigned(g.gap)}`).join(" · ")}`);
  out.push("", ...verdictLines("Kết luận (kiểm soát tổng hợp) / verdict (synth)", verdicts.synth));
  out.push("", ...verdictLines("Kết luận (khác biệt kép) / verdict (DiD)", verdicts.did));
  return out.join("\n");
}
