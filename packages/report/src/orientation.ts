/**
 * The year-end report with next-year orientation (báo cáo kết quả thực hiện
 * và định hướng năm N+1), built from data: every number comes from the input,
 * which the API fills with the same queries as the dashboard. Sentences that
 * relate campaigns to indices use the alignment wording, never a cause.
 */
import { vi, viSigned } from "./format";

export interface ReportInput {
  plan: {
    number: string;
    titleVi: string;
    year: number;
    issuerName: string;
    issuerParentName: string | null;
    issuedPlace: string | null;
    signedBy: string | null;
    recipients: string[];
  };
  subjectName: string;
  year: number;
  forms: { code: string; name: string; delivered: number; target: number | null }[];
  /** The plan's topics with the activities of the year on each (a parent counts its sub-topics). */
  topics: { code: string; title: string; count: number }[];
  /** Every unit of the plan (at any depth under the issuer, and any unit with activities under it) with the year's activities. */
  units: { code: string; name: string; count: number }[];
  notable: { title: string; startsOn: string; unitName: string; reach: number | null }[];
  indices: ReportIndex[];
  /** Components of the year with their linked topics, for the assessment and the orientation. */
  components: {
    indexName: string;
    name: string;
    value: number | null;
    valueChange: number | null;
    peerMean: number | null;
    topics: { code: string; count: number; leadUnit: string | null }[];
  }[];
  peerGroupName: string | null;
}

export interface ReportIndex {
  shortName: string;
  unit: string;
  status: "PUBLISHED" | "NOT_PUBLISHED" | "NO_DATA" | "MISSING";
  value: number | null;
  rank: number | null;
  outOf: number | null;
  rankChange: number | null;
  valueChange: number | null;
  peerMean: number | null;
  movers: { name: string; valueChange: number }[];
}

export interface ReportTable {
  caption: string;
  columns: string[];
  rows: string[][];
}

export interface ReportSection {
  numeral: string;
  heading: string;
  /** Paragraph ids are stable so that the Office's edits can replace generated text. */
  paragraphs: { id: string; text: string }[];
  tables: ReportTable[];
}

/** An administrative document (báo cáo, kế hoạch) as the DOCX layout takes it. */
export interface OfficialDocument {
  issuerParentName: string | null;
  issuerName: string;
  place: string;
  numberLine: string;
  title: string;
  subtitle: string;
  sections: ReportSection[];
  recipients: string[];
  signature: { authority: string; title: string; name: string };
}

export interface OrientationReport extends OfficialDocument {
  /** Section IV's targets per form for next year, to start next year's plan from. */
  proposals: { form: string; quantity: number }[];
}

const FORM_ORDER_NOTE =
  "Chỉ tiêu đề xuất = số lớn hơn giữa chỉ tiêu và số đã thực hiện năm nay, để không thấp hơn mức đã đạt.";

function indexSentence(i: ReportIndex, year: number): string {
  if (i.status === "MISSING" || i.status === "NO_DATA")
    return `${i.shortName}: chưa có số liệu năm ${year} trong hệ thống (cần nhập bảng kết quả chính thức).`;
  if (i.status === "NOT_PUBLISHED") return `${i.shortName}: năm ${year} không công bố kết quả.`;
  const pct = i.unit === "%" ? "%" : " điểm";
  const parts = [i.value !== null ? `đạt ${vi(i.value, 2)}${pct}` : "chưa nhập điểm"];
  if (i.rank !== null) parts.push(`xếp thứ ${i.rank}${i.outOf ? `/${i.outOf}` : ""}`);
  if (i.rankChange !== null)
    parts.push(
      i.rankChange === 0
        ? "giữ nguyên thứ hạng"
        : i.rankChange > 0
          ? `tăng ${i.rankChange} bậc`
          : `giảm ${-i.rankChange} bậc`,
    );
  if (i.valueChange !== null)
    parts.push(`điểm ${i.valueChange >= 0 ? "tăng" : "giảm"} ${vi(Math.abs(i.valueChange), 2)} so với năm ${year - 1}`);
  if (i.peerMean !== null && i.value !== null)
    parts.push(`${i.value >= i.peerMean ? "cao hơn" : "thấp hơn"} trung bình nhóm so sánh (${vi(i.peerMean, 2)})`);
  const movers = i.movers.length
    ? ` Thành phần thay đổi nhiều nhất: ${i.movers
        .slice(0, 3)
        .map((m) => `${m.name} (${viSigned(m.valueChange, 2)})`)
        .join("; ")}.`
    : "";
  return `${i.shortName} năm ${year}: ${parts.join(", ")}.${movers}`;
}

