import { readdir } from "node:fs/promises";
import { basename, join } from "node:path";
import { type IndexRules, type IndexValueRecord, noDataRecord } from "../index-values";
import type { ProvinceMatcher } from "../matchers";
import { FileError, openTable } from "../read-table";
import type { Rejection } from "../report";
import { CellError, number, text } from "../values";

export const PAPI_SOURCE =
  "https://github.com/hnks-gh/ml-mcdm (PAPI sub-dimension panel, copy of papi.org.vn data; see ../shared/data/papi-subdims/PROVENANCE.md)";

/**
 * Which sub-dimension a panel column holds in a year. The panel's codebook
 * names fit 2018+; for 2011–2017 the columns are positional and mean the older
 * definitions (PROVENANCE.md, from the official 2011–2016 workbook headers).
 * 2017 is taken to follow 2016, the last year whose headers were read.
 */
export function papiComponentFor(column: string, year: number): string | null {
  const m = /^SC(\d)(\d)$/.exec(column);
  if (!m) return null;
  const [dim, sub] = [m[1]!, Number(m[2])];
  if (year >= 2018) return `PAPI.D${dim}.${sub}`;
  if (dim === "2") return sub <= 3 ? `PAPI.D2.${sub + 1}` : null;
  if (dim === "3") {
    const map = year <= 2015 ? ["PAPI.D3.1", "PAPI.D3.4", "PAPI.D3.5"] : ["PAPI.D3.1", "PAPI.D3.2", "PAPI.D3.4"];
    return map[sub - 1] ?? null;
  }
  if (Number(dim) > 6) return null;
  return `PAPI.D${dim}.${sub}`;
}

/**
 * Derived scores are stored at the precision PAPI publishes them (4 decimals),
 * each rounded from the unrounded sum of the rounded parts, so a sum can miss
 * the official figure in the last digit (Nghệ An 2023: 42,8473 against the
 * published 42,8474, which the import keeps: see derived-precedence.ts).
 */
const round = (x: number) => Number(x.toFixed(4));

/**
 * The PAPI panel directory (csv/YYYY.csv + codebook/): sub-dimensions as
 * published, each dimension as the sum of its sub-dimensions and the total as
 * the sum of the dimensions (6 before 2018, 8 from 2018), as PAPI computes
 * them. A province with no dimension at all in a year is recorded "no data";
 * one with some dimensions missing gets those dimensions and a "no data" total.
 */
export async function readPapiPanel(
  dir: string,
  ctx: { provinces: ProvinceMatcher; rules: IndexRules; source?: string },
  rejected: Rejection[],
) {
  const records: IndexValueRecord[] = [];
  const files: string[] = [];
  const codebookPath = join(dir, "codebook", "codebook_provinces.csv");
  const codebook = await openTable(codebookPath).catch((e) => {
    throw new FileError(`${dir} is not a PAPI panel directory: ${(e as Error).message}`);
  });
  files.push(codebookPath);
  // The codebook names each id once; the unit a name denotes depends on the year file (a 2025
  // "Quang Tri" is the new Quảng Trị): unknown names are refused here, the rest read per year below.
  const nameOf = new Map<string, string>();
  const yearFiles = (await readdir(join(dir, "csv"))).filter((f) => /^\d{4}\.csv$/.test(f)).sort();
  if (yearFiles.length === 0) throw new FileError(`${join(dir, "csv")} has no YYYY.csv files`);
  for await (const row of codebook.rows) {
    const id = text(row.cells.get("variable code"));
    const name = text(row.cells.get("variable name"));
    if (!id || !name) continue;
    try {
      ctx.provinces.known(name);
      nameOf.set(id, name);
    } catch (error) {
      if (!(error instanceof CellError)) throw error;
      rejected.push({
        file: basename(codebookPath),
        row: row.rowNumber,
        column: "Variable_Name",
        reason: error.message,
      });
    }
  }
  const source = ctx.source ?? PAPI_SOURCE;
  for (const f of yearFiles) {
    const path = join(dir, "csv", f);
    files.push(path);
    const year = Number(f.slice(0, 4));
    const nDims = year >= 2018 ? 8 : 6;
    const table = await openTable(path);
    const seen = new Set<string>();
    // The year's unit of each codebook id; an id naming a unit of another era is refused where used.
    const provinceOf = new Map<string, { code: string; nameVi: string } | CellError>();
    for (const [id, name] of nameOf) {
      try {
        const p = ctx.provinces.match(name, year);
        provinceOf.set(id, { code: p.code, nameVi: p.nameVi });
      } catch (error) {
        if (!(error instanceof CellError)) throw error;
        provinceOf.set(id, error);
      }
    }
    for await (const row of table.rows) {
      const pid = text(row.cells.get("province"));
      const province = pid ? provinceOf.get(pid) : undefined;
      if (!province || province instanceof CellError) {
        rejected.push({
          file: f,
          row: row.rowNumber,
          column: "Province",
          reason:
            province instanceof CellError
              ? province.message
              : `unknown province id "${pid ?? ""}" (not in the codebook)`,
          ...(province instanceof CellError && province.code ? { code: province.code } : {}),
        });
        continue;
      }
      ctx.provinces.match(nameOf.get(pid!)!, year, { row: row.rowNumber, file: f });
      seen.add(province.code);
      const base = {
        row: row.rowNumber,
        file: f,
        subjectCode: province.code,
        subjectName: province.nameVi,
        indexCode: "PAPI",
        year,
        publishedRank: null,
        publishedOutOf: null,
        sourceUrl: source,
      };
      const dims = new Map<string, number>();
      let rowOk = true;
      for (const header of table.headers) {
        const componentId = papiComponentFor(header, year);
        if (!componentId) continue;
        let value: number | null;
        try {
          value = number(row.cells.get(header.toLowerCase()));
        } catch (error) {
          rejected.push({ file: f, row: row.rowNumber, column: header, reason: (error as Error).message });
          rowOk = false;
          continue;
        }
        if (value === null) continue;
        const rec = ctx.rules.record({ ...base, componentId, value, status: "published" }, rejected, header);
        if (!rec) {
          rowOk = false;
          continue;
        }
        records.push(rec);
        const dim = componentId.split(".").slice(0, 2).join(".");
        dims.set(dim, (dims.get(dim) ?? 0) + value);
      }
      if (!rowOk) continue;
      for (const [dim, sum] of dims) {
        const rec = ctx.rules.record(
          { ...base, componentId: dim, value: round(sum), status: "published", valueDerived: true },
          rejected,
        );
        if (rec) records.push(rec);
      }
      const complete = dims.size === nDims;
      const total = complete ? round([...dims.values()].reduce((a, b) => a + b, 0)) : null;
      const rec = ctx.rules.record(
        {
          ...base,
          componentId: null,
          value: total,
          status: complete ? "published" : "no_data",
          valueDerived: complete,
        },
        rejected,
      );
      if (rec) records.push(rec);
    }
    // Provinces of the codebook absent from the year's file: no data, not zero.
    for (const [, p] of provinceOf) {
      if (p instanceof CellError || seen.has(p.code)) continue;
      const rec = ctx.rules.record(noDataRecord(p, { file: f, indexCode: "PAPI", year, sourceUrl: source }), rejected);
      if (rec) records.push(rec);
    }
  }
  return { records, files };
}
