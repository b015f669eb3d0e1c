import type { ProfileSources } from "./modules/indices/profile.service";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Db } from "@cchc/db";
import { applyEdits, buildOrientationReport, buildPlanDocument, reportDocx } from "@cchc/report";
import { GraphQLError } from "graphql";
import { type Identify, requireRole } from "./auth";
import { attachment } from "./export-route";
import { readBody } from "./http";
import { planDocumentInput } from "./modules/plans/plan-document.service";
import { savedEditTexts } from "./modules/plans/report-edits.service";
import { orientationReportInput } from "./modules/plans/report.service";

/**
 * GET /export/report.docx?plan=<id>&year=<N> — the orientation report as DOCX,
 * with the Office's saved paragraph edits (saveReportEdits); POST the same URL
 * with {"edits": {"<paragraph id>": "text"}} to lay out unsaved edits on top
 * (they replace paragraphs in this download only, nothing is stored).
 * GET /export/plan.docx?plan=<id> — the plan itself (e.g. next year's draft) as DOCX.
 */
export function reportDocxHandler(db: Db, identify: Identify, anonymousRead: boolean, sources: ProfileSources = {}) {
  return async (req: IncomingMessage, res: ServerResponse, url: URL) => {
    const send = (status: number, error: string) => {
      res.writeHead(status, { "content-type": "application/json; charset=utf-8" });
      res.end(JSON.stringify({ error }));
    };
    const sendDocx = (fileName: string, docx: Buffer) => {
      res.writeHead(200, {
        "content-type": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "content-disposition": attachment(fileName.replace(/\.docx$/, ""), "docx"),
      });
      res.end(docx);
    };
    try {
      const viewer = await identify(req);
      if (!anonymousRead) requireRole(viewer, "viewer");
      if (url.pathname === "/export/plan.docx") {
        const input = await planDocumentInput(db, url.searchParams.get("plan") ?? "");
        return sendDocx(`ke-hoach-cchc-${input.year}.docx`, await reportDocx(buildPlanDocument(input)));
      }
      let edits: Record<string, string> = {};
      if (req.method === "POST") {
        const body = JSON.parse((await readBody(req)) || "{}") as { edits?: unknown };
        if (
          body.edits !== undefined &&
          (typeof body.edits !== "object" ||
            body.edits === null ||
            Object.values(body.edits).some((v) => typeof v !== "string"))
        )
          return send(400, "edits must be an object of paragraph id → text");
        edits = (body.edits ?? {}) as Record<string, string>;
      }
      const year = url.searchParams.get("year");
      const input = await orientationReportInput(
        db,
        { plan: url.searchParams.get("plan") ?? "", year: year ? Number(year) : null },
        sources,
      );
      // The Office's saved edits (saveReportEdits), then any posted on top (unsaved changes on the page).
      const saved = await savedEditTexts(db, Number(url.searchParams.get("plan")), input.year);
      sendDocx(
        `bao-cao-cchc-${input.year}.docx`,
        await reportDocx(applyEdits(buildOrientationReport(input), { ...saved, ...edits })),
      );
    } catch (error) {
      if (error instanceof SyntaxError) return send(400, "body must be JSON");
      if (!(error instanceof GraphQLError)) throw error;
      const code = error.extensions.code;
      return send(
        code === "UNAUTHENTICATED" ? 401 : code === "FORBIDDEN" ? 403 : code === "NOT_FOUND" ? 404 : 400,
        error.message,
      );
    }
  };
}
