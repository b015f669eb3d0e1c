import { describe, expect, it } from "vitest";
import {
  ACCESS_ROLE,
  IMPORT_KIND,
  INDEX_CODE,
  indexCodeLabel,
  PROGRESS_STATUS,
  PROVINCE_INDEX_CODES,
  upperFirst,
  VALUE_STATUS,
  valueStatusLabel,
} from "../src/index";
import { sdlEnumValues } from "./sdl-enum";

/** The vocabulary names exactly the SDL's enum values: a value added to one and not the other fails here. */
describe("vocabulary", () => {
  it.each([
    ["ValueStatus", Object.values(VALUE_STATUS).map((s) => s.graphql)],
    ["ProgressStatus", Object.keys(PROGRESS_STATUS)],
    ["ImportKind", Object.values(IMPORT_KIND)],
    ["Role", Object.values(ACCESS_ROLE)],
    ["IndexCode", Object.keys(INDEX_CODE)],
  ])("%s", (name, ours) => {
    expect([...ours].sort()).toEqual(sdlEnumValues(name));
  });

  it("has one Vietnamese wording per status, NFC", () => {
    for (const s of Object.values(VALUE_STATUS)) expect(s.label).toBe(s.label.normalize("NFC"));
    expect(VALUE_STATUS.no_data.label).toBe("không có số liệu");
  });

  it("labels a status from its stored word or its GraphQL name", () => {
    expect(valueStatusLabel("not_published")).toBe("không công bố");
    expect(valueStatusLabel("NOT_PUBLISHED")).toBe("không công bố");
    expect(valueStatusLabel("NO_DATA")).toBe(valueStatusLabel("no_data"));
    expect(valueStatusLabel("PUBLISHED")).toBe("công bố");
    expect(upperFirst(valueStatusLabel("NO_DATA"))).toBe("Không có số liệu");
  });

  it("names the indices, provincial ones in tab order", () => {
    expect(PROVINCE_INDEX_CODES).toEqual(["PAR_INDEX", "SIPAS", "PAPI", "PCI"]);
    expect(indexCodeLabel("PAR_INDEX")).toBe("PAR INDEX");
    expect(indexCodeLabel("PCI")).toBe("PCI");
    expect(indexCodeLabel("DEPT_PAR")).toBe("PAR cấp sở");
  });
});
