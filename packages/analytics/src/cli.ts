/**
 * npm run impact -- --file panel.csv --unit <column> --time <column> --value <column>
 *                   --treated <unit> --from <time> [--to <time>] [--start <time>]
 *                   [--breaks 2018,...] [--k 5] [--drop-incomplete] [--json]
 *
 * Synthetic control with in-space, leave-one-out and in-time placebos, and a
 * difference-in-differences against every other unit, on a long CSV or XLSX
 * (one row per unit and time). --from is the first treated time; --start the
 * first time of the window. Exit codes: 0 done, 2 bad input, 1 anything else.
 */
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { differenceInDifferences } from "./impact/did";
import { ImpactInputError } from "./impact/panel";
import { PanelFileError, readPanel, unitGaps } from "./impact/read-panel";
import { impactJson } from "./impact/report-json";
import { impactText } from "./impact/report-text";
import { syntheticControl } from "./impact/synth-placebos";
import { didVerdict, synthVerdict } from "./impact/verdict";

const USAGE =
  "usage: npm run impact -- --file panel.csv --unit <column> --time <column> --value <column> --treated <unit> --from <time> [--to <time>] [--start <time>] [--breaks 2018] [--k 5] [--drop-incomplete] [--json]";

/** Prints the Vietnamese message with its English code (e.g. MISSING_COLUMN) and exits. */
function fail(message: string, errorCode: string, code = 2): never {
  console.error(`impact: ${message} (${errorCode.toUpperCase()})`);
  process.exit(code);
}

function int(name: string, v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  if (!/^-?\d+$/.test(v.trim())) fail(`--${name} "${v}" không phải là số nguyên\n${USAGE}`, "bad_argument");
  return Number(v);
}

async function main() {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      options: {
        file: { type: "string" },
        unit: { type: "string" },
        time: { type: "string" },
        value: { type: "string" },
        treated: { type: "string" },
        from: { type: "string" },
        to: { type: "string" },
        start: { type: "string" },
        breaks: { type: "string" },
        k: { type: "string" },
        "drop-incomplete": { type: "boolean", default: false },
        json: { type: "boolean", default: false },
      },
    }));
  } catch (e) {
    fail(`${(e as Error).message}\n${USAGE}`, "bad_argument");
  }
  const str = (k: string) => values[k] as string | undefined;
  for (const k of ["file", "unit", "time", "value", "treated", "from"])
    if (!str(k)) fail(`thiếu --${k}\n${USAGE}`, "missing_argument");
  const treatedFrom = int("from", str("from"))!;
  const to = int("to", str("to"));
  const start = int("start", str("start"));
  const k = str("k") === undefined ? undefined : Number(str("k"));
  if (k !== undefined && !(k > 0)) fail(`--k "${str("k")}" phải là số dương`, "bad_argument");
  const breaks = (str("breaks") ?? "")
    .split(",")
    .filter((s) => s.trim())
    .map((s) => int("breaks", s)!);
  const path = resolve(process.env.INIT_CWD || process.cwd(), str("file")!);
  const read = await readPanel(path, { unit: str("unit")!, time: str("time")!, value: str("value")! });
  const treated = str("treated")!.normalize("NFC").trim();
  const units = [...new Set(read.rows.map((r) => r.unit))];
  if (!units.includes(treated) && !read.blanks.some((b) => b.unit === treated))
    fail(
      `đơn vị được đánh giá "${treated}" không có trong cột "${str("unit")}" (${units.length} đơn vị, ví dụ ${units
        .slice(0, 5)
        .map((u) => `"${u}"`)
        .join(", ")})`,
      "treated_absent",
    );
  const times = read.rows.map((r) => r.time);
  const gaps = unitGaps(read, start ?? Math.min(...times), to ?? Math.max(...times));
  const own = gaps.find((g) => g.unit === treated);
  if (own) fail(`đơn vị được đánh giá "${treated}" thiếu giá trị năm ${own.missing.join(", ")}`, "treated_incomplete");
  if (gaps.length && !values["drop-incomplete"])
    fail(
      `${gaps.length} đơn vị thiếu số liệu trong khoảng: ${gaps
        .slice(0, 10)
        .map((g) => `"${g.unit}" thiếu giá trị năm ${g.missing.join(", ")}`)
        .join(
          "; ",
        )}${gaps.length > 10 ? "; …" : ""}. Hãy bổ sung, hoặc thêm --drop-incomplete để loại các đơn vị đó khỏi nhóm so sánh.`,
      "unit_gaps",
    );
  const spec = { treated, treatedFrom, from: start, to, breaks, k };
  const synth = syntheticControl(read.rows, spec);
  const did = differenceInDifferences(read.rows, spec);
  const verdicts = { synth: synthVerdict(synth), did: didVerdict(did) };
  if (values.json) console.log(JSON.stringify(impactJson(synth, did, verdicts), null, 2));
  else console.log(impactText(synth, did, verdicts));
}

main().catch((e: unknown) => {
  if (e instanceof PanelFileError || e instanceof ImpactInputError) fail(e.message, e.code);
  fail(e instanceof Error ? (e.stack ?? e.message) : String(e), "internal", 1);
});