/** Proposed next-year quantity per form: never below what was set or what was done. */
export function proposedTarget(delivered: number, target: number | null): number {
  return Math.max(delivered, target ?? 0);
}

export function buildOrientationReport(input: ReportInput): OrientationReport {
  const { year, plan } = input;
  const total = input.forms.reduce((a, f) => a + f.delivered, 0);
  const uncovered = input.topics.filter((t) => t.count === 0);
  const belowTarget = input.forms.filter((f) => f.target !== null && f.delivered < f.target);
  const metTarget = input.forms.filter((f) => f.target !== null && f.delivered >= f.target);
  const withTargets = input.forms.some((f) => f.target !== null);
  // The per-unit line must add up to the total: activities of a unit the input does not list are named as such.
  const unattributed = total - input.units.reduce((a, u) => a + u.count, 0);

  const results: ReportSection = {
    numeral: "I",
    heading: "KẾT QUẢ THỰC HIỆN",
    paragraphs: [
      {
        id: "I.1",
        text:
          total === 0
            ? `Năm ${year}, hệ thống chưa ghi nhận hoạt động tuyên truyền nào theo Kế hoạch số ${plan.number}. Cần nhập nhật ký hoạt động của các đơn vị trước khi lập báo cáo.`
            : `Thực hiện Kế hoạch số ${plan.number}, năm ${year} các đơn vị đã thực hiện ${vi(total)} hoạt động tuyên truyền cải cách hành chính, gồm: ${input.forms.map((f) => `${lowerFirst(f.name)} ${vi(f.delivered)}${f.target !== null ? `/${vi(f.target)} chỉ tiêu` : ""}`).join("; ")}.`,
      },
      {
        id: "I.2",
        text:
          total === 0
            ? "Chưa có số liệu theo đơn vị."
            : `Theo đơn vị: ${[
                ...input.units.filter((u) => u.count > 0).map((u) => `${u.name} ${vi(u.count)}`),
                ...(unattributed > 0 ? [`đơn vị khác ${vi(unattributed)}`] : []),
              ].join("; ")}${
                input.units.some((u) => u.count === 0)
                  ? `; chưa có hoạt động: ${input.units
                      .filter((u) => u.count === 0)
                      .map((u) => u.name)
                      .join(", ")}`
                  : ""
              }.`,
      },
      ...(input.notable.length
        ? [
            {
              id: "I.3",
              text: `Một số hoạt động tiêu biểu: ${input.notable.map((n) => `${n.title} (${n.unitName}, ${dateVi(n.startsOn)}${n.reach ? `, ${vi(n.reach)} lượt tiếp cận/tham dự` : ""})`).join("; ")}.`,
            },
          ]
        : []),
    ],
    tables:
      total === 0
        ? []
        : [
            {
              caption: "Bảng 1. Hoạt động theo hình thức",
              columns: ["Hình thức", "Đã thực hiện", "Chỉ tiêu"],
              rows: input.forms.map((f) => [f.name, vi(f.delivered), f.target === null ? "chưa đặt" : vi(f.target)]),
            },
            {
              caption: "Bảng 2. Hoạt động theo nội dung của kế hoạch",
              columns: ["Mã", "Nội dung", "Số hoạt động"],
              rows: input.topics.map((t) => [t.code, t.title, vi(t.count)]),
            },
          ],
  };

  const indices: ReportSection = {
    numeral: "II",
    heading: `KẾT QUẢ CÁC CHỈ SỐ NĂM ${year} CỦA TỈNH ${input.subjectName.toUpperCase()}`,
    paragraphs: input.indices.map((i, n) => ({ id: `II.${n + 1}`, text: indexSentence(i, year) })),
    tables: [
      {
        caption: `Bảng 3. Các chỉ số năm ${year}${input.peerGroupName ? ` (nhóm so sánh: ${input.peerGroupName})` : ""}`,
        columns: ["Chỉ số", "Điểm", "Thứ hạng", "Thay đổi hạng", "TB nhóm so sánh"],
        rows: input.indices.map((i) => [
          i.shortName,
          i.value === null ? "—" : vi(i.value, 2),
          i.rank === null ? "—" : `${i.rank}${i.outOf ? `/${i.outOf}` : ""}`,
          i.rankChange === null ? "—" : viSigned(i.rankChange, 0),
          i.peerMean === null ? "—" : vi(i.peerMean, 2),
        ]),
      },
    ],
  };

  const fell = input.components.filter((c) => c.valueChange !== null && c.valueChange < 0);
  const medianTopicCount = median(input.topics.map((t) => t.count));
  const thin = fell.filter((c) => c.topics.length > 0 && c.topics.every((t) => t.count <= medianTopicCount));
  const assessment: ReportSection = {
    numeral: "III",
    heading: "ĐÁNH GIÁ",
    paragraphs: [
      {
        id: "III.1",
        text: `Ưu điểm: ${
          [
            withTargets
              ? metTarget.length
                ? `đạt chỉ tiêu ở ${metTarget.map((f) => lowerFirst(f.name)).join(", ")}`
                : ""
              : "",
            input.topics.length
              ? `${input.topics.length - uncovered.length}/${input.topics.length} nội dung của kế hoạch đã có hoạt động`
              : "",
            ...input.indices
              .filter((i) => (i.rankChange ?? 0) > 0)
              .map((i) => `${i.shortName} tăng ${i.rankChange} bậc`),
          ]
            .filter(Boolean)
            .join("; ") || "chưa có số liệu để đánh giá"
        }.`,
      },
      {
        id: "III.2",
        text: `Hạn chế: ${
          [
            ...belowTarget.map((f) => `${lowerFirst(f.name)} mới đạt ${vi(f.delivered)}/${vi(f.target ?? 0)} chỉ tiêu`),
            uncovered.length ? `chưa có hoạt động về ${uncovered.map((t) => `${t.code} (${t.title})`).join(", ")}` : "",
            ...input.indices
              .filter((i) => (i.rankChange ?? 0) < 0)
              .map((i) => `${i.shortName} giảm ${-(i.rankChange ?? 0)} bậc`),
            withTargets ? "" : "kế hoạch chưa đặt chỉ tiêu số lượng nên chưa đánh giá được mức độ hoàn thành",
          ]
            .filter(Boolean)
            .join("; ") || "không có hạn chế nào thể hiện trong số liệu"
        }.`,
      },
      {
        id: "III.3",
        text: thin.length
          ? `Các thành phần giảm điểm trong khi nội dung tuyên truyền liên quan có ít hoạt động (không quá trung vị ${vi(medianTopicCount)} hoạt động/nội dung): ${thin.map((c) => `${c.indexName} – ${c.name} (${viSigned(c.valueChange ?? 0, 2)}; ${c.topics.map((t) => `${t.code}: ${vi(t.count)}`).join(", ")})`).join("; ")}. Đây là sự tương quan về thời gian giữa hai chuỗi số liệu, phù hợp để chọn trọng tâm, không cho phép kết luận nguyên nhân.`
          : "Không có thành phần chỉ số nào vừa giảm điểm vừa gắn với nội dung tuyên truyền có ít hoạt động.",
      },
    ],
    tables: [],
  };

  const gaps = input.components
    .filter((c) => c.value !== null && c.peerMean !== null && c.value < c.peerMean && c.topics.length > 0)
    .map((c) => ({ ...c, gap: (c.peerMean! - c.value!) / Math.abs(c.peerMean!) }))
    .sort((a, b) => b.gap - a.gap)
    .slice(0, 5);
  const priority = [
    ...new Map(
      gaps.flatMap((c) => c.topics.map((t) => [t.code, { ...t, component: `${c.indexName} – ${c.name}` }] as const)),
    ).values(),
  ];
  const title = new Map(input.topics.map((t) => [t.code, t.title]));
  const orientation: ReportSection = {
    numeral: "IV",
    heading: `PHƯƠNG HƯỚNG NĂM ${year + 1}`,
    paragraphs: [
      {
        id: "IV.1",
        text: priority.length
          ? `Ưu tiên các nội dung gắn với thành phần chỉ số thấp hơn trung bình nhóm so sánh nhiều nhất: ${priority.map((t) => `${t.code}${title.has(t.code) ? ` (${title.get(t.code)})` : ""} – gắn với ${t.component}${t.leadUnit ? `, đề xuất ${t.leadUnit} chủ trì` : ""}`).join("; ")}.`
          : "Chưa xác định được nội dung ưu tiên từ số liệu chỉ số (thiếu điểm thành phần hoặc trung bình nhóm so sánh năm này).",
      },
      {
        id: "IV.2",
        text: `Chỉ tiêu đề xuất theo hình thức năm ${year + 1}: ${input.forms.map((f) => `${lowerFirst(f.name)} ${vi(proposedTarget(f.delivered, f.target))}`).join("; ")}. ${FORM_ORDER_NOTE}`,
      },
      {
        id: "IV.3",
        text: `Văn phòng Sở tiếp tục hướng dẫn, kiểm tra, đôn đốc và theo dõi việc thực hiện; các đơn vị cập nhật nhật ký hoạt động hằng tháng để theo dõi tiến độ so với chỉ tiêu.`,
      },
    ],
    tables: [
      {
        caption: `Bảng 4. Chỉ tiêu đề xuất năm ${year + 1}`,
        columns: ["Hình thức", `Thực hiện ${year}`, `Chỉ tiêu ${year}`, `Đề xuất ${year + 1}`],
        rows: input.forms.map((f) => [
          f.name,
          vi(f.delivered),
          f.target === null ? "chưa đặt" : vi(f.target),
          vi(proposedTarget(f.delivered, f.target)),
        ]),
      },
    ],
  };

  const [authority = "", signerTitle = ""] = (plan.signedBy ?? "GIÁM ĐỐC").split(" — ");
  return {
    issuerParentName: plan.issuerParentName,
    issuerName: plan.issuerName,
    place: plan.issuedPlace ?? "",
    numberLine: `Số:      /BC-${abbreviation(plan.number)}`,
    title: "BÁO CÁO",
    subtitle: `Kết quả thực hiện công tác tuyên truyền cải cách hành chính năm ${year} và định hướng năm ${year + 1}`,
    sections: [results, indices, assessment, orientation],
    recipients: plan.recipients,
    signature: { authority, title: signerTitle || authority, name: "" },
    proposals: input.forms.map((f) => ({ form: f.code, quantity: proposedTarget(f.delivered, f.target) })),
  };
}

/** "Tin, bài của CBCCVC" → "tin, bài của CBCCVC": mid-sentence, without lowering acronyms. */
function lowerFirst(name: string): string {
  return /^\p{Lu}\p{Lu}/u.test(name) ? name : name.charAt(0).toLocaleLowerCase("vi") + name.slice(1);
}

/** "88/SKHCN-VP" → "SKHCN": the issuer's abbreviation in the number line. */
function abbreviation(number: string): string {
  return number.split("/")[1]?.split("-")[0] ?? "";
}

function median(xs: number[]): number {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

function dateVi(iso: string): string {
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

/** Replaces generated paragraphs by the Office's edited text, by paragraph id. */
export function applyEdits(report: OrientationReport, edits: Record<string, string>): OrientationReport {
  return {
    ...report,
    sections: report.sections.map((s) => ({
      ...s,
      paragraphs: s.paragraphs.map((p) =>
        edits[p.id] !== undefined ? { ...p, text: edits[p.id]!.normalize("NFC") } : p,
      ),
    })),
  };
}
