/**
 * Step 4: a verdict in plain Vietnamese for a synthetic-control or DiD result.
 * Never causal: it says whether the subject's movement can be told apart from
 * normal variation, lists the assumptions that reading rests on, and names the
 * weakest point of the evidence. Words such as "nhờ", "do" or "tác động của"
 * are never produced (a unit test greps every text).
 */
import type { DidResult } from "./did";
import { formatP, formatVi, formatViSigned } from "./format-vi";
import { type ImpactInputError, MIN_PRE_PERIODS } from "./panel";
import type { SynthResult } from "./synth-placebos";

/**
 * Fixed levels, decided in this order:
 * - "insufficient": fewer than 3 pre-periods, or no placebo to rank against;
 * - "tiny": |effect| < 0.1 × the outcome's sd, whatever p;
 * - "clear": p ≤ 0.05;
 * - "suggestive": 0.05 < p ≤ 0.10;
 * - "indistinguishable": p > 0.10.
 */
export type VerdictLevel = "insufficient" | "tiny" | "clear" | "suggestive" | "indistinguishable";

export interface VerdictInput {
  method: "synth" | "did";
  /** Placebo p-value (rank / compared); null when none could be computed. */
  p: number | null;
  /** Number of estimates compared (the smallest possible p is 1 / of). */
  of: number;
  /** Effect in outcome points (synth: mean post gap; DiD: the estimate). */
  effect: number;
  /** Sample sd of the outcome (pre period, all units): the yardstick for size and fit. */
  outcomeSd: number;
  nPre: number;
  /** Synthetic control only. */
  preRmspe?: number;
  leaveOneOut?: { min: number; max: number };
  inTime?: { from: number; effect: number } | null;
}

export interface Verdict {
  level: VerdictLevel;
  /** One sentence, e.g. "Mức cải thiện vượt nhóm so sánh, khó là ngẫu nhiên (p = 0,03)". */
  text: string;
  /** The size, in points and in sds. */
  detail: string;
  /** What the reading assumes. */
  assumptions: string[];
  /** The single weakest point of this evidence. */
  weakestPoint: string;
  /** Every caution found (the weakest point first). */
  cautions: string[];
}

const COMMON_ASSUMPTIONS = [
  "Trong giai đoạn sau không có biến cố nào khác chỉ xảy ra ở đơn vị này (đổi lãnh đạo, sáp nhập, thay đổi cách khảo sát).",
  "Các đơn vị so sánh không triển khai hoạt động tương tự ở mức cao bất thường trong cùng giai đoạn.",
  "Phương pháp tính chỉ số không đổi trong cửa sổ so sánh.",
];

export const INSUFFICIENT_TEXT = `Chưa đủ dữ liệu (cần ít nhất ${MIN_PRE_PERIODS} năm trước)`;

function level(v: VerdictInput): VerdictLevel {
  if (v.nPre < MIN_PRE_PERIODS || v.p === null) return "insufficient";
  if (v.outcomeSd > 0 && Math.abs(v.effect) < 0.1 * v.outcomeSd) return "tiny";
  if (v.p <= 0.05) return "clear";
  if (v.p <= 0.1) return "suggestive";
  return "indistinguishable";
}

function cautions(v: VerdictInput): string[] {
  const out: string[] = [];
  if (1 / v.of > 0.05)
    out.push(`Chỉ có ${v.of} đơn vị/phép thử để so sánh: p nhỏ nhất có thể là 1/${v.of} = ${formatP(1 / v.of)}.`);
  const fit = v.preRmspe !== undefined && v.outcomeSd > 0 ? v.preRmspe / v.outcomeSd : null;
  if (fit !== null && fit > 0.5)
    out.push(
      `Khớp kém trước thời điểm bắt đầu: sai số trước (RMSPE ${formatVi(v.preRmspe!)}) bằng ${formatVi(fit)} độ lệch chuẩn của chỉ số.`,
    );
  if (fit !== null && fit < 1e-4 && v.nPre <= 5)
    out.push(
      `Khớp gần như tuyệt đối với chỉ ${v.nPre} năm trước: khi số đơn vị so sánh nhiều hơn số năm, tổ hợp khớp cả dao động ngẫu nhiên, và sai số trước không còn là thước đo tin cậy.`,
    );
  if (v.leaveOneOut && v.leaveOneOut.min < 0 && v.leaveOneOut.max > 0)
    out.push(
      `Kết quả đổi chiều khi bỏ từng đơn vị có trọng số lớn: chênh lệch từ ${formatViSigned(v.leaveOneOut.min)} đến ${formatViSigned(v.leaveOneOut.max)} điểm.`,
    );
  if (v.inTime && Math.abs(v.inTime.effect) >= 0.5 * Math.abs(v.effect))
    out.push(
      `Giả định bắt đầu sớm hơn (năm ${v.inTime.from}) cũng cho chênh lệch ${formatViSigned(v.inTime.effect)} điểm, khi chưa có hoạt động.`,
    );
  if (v.nPre < 5) out.push(`Chỉ có ${v.nPre} năm trước thời điểm bắt đầu để đối chiếu.`);
  if (fit !== null)
    out.push(
      `Độ khớp trước thời điểm bắt đầu: RMSPE ${formatVi(v.preRmspe!)} điểm, bằng ${formatVi(fit)} độ lệch chuẩn của chỉ số.`,
    );
  else
    out.push(
      "Xu hướng trước thời điểm bắt đầu của đơn vị và nhóm so sánh cần song song: xem chênh lệch từng năm trước.",
    );
  return out;
}

