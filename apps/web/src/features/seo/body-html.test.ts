import { describe, expect, it } from "vitest";
import { bodyToHtml, escapeHtml, safeHref } from "./body-html";

const SITE = "https://news.example.org";

describe("body HTML for feeds", () => {
  it("escapes text, keeps marks, nests lists and makes links and images absolute", () => {
    const html = bodyToHtml(
      [
        { type: "heading", level: 1, children: [{ type: "text", text: "A <heading>" }] },
        {
          type: "paragraph",
          children: [
            { type: "text", text: "x & y", italic: true },
            { type: "link", url: "/en/news", children: [{ type: "text", text: "news" }] },
          ],
        },
        {
          type: "list",
          format: "ordered",
          children: [
            { type: "list-item", children: [{ type: "text", text: "one" }] },
            { type: "list", format: "unordered", children: [{ type: "list-item", children: [{ type: "text", text: "inner" }] }] },
          ],
        },
        { type: "image", image: { url: "/uploads/a.jpg", alternativeText: 'The "alt"', caption: "Cap", width: 10, height: 5 } },
      ],
      SITE,
    );
    expect(html).toBe(
      [
        "<h2>A &lt;heading&gt;</h2>",
        `<p><em>x &amp; y</em><a href="${SITE}/en/news">news</a></p>`,
        "<ol><li>one</li><li><ul><li>inner</li></ul></li></ol>",
        `<figure><img src="${SITE}/uploads/a.jpg" alt="The &quot;alt&quot;" width="10" height="5"><figcaption>Cap</figcaption></figure>`,
      ].join("\n"),
    );
  });

  it("drops links a reader must not follow", () => {
    expect(safeHref("javascript:alert(1)", SITE)).toBeNull();
    expect(safeHref("//evil.example/x", SITE)).toBeNull();
    expect(safeHref("mailto:media@iom.int", SITE)).toBe("mailto:media@iom.int");
    expect(
      bodyToHtml([{ type: "paragraph", children: [{ type: "link", url: "javascript:x", children: [{ type: "text", text: "t" }] }] }], SITE),
    ).toBe("<p>t</p>");
  });

  it("escapes > so that ]]> cannot appear", () => {
    expect(escapeHtml("a ]]> b")).toBe("a ]]&gt; b");
  });
});
