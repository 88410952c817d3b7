import { describe, expect, it } from "vitest";
import { formatFileSize } from "./strings";

describe("file sizes", () => {
  it("reads naturally in each language", () => {
    expect(formatFileSize(512, "en")).toBe("512 byte");
    expect(formatFileSize(1536, "en")).toBe("1.5 kB");
    expect(formatFileSize(3 * 1024 * 1024, "en")).toBe("3 MB");
    expect(formatFileSize(1536, "fr")).toBe("1,5\u202fko");
  });
});
