/**
 * A report or plan as a DOCX in the administrative layout of Nghị định 30/2020/NĐ-CP
 * (as plan 88 is laid out): issuer block and Quốc hiệu – Tiêu ngữ side by
 * side, number and place-date line, title, numbered sections, then Nơi nhận
 * on the left and the signature block on the right. A4, Times New Roman.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import type { OfficialDocument, ReportTable } from "./orientation/types";

const CM = 567; // twips per centimetre
const FONT = "Times New Roman";
const NONE = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" } as const;
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };
const LINE = { style: BorderStyle.SINGLE, size: 4, color: "000000" } as const;

type RunOptions = { bold?: boolean; italics?: boolean; underline?: boolean; size?: number };
const run = (text: string, o: RunOptions = {}) =>
  new TextRun({
    text,
    font: FONT,
    bold: o.bold,
    italics: o.italics,
    underline: o.underline ? {} : undefined,
    size: o.size,
  });
const centred = (text: string, o: RunOptions = {}) =>
  new Paragraph({ alignment: AlignmentType.CENTER, children: [run(text, o)] });

/** Two borderless columns: left and right blocks of the header or of the closing. */
function twoColumns(left: Paragraph[], right: Paragraph[], leftShare = 40): Table {
  const cell = (children: Paragraph[], share: number) =>
    new TableCell({
      children,
      width: { size: share, type: WidthType.PERCENTAGE },
      borders: { top: NONE, bottom: NONE, left: NONE, right: NONE },
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: NO_BORDERS,
    rows: [new TableRow({ children: [cell(left, leftShare), cell(right, 100 - leftShare)] })],
  });
}

/** "ngày 05 tháng 01 năm 2023": days under 10 and months 1–2 take a leading zero (Nghị định 30/2020, Phụ lục I). */
export function dateLine(d: Date): string {
  const day = d.getDate();
  const month = d.getMonth() + 1;
  return `ngày ${day < 10 ? `0${day}` : day} tháng ${month < 3 ? `0${month}` : month} năm ${d.getFullYear()}`;
}

/** Numbers (85,92 · 1.234 · −2 · 20 / 20 · 45%) align right; words align left. */
const NUMERIC = /^[−+-]?[\d.,]+%?(\s*\/\s*[\d.,]+)?$|^—$/;

function dataTable(t: ReportTable): (Paragraph | Table)[] {
  const border = { top: LINE, bottom: LINE, left: LINE, right: LINE };
  const row = (cells: string[], header: boolean) =>
    new TableRow({
      tableHeader: header,
      children: cells.map(
        (c, i) =>
          new TableCell({
            borders: border,
            children: [
              new Paragraph({
                alignment: i > 0 && !header && NUMERIC.test(c) ? AlignmentType.RIGHT : AlignmentType.LEFT,
                children: [run(c, { bold: header, size: 24 })],
              }),
            ],
          }),
      ),
    });
  return [
    new Paragraph({ spacing: { before: 120, after: 60 }, children: [run(t.caption, { italics: true, size: 24 })] }),
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [row(t.columns, true), ...t.rows.map((r) => row(r, false))],
    }),
  ];
}

export function reportDocument(report: OfficialDocument, issuedOn: Date = new Date()): Document {
  const header = twoColumns(
    [
      ...(report.issuerParentName ? [centred(report.issuerParentName.toUpperCase(), { size: 26 })] : []),
      centred(report.issuerName.toUpperCase(), { bold: true, size: 26 }),
      centred("———", { size: 20 }),
      centred(report.numberLine, { size: 26 }),
    ],
    [
      centred("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", { bold: true, size: 24 }),
      centred("Độc lập - Tự do - Hạnh phúc", { bold: true, underline: true, size: 28 }),
      centred(""),
      centred(`${report.place}, ${dateLine(issuedOn)}`, { italics: true }),
    ],
    38,
  );
  const body: (Paragraph | Table)[] = [];
  for (const s of report.sections) {
    body.push(
      new Paragraph({
        spacing: { before: 200, after: 100 },
        children: [run(`${s.numeral}. ${s.heading}`, { bold: true })],
      }),
    );
    for (const p of s.paragraphs)
      body.push(
        new Paragraph({
          alignment: AlignmentType.JUSTIFIED,
          indent: { firstLine: Math.round(1.27 * CM) },
          spacing: { after: 100, line: 300 },
          children: [run(p.text)],
        }),
      );
    for (const t of s.tables) body.push(...dataTable(t));
  }
  const closing = twoColumns(
    [
      new Paragraph({ children: [run("Nơi nhận:", { bold: true, italics: true, size: 24 })] }),
      ...report.recipients.map((r) => new Paragraph({ children: [run(`- ${r};`, { size: 22 })] })),
    ],
    [
      centred(report.signature.authority, { bold: true }),
      ...(report.signature.title !== report.signature.authority
        ? [centred(report.signature.title, { bold: true })]
        : []),
      centred(""),
      centred(""),
      centred(""),
      centred(report.signature.name, { bold: true }),
    ],
    50,
  );
  return new Document({
    creator: report.issuerName,
    title: `${report.title} — ${report.subtitle}`,
    styles: { default: { document: { run: { font: FONT, size: 28 } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: 2 * CM, bottom: 2 * CM, left: 3 * CM, right: 2 * CM },
          },
        },
        children: [
          header,
          new Paragraph({
            spacing: { before: 360 },
            alignment: AlignmentType.CENTER,
            children: [run(report.title, { bold: true })],
          }),
          centred(report.subtitle, { bold: true }),
          centred("———", { size: 20 }),
          ...body,
          new Paragraph({ spacing: { before: 240 }, children: [] }),
          closing,
        ],
      },
    ],
  });
}

/** The DOCX bytes. */
export function reportDocx(report: OfficialDocument, issuedOn?: Date): Promise<Buffer> {
  return Packer.toBuffer(reportDocument(report, issuedOn));
}