/** A verdict from the figures; see VerdictLevel for the fixed levels. */
export function verdict(v: VerdictInput): Verdict {
  const lv = level(v);
  const p = v.p === null ? "" : formatP(v.p);
  const up = v.effect > 0;
  const text =
    lv === "insufficient"
      ? v.nPre < MIN_PRE_PERIODS
        ? INSUFFICIENT_TEXT
        : "Chưa đủ dữ liệu (không có đơn vị so sánh để kiểm định)"
      : lv === "tiny"
        ? `Chênh lệch quá nhỏ so với dao động giữa các đơn vị (p = ${p})`
        : lv === "clear"
          ? `${up ? "Mức cải thiện vượt" : "Mức giảm sâu hơn"} nhóm so sánh, khó là ngẫu nhiên (p = ${p})`
          : lv === "suggestive"
            ? `Có dấu hiệu ${up ? "cải thiện hơn" : "giảm hơn"} nhóm so sánh nhưng chưa chắc chắn (p = ${p})`
            : `Chưa phân biệt được với dao động thông thường (p = ${p})`;
  const sds = v.outcomeSd > 0 ? ` (${formatVi(v.effect / v.outcomeSd)} độ lệch chuẩn)` : "";
  const detail =
    lv === "insufficient"
      ? ""
      : `${v.method === "synth" ? "Chênh lệch trung bình so với đơn vị tổng hợp" : "Chênh lệch kép so với nhóm so sánh"}: ${formatViSigned(v.effect)} điểm${sds}.`;
  const assumptions = [
    ...COMMON_ASSUMPTIONS,
    v.method === "synth"
      ? "Tổ hợp có trọng số của các đơn vị so sánh mô phỏng được đơn vị này trong những năm trước."
      : "Nếu không có hoạt động, chênh lệch giữa đơn vị và nhóm so sánh giữ nguyên như trước (xu hướng song song).",
  ];
  const c = lv === "insufficient" && v.nPre < MIN_PRE_PERIODS ? [INSUFFICIENT_TEXT] : cautions(v);
  return { level: lv, text, detail, assumptions, weakestPoint: c[0]!, cautions: c };
}

/** Verdict of a synthetic control (p from the in-space placebos over all units). */
export function synthVerdict(r: SynthResult): Verdict {
  return verdict({
    method: "synth",
    p: r.placebo?.all.p ?? null,
    of: r.placebo?.all.of ?? 1,
    effect: r.fit.effect,
    outcomeSd: r.outcomeSd,
    nPre: r.preTimes.length,
    preRmspe: r.fit.preRmspe,
    leaveOneOut: r.leaveOneOut,
    inTime: r.inTime.from === null ? null : { from: r.inTime.from, effect: r.inTime.effect },
  });
}

/** Verdict of a DiD (p from the in-space placebos). */
export function didVerdict(r: DidResult): Verdict {
  return verdict({
    method: "did",
    p: r.space.inference?.p ?? null,
    of: r.space.inference?.of ?? 1,
    effect: r.estimate,
    outcomeSd: r.outcomeSd,
    nPre: r.preTimes.length,
  });
}

/**
 * The verdict to show when a method refused its input (ImpactInputError):
 * level "insufficient", with the reason in Vietnamese and the error's own
 * message (English, for analysts) as the weakest point.
 */
export function refusalVerdict(e: ImpactInputError): Verdict {
  const text =
    e.code === "too_few_pre"
      ? INSUFFICIENT_TEXT
      : e.code === "break"
        ? "Chưa so sánh được: phương pháp tính chỉ số thay đổi trong cửa sổ so sánh"
        : e.code === "too_few_donors"
          ? "Chưa đủ dữ liệu (quá ít đơn vị so sánh có đủ số liệu)"
          : "Chưa đủ dữ liệu (số liệu của đơn vị còn thiếu hoặc không hợp lệ)";
  return { level: "insufficient", text, detail: "", assumptions: [], weakestPoint: e.message, cautions: [e.message] };
}
