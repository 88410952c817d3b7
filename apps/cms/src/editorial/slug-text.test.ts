import { describe, expect, it } from "vitest";
import { withPlainNumbers } from "./slug-text";

describe("withPlainNumbers", () => {
  it.each([
    ["20,000 migrants return home", "20000 migrants return home"],
    ["1,250,000 people", "1250000 people"],
    ["20.000 migrantes", "20000 migrantes"],
    ["20\u202f000 migrants", "20000 migrants"],
    ["20 000 migrants", "20000 migrants"],
    ["Over 1,250.5 tonnes", "Over 1250.5 tonnes"],
  ])("%s → %s", (title, expected) => {
    expect(withPlainNumbers(title)).toBe(expected);
  });

  it.each(["A 1,5 % rise in 2025, in Lima, Peru", "3.25 million and 12,5000 things", "In 2024 300 graduates", "COVID-19 100 days on"])(
    "leaves %s alone",
    (title) => {
      expect(withPlainNumbers(title)).toBe(title);
    },
  );
});
