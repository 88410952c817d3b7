import { describe, expect, it } from "vitest";
import { splitForHighlight } from "./highlight";

describe("search highlighting", () => {
  it("marks words containing a term, ignoring accents and case", () => {
    expect(splitForHighlight("Día del Peruano en el Perú", ["peru"])).toEqual([
      { text: "Día del ", match: false },
      { text: "Peruano", match: true },
      { text: " en el ", match: false },
      { text: "Perú", match: true },
    ]);
  });

  it("leaves text alone without terms", () => {
    expect(splitForHighlight("12,274 migrants", [])).toEqual([{ text: "12,274 migrants", match: false }]);
  });

  it("treats regex characters in terms as text", () => {
    expect(splitForHighlight("a (b) c", ["(b)"])).toEqual([{ text: "a (b) c", match: false }]);
  });

  it("folds words as the CMS's index does, so every term the CMS matched is marked", () => {
    // The CMS folds per code point: "ΟΔΟΣ" is indexed and its term sent back as "οδοσ" (not "οδος").
    expect(splitForHighlight("ΟΔΟΣ", ["οδοσ"])).toEqual([{ text: "ΟΔΟΣ", match: true }]);
  });
});
