import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { COMPONENTS, INDICES, VERSIONS } from "../src/seed/indices";
import { FORMS, TOPIC_LINKS, TOPICS } from "../src/seed/plan-88";

/** The seed's data files: loaded, validated, and every figure with its source beside it. */
describe("seed data files", () => {
  const raw = (name: string) =>
    JSON.parse(readFileSync(new URL(`../src/seed/data/${name}`, import.meta.url), "utf8")) as Record<string, unknown>;

  it("names a source for every index, version and component group", () => {
    const unsourced = [...INDICES, ...VERSIONS].filter((x) => !x.sourceUrl && !("notes" in x && x.notes));
    // DDCI has no public source yet; its version's notes say so.
    expect(unsourced.map((x) => x.code)).toEqual(["DDCI"]);
    const groups = raw("indices.json").componentGroups as { indexCode: string; source: string }[];
    expect(groups.every((g) => g.source.includes("../shared/design/indices.md"))).toBe(true);
    expect(raw("plan-88.json").source).toBe("../shared/seeds/plan-88-SKHCN-VP-2022.md");
  });

  it("keeps the structure's references whole", () => {
    const versions = new Set(VERSIONS.map((v) => v.code));
    const ids = new Set(COMPONENTS.map((c) => c.id));
    expect(COMPONENTS.flatMap((c) => Object.keys(c.in)).filter((v) => !versions.has(v))).toEqual([]);
    expect(COMPONENTS.filter((c) => c.parentId && !ids.has(c.parentId))).toEqual([]);
    const topics = new Set(TOPICS.map(([code]) => code));
    expect(TOPIC_LINKS.flatMap(([ts]) => ts).filter((code) => !topics.has(code))).toEqual([]);
    expect(TOPIC_LINKS.flatMap(([, cs]) => cs).filter((id) => !ids.has(id))).toEqual([]);
    expect([INDICES.length, VERSIONS.length, COMPONENTS.length, TOPICS.length, FORMS.length]).toEqual([
      6, 11, 63, 19, 5,
    ]);
  });
});
