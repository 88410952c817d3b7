import { describe, expect, it } from "vitest";
import { populateDepth } from "../../src/middlewares/content-api-bounds";

describe("populate depth", () => {
  it.each([
    [undefined, 0],
    ["countries", 1],
    ["countries,heroImage.image", 2],
    [{ countries: { fields: ["slug"] } }, 1],
    [{ header: { populate: { children: { populate: { pressRelease: { fields: ["slug"] } } } } } }, 3],
    [{ blocks: { on: { "shared.media": { populate: { file: true } } } } }, 3],
    [["countries", "themes"], 1],
  ])("%j is %d levels", (populate, depth) => {
    expect(populateDepth(populate)).toBe(depth);
  });

  it.each(["*", true, "true", ["*"], "countries,*", { "*": true }, { seo: { populate: "*" } }, { seo: { populate: true } }])(
    "%j is unbounded",
    (populate) => {
      expect(populateDepth(populate)).toBe(Infinity);
    },
  );
});
