/**
 * A plan (kế hoạch) as an administrative document, laid out like plan 88:
 * I. Mục đích, yêu cầu; II. Nội dung; III. Hình thức (with the targets);
 * IV. Tổ chức thực hiện. Used for next year's draft.
 */
import { formatDate, formatNumber, upperFirst } from "@cchc/schema/format";
import type { OfficialDocument, ReportTable } from "./orientation";

export interface PlanDocumentInput {
  number: string;
  titleVi: string;
  year: number;
  issuerName: string;
  issuerParentName: string | null;
  issuedPlace: string | null;
  implementsText: string | null;
  purposes: string[];
  requirements: string[];
  audience: string | null;
  signedBy: string | null;
  recipients: string[];
  topics: { code: string; parentCode: string | null; textVi: string }[];
  forms: { code: string; name: string; descriptionVi: string }[];
  targets: { formName: string; unitName: string | null; periodStart: string; periodEnd: string; quantity: number }[];
  responsibilities: { unitName: string | null; dutyVi: string }[];
}

export function buildPlanDocument(p: PlanDocumentInput): OfficialDocument {
  const numbered = (prefix: string, xs: string[]) =>
    xs.map((text, i) => ({ id: `${prefix}.${i + 1}`, text: `${String.fromCharCode(97 + i)}) ${text}` }));
  const topLevel = p.topics.filter((t) => t.parentCode === null);
  const targetTable: ReportTable[] = p.targets.length
    ? [
        {
          caption: "Chỉ tiêu số lượng hoạt động",
          columns: ["Hình thức", "Đơn vị", "Thời gian", "Số lượng"],
          rows: p.targets.map((t) => [
            t.formName,
            t.unitName ?? "Toàn Sở",
            `${formatDate(t.periodStart)} – ${formatDate(t.periodEnd)}`,
            formatNumber(t.quantity, 0),
          ]),
        },
      ]
    : [];
  const [authority = "", title = ""] = (p.signedBy ?? "GIÁM ĐỐC").split(" — ");
  return {
    issuerParentName: p.issuerParentName,
    issuerName: p.issuerName,
    place: p.issuedPlace ?? "",
    numberLine: `Số:      /KH-${p.number.split("/")[1]?.split("-")[0] ?? ""}`.trimEnd(),
    title: "KẾ HOẠCH",
    subtitle: upperFirst(p.titleVi.replace(/^Kế hoạch\s+/i, "")),
    sections: [
      {
        numeral: "I",
        heading: "MỤC ĐÍCH, YÊU CẦU",
        paragraphs: [
          ...(p.implementsText ? [{ id: "I.0", text: `Thực hiện ${p.implementsText}.` }] : []),
          { id: "I.1", text: "1. Mục đích" },
          ...numbered("I.1", p.purposes),
          { id: "I.2", text: "2. Yêu cầu" },
          ...numbered("I.2", p.requirements),
        ],
        tables: [],
      },
      {
        numeral: "II",
        heading: "NỘI DUNG TUYÊN TRUYỀN",
        paragraphs: [
          ...(p.audience ? [{ id: "II.0", text: `Đối tượng: ${p.audience}` }] : []),
          ...topLevel.flatMap((t, i) => [
            { id: `II.${i + 1}`, text: `${i + 1}. ${t.textVi}` },
            ...p.topics
              .filter((c) => c.parentCode === t.code)
              .map((c, j) => ({ id: `II.${i + 1}.${j + 1}`, text: `- ${c.textVi}` })),
          ]),
        ],
        tables: [],
      },
      {
        numeral: "III",
        heading: "HÌNH THỨC TUYÊN TRUYỀN",
        paragraphs: p.forms.map((f, i) => ({ id: `III.${i + 1}`, text: `${i + 1}. ${f.descriptionVi}` })),
        tables: targetTable,
      },
      {
        numeral: "IV",
        heading: "TỔ CHỨC THỰC HIỆN",
        paragraphs: p.responsibilities.map((r, i) => ({
          id: `IV.${i + 1}`,
          text: `${i + 1}. ${r.unitName ? `${r.unitName}: ` : "Các phòng, đơn vị: "}${r.dutyVi}`,
        })),
        tables: [],
      },
    ],
    recipients: p.recipients,
    signature: { authority, title: title || authority, name: "" },
  };
}
