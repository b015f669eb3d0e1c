import { describe, expect, it } from "vitest";
import {
  parseRole,
  ROLE_LABELS,
  ROLE_OPTIONS,
  ROLES,
  roleCovers,
  roleLabel,
  roleOptionsUpTo,
  toApiRole,
} from "./roles";

describe("roles in Vietnamese", () => {
  it("labels every role, lowest first, in NFC", () => {
    expect(ROLE_OPTIONS.map((o) => o.value)).toEqual(["viewer", "analyst", "editor", "admin"]);
    expect(ROLE_OPTIONS.map((o) => o.label)).toEqual([
      "Lãnh đạo (xem)",
      "Phân tích",
      "Văn phòng (biên tập)",
      "Quản trị",
    ]);
    for (const label of Object.values(ROLE_LABELS)) expect(label).toBe(label.normalize("NFC"));
    expect(Object.keys(ROLE_LABELS).sort()).toEqual([...ROLES].sort());
  });

  it("reads roles in either spelling and rejects the rest", () => {
    expect(parseRole("ADMIN")).toBe("admin");
    expect(parseRole(" editor ")).toBe("editor");
    expect(parseRole("root")).toBeNull();
    expect(parseRole(undefined)).toBeNull();
    expect(roleLabel("ANALYST")).toBe("Phân tích");
    expect(roleLabel("viewer")).toBe("Lãnh đạo (xem)");
    expect(roleLabel("khác")).toBe("khác");
    expect(toApiRole("viewer")).toBe("VIEWER");
  });

  it("orders roles and offers none above a ceiling", () => {
    expect(roleCovers("admin", "editor")).toBe(true);
    expect(roleCovers("analyst", "editor")).toBe(false);
    expect(roleCovers("viewer", "viewer")).toBe(true);
    expect(roleOptionsUpTo("analyst").map((o) => o.value)).toEqual(["viewer", "analyst"]);
    expect(roleOptionsUpTo("admin")).toHaveLength(4);
  });
});
