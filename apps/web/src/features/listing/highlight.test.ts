import { describe, expect, it } from "vitest";
import { splitForHighlight } from "./highlight";

describe("search highlighting", () => {
  it("marks the ranges the CMS matched, keeping the original spelling", () => {
    expect(
      splitForHighlight("Día del Peruano en el Perú", [
        [8, 15],
        [22, 26],
      ]),
    ).toEqual([
      { text: "Día del ", match: false },
      { text: "Peruano", match: true },
      { text: " en el ", match: false },
      { text: "Perú", match: true },
    ]);
  });

  it("leaves text alone without ranges", () => {
    expect(splitForHighlight("12,274 migrants", [])).toEqual([{ text: "12,274 migrants", match: false }]);
    expect(splitForHighlight("", [])).toEqual([{ text: "", match: false }]);
  });

  it("ignores ranges that overlap, are empty or run past the text", () => {
    expect(
      splitForHighlight("one two three", [
        [4, 7],
        [5, 9],
        [9, 9],
        [8, 99],
      ]),
    ).toEqual([
      { text: "one ", match: false },
      { text: "two", match: true },
      { text: " three", match: false },
    ]);
  });

  it("takes ranges in any order", () => {
    expect(
      splitForHighlight("a b", [
        [2, 3],
        [0, 1],
      ]).map((p) => p.match),
    ).toEqual([true, false, true]);
  });
});
