import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";

/** LibreOffice (Debian `libreoffice-writer-nogui`) and poppler's pdftoppm: present locally, or installed by .ci/run. */
export const haveLibreOffice = existsSync("/usr/bin/soffice") && existsSync("/usr/bin/pdftoppm");
if (!haveLibreOffice) {
  const hint = "LibreOffice/pdftoppm not found: apt-get install libreoffice-writer-nogui poppler-utils.";
  if (process.env.CI) throw new Error(hint);
  console.warn(`DOCX rendering check skipped. ${hint}`);
}

/**
 * Opens a DOCX in headless LibreOffice and converts it to PDF (proof the file
 * opens), then renders page 1 as PNG to outPng and extracts the text
 * (poppler). Returns the page count and the text.
 */
export function openInLibreOffice(docx: string, outPng: string): { pages: number; text: string } {
  const work = mkdtempSync(join(tmpdir(), "cchc-lo-"));
  try {
    // A profile of its own: a user's LibreOffice (or a parallel run) cannot lock this one.
    execFileSync(
      "soffice",
      [`-env:UserInstallation=file://${work}/profile`, "--headless", "--convert-to", "pdf", "--outdir", work, docx],
      { stdio: "pipe", timeout: 120_000 },
    );
    const pdf = join(work, basename(docx).replace(/\.docx$/, ".pdf"));
    const pages = Number(/Pages:\s+(\d+)/.exec(spawnSync("pdfinfo", [pdf], { encoding: "utf8" }).stdout)?.[1] ?? 0);
    execFileSync(
      "pdftoppm",
      ["-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", pdf, outPng.replace(/\.png$/, "")],
      { stdio: "pipe" },
    );
    execFileSync("pdftotext", ["-layout", pdf, join(work, "out.txt")]);
    return { pages, text: readFileSync(join(work, "out.txt"), "utf8") };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
