import { describe, expect, it } from "vitest";
import { lowerFirst } from "../../src/orientation/text";

describe("report text helpers", () => {
  it("lowers the first letter mid-sentence but keeps acronyms", () => {
    expect(lowerFirst("Đối thoại")).toBe("đối thoại");
    expect(lowerFirst("TTHC niêm yết")).toBe("TTHC niêm yết");
  });
});
