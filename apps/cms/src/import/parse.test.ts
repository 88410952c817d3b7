import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { peruPressContact, peruPressRelease } from "../seed/data/peru";
import { collectReleases } from "./run";
import { parseFeedItems } from "./feed";
import { parsePage } from "./page";
import { contentHash, legacyPath, normalizeLegacyPath, slugFor, sourceKey, type ImportedRelease, type ParseResult } from "./release";
import { parseTextPage } from "./text-page";
import { guessLanguage, parseContactLines, parseDate, parseDateline } from "./text";

const FIXTURES = path.resolve(__dirname, "../../tests/fixtures/import");
// The reference release (shared/seeds/000_1d07d1647ccf1b53.txt), copied as it is.
const SEED = path.join(FIXTURES, "seed/peru-reference-release.txt");

function page(name: string): ParseResult {
  const location = path.join(FIXTURES, name);
  return parsePage({ html: readFileSync(location, "utf8"), location });
}
function release(result: ParseResult): ImportedRelease {
  if (result.kind !== "release") throw new Error(`skipped: ${result.reason} ${result.detail ?? ""}`);
  return result.release;
}
const allText = (r: ImportedRelease) => JSON.stringify(r.body);

describe("datelines, dates, contacts", () => {
  it("reads the datelines old newsrooms write", () => {
    expect(parseDateline("Peru - As part of the commemoration…")).toMatchObject({
      place: "Peru",
      countryCandidates: ["Peru"],
      rest: "As part of the commemoration…",
    });
    expect(parseDateline("GENEVA, 12 March 2024 – The IOM…")).toMatchObject({
      place: "Geneva",
      date: "2024-03-12T12:00:00.000Z",
      rest: "The IOM…",
    });
    expect(parseDateline("Lima, Perú, 3 de mayo de 2023 — La OIM…")).toMatchObject({
      place: "Lima",
      countryCandidates: ["Perú", "Lima"],
      date: "2023-05-03T12:00:00.000Z",
    });
    expect(parseDateline("Dakar (Sénégal) – L'OIM a formé…")).toMatchObject({ place: "Dakar", countryCandidates: ["Sénégal", "Dakar"] });
    expect(parseDateline("The minister said - in a long sentence that is not a dateline - that…")).toBeUndefined();
  });
  it("reads dates in three languages", () => {
    expect(parseDate("1er mars 2023")).toBe("2023-03-01T12:00:00.000Z");
    expect(parseDate("June 30, 2017")).toBe("2017-06-30T12:00:00.000Z");
    expect(parseDate("30 de julio de 2016")).toBe("2016-07-30T12:00:00.000Z");
    expect(parseDate("Tue, 12 Apr 2022 14:00:00 +0000")).toBe("2022-04-12T14:00:00.000Z");
    expect(parseDate("31 février 2020")).toBeUndefined();
    expect(parseDate("no date here")).toBeUndefined();
  });
  it("reads a contact block", () => {
    expect(parseContactLines(["Carolina Santos", "IOM Peru", "Email: casantos@iom.int", "Tel: +51.1.221.7209.before-stop"])).toEqual({
      fullName: "Carolina Santos",
      office: "IOM Peru",
      email: "casantos@iom.int",
      phone: "+51.1.221.7209",
    });
    expect(
      parseContactLines(["Paul Martin, Spokesperson, IOM Headquarters", "Email : PMartin@oldnewsroom.example", "Mobile: +41 79 103 8720"]),
    ).toMatchObject({ role: "Spokesperson", email: "pmartin@oldnewsroom.example", mobile: "+41 79 103 8720" });
    expect(parseContactLines(["Call us any time"])).toBeUndefined();
  });
  it("tells the three languages apart", () => {
    expect(guessLanguage("La OIM y el Gobierno de Perú conmemoran el día de los peruanos que residen en el exterior")).toBe("es");
    expect(guessLanguage("L'OIM et le Gouvernement du Pérou célèbrent la journée des Péruviens de l'étranger dans le pays")).toBe("fr");
  });
  it("keeps old addresses in one spelling", () => {
    expect(legacyPath("https://www.oldnewsroom.example/News/Press-Release/Some-Title/?utm=x")).toBe("/news/press-release/some-title");
    expect(normalizeLegacyPath("/es/news/caf%C3%A9")).toBe("/es/news/café");
    expect(normalizeLegacyPath("not a path")).toBeUndefined();
    expect(slugFor({ sourceUrl: "https://x.example/node/1234", title: "A Title, With Accents: Café" })).toBe("a-title-with-accents-cafe");
    expect(slugFor({ sourceUrl: "https://x.example/pbn/iom-helps-migrants.html", title: "x" })).toBe("iom-helps-migrants");
  });
});

describe("the reference release (shared/seeds)", () => {
  it("reads to the seeded Peru release, field by field", () => {
    const r = release(parseTextPage(readFileSync(SEED, "utf8"), "seed.txt", peruPressRelease.releaseDate));
    expect(r.title).toBe(peruPressRelease.title);
    expect(r.datelinePlace).toBe(peruPressRelease.datelinePlace);
    expect(r.datelineCandidates).toContain("Peru");
    expect(r.lead).toBe(peruPressRelease.lead);
    expect(r.body).toEqual(peruPressRelease.body);
    expect(r.documentType).toBe("press-release");
    expect(r.language).toBe("en");
    expect(r.pressContact).toEqual({
      fullName: peruPressContact.fullName,
      office: peruPressContact.office,
      email: peruPressContact.email,
      phone: peruPressContact.phone,
    });
    expect(slugFor(r)).toBe(peruPressRelease.slug);
  });
});

describe("fixture pages", () => {
  const pages = readdirSync(path.join(FIXTURES, "pages"));
  it("has at least 20 pages in three languages and three shapes", () => {
    expect(pages.length).toBeGreaterThanOrEqual(20);
    for (const shape of ["drupal-", "wordpress-", "plain-", "broken-", "hostile-"])
      expect(pages.some((p) => p.startsWith(shape))).toBe(true);
  });
  it.each(pages)("%s imports with headline, date, dateline, lead, body, language and contact", (name) => {
    const r = release(page(`pages/${name}`));
    expect(r.title.length).toBeGreaterThan(10);
    expect(Date.parse(r.releaseDate)).not.toBeNaN();
    expect(r.datelinePlace).not.toBe("");
    expect(r.lead.length).toBeGreaterThan(40);
    expect(r.body.length).toBeGreaterThan(0);
    expect(name.split("-")[1]).toBe(r.language);
    expect(r.pressContact?.email).toMatch(/@/);
    expect(r.sourceUrl).toMatch(/^https:\/\/www\.oldnewsroom\.example\//);
    expect(allText(r)).not.toMatch(/Related news|Recent Posts|Proudly powered|Share this|All rights reserved|dataLayer/);
  });
  it("reads a Drupal page: type, tags, the figure's caption and credit, quotes and lists", () => {
    const r = release(page("pages/drupal-en-iom-opens-migrant-resource-centre-in-quito.html"));
    expect(r).toMatchObject({
      documentType: "press-release",
      datelinePlace: "Quito",
      releaseDate: "2021-03-15T10:00:00.000Z",
      tags: ["Ecuador", "Migration governance"],
    });
    expect(r.heroImage).toMatchObject({
      caption: "Participants at the event.",
      credit: "Old Newsroom/J. Doe",
      alt: "IOM Opens Migrant Resource Centre in Quito",
    });
    expect(r.heroImage?.src).toBe(path.join(FIXTURES, "images/border-post.jpg"));
    expect(r.body.map((b) => b.type)).toEqual(["paragraph", "quote", "paragraph", "heading", "list"]);
    expect(r.pressContact).toEqual({
      fullName: "Ana Torres",
      office: "IOM Ecuador",
      email: "atorres@oldnewsroom.example",
      phone: "+593 2 123 4567",
      mobile: "+593 99 123 4567",
    });
    expect(allText(r)).toContain('"url":"https://www.oldnewsroom.example/en/data"');
  });
  it("reads the document type in each language", () => {
    expect(release(page("pages/wordpress-en-iom-statement-on-the-mediterranean.html")).documentType).toBe("statement");
    expect(release(page("pages/wordpress-en-media-advisory-launch-of-the-world-migration-report.html")).documentType).toBe(
      "media-advisory",
    );
    expect(release(page("pages/drupal-en-iom-and-germany-extend-labour-mobility-programme.html")).documentType).toBe("news-story");
    expect(release(page("pages/wordpress-fr-declaration-de-l-oim-sur-la-journee-des-migrants.html")).documentType).toBe("statement");
    expect(release(page("pages/wordpress-es-declaracion-de-la-oim-sobre-el-dia-mundial-contra-la-trata.html")).documentType).toBe(
      "statement",
    );
  });
  it("repairs broken markup as a browser would", () => {
    const r = release(page("pages/broken-en-unclosed-tags-and-bad-json-ld.html"));
    expect(r.title).toBe("Cash Assistance Reaches Families in the Philippines");
    expect(r.datelinePlace).toBe("Manila");
    expect(r.body.some((b) => b.type === "list" && b.children.length === 3)).toBe(true);
  });
  it("makes hostile markup inert: no script, handler, javascript: link, iframe, form or tracking pixel survives", () => {
    const r = release(page("pages/hostile-en-iom-warns-of-fake-job-offers.html"));
    const json = JSON.stringify(r);
    expect(json).not.toMatch(/alert|javascript:|onerror|onclick|onload|<script|evil\.example|pixel\.tracker|password|cookie/i);
    expect(json).toContain("Click here"); // the text of the javascript: link stays, as text
    expect(json).toContain('"url":"https://www.oldnewsroom.example/safe-migration"');
    expect(r.body.some((b) => b.type === "quote")).toBe(true);
  });
});

describe("pages that are not releases", () => {
  it.each([
    ["bad/not-a-press-release-about-us.html", "not a press release"],
    ["bad/not-a-press-release-contact-es.html", "not a press release"],
    ["bad/no-headline.html", "no headline"],
    ["bad/no-date-en-iom-welcomes-new-partners.html", "no date"],
  ])("%s is skipped: %s", (name, reason) => {
    expect(page(name)).toMatchObject({ kind: "skipped", reason });
  });
  it("a page without a date imports with --date", () => {
    const location = path.join(FIXTURES, "bad/no-date-en-iom-welcomes-new-partners.html");
    expect(
      release(parsePage({ html: readFileSync(location, "utf8"), location, defaultDate: "2014-01-01T12:00:00.000Z" })).releaseDate,
    ).toBe("2014-01-01T12:00:00.000Z");
  });
  it("binary data is unreadable, and the rest of the folder goes on", async () => {
    const { releases, skipped } = await collectReleases({
      sources: [path.join(FIXTURES, "bad"), path.join(FIXTURES, "missing-file.html")],
      follow: false,
    });
    expect(releases).toEqual([]);
    expect(skipped.map((s) => s.reason).sort()).toEqual([
      "no date",
      "no headline",
      "not a press release",
      "not a press release",
      "unreadable",
      "unreadable",
    ]);
  });
});

describe("feeds", () => {
  const feed = (name: string) => parseFeedItems(readFileSync(path.join(FIXTURES, "feeds", name), "utf8"), name);
  it("reads an RSS feed with full content", () => {
    const [first, second] = feed("rss-full-content-es.xml").map((e) => release(e.result));
    expect(first).toMatchObject({
      language: "es",
      datelinePlace: "Santiago",
      documentType: "press-release",
      tags: ["Comunicado de prensa", "Chile", "Gobernanza de la migración"],
    });
    expect(first?.pressContact?.email).toBe("dfuentes@oldnewsroom.example");
    expect(first?.body.some((b) => b.type === "quote")).toBe(true);
    expect(second).toMatchObject({ documentType: "statement", datelinePlace: "Cúcuta" });
    expect(second?.body.map((b) => b.type)).toEqual(["paragraph", "heading", "list"]);
  });
  it("an Atom feed of summaries points at the pages, and falls back on the summary", () => {
    const entries = feed("atom-summaries-en.xml");
    expect(entries.map((e) => e.follow?.url)).toEqual([
      "https://www.oldnewsroom.example/pbn/iom-trains-border-officials-in-ethiopia.html",
      "https://www.oldnewsroom.example/pbn/iom-helps-stranded-migrants-in-yemen.html",
      "https://www.oldnewsroom.example/news/press-release/iom-marks-international-day-of-family-remittances",
    ]);
    const last = release(entries[2]?.result ?? { kind: "skipped", origin: "", reason: "unreadable" });
    expect(last).toMatchObject({ datelinePlace: "Geneva", language: "en", releaseDate: "2021-06-16T09:00:00.000Z" });
  });
  it("a feed item and its page are one release: the page wins", async () => {
    const { releases, skipped } = await collectReleases({
      sources: [path.join(FIXTURES, "feeds/atom-summaries-en.xml"), path.join(FIXTURES, "pages")],
      follow: false,
    });
    const ethiopia = releases.filter((r) => r.title === "IOM Trains Border Officials in Ethiopia");
    expect(ethiopia).toHaveLength(1);
    expect(ethiopia[0]?.origin).toMatch(/pages/);
    expect(skipped.filter((s) => s.reason === "duplicate")).toHaveLength(2);
  });
  it("is not fooled by a non-feed", () => {
    expect(parseFeedItems("<html><body>not a feed</body></html>", "x.xml")[0]?.result).toMatchObject({
      kind: "skipped",
      reason: "unreadable",
    });
  });
});

describe("identity across runs", () => {
  it("the same source gives the same key and hash; a changed page a new hash", () => {
    const a = release(page("pages/plain-en-iom-supports-flood-response-in-nigeria.html"));
    const b = release(page("pages/plain-en-iom-supports-flood-response-in-nigeria.html"));
    expect(sourceKey(a)).toBe(sourceKey(b));
    expect(contentHash(a)).toBe(contentHash(b));
    expect(contentHash({ ...a, lead: `${a.lead} Updated.` })).not.toBe(contentHash(a));
    expect(sourceKey({ ...a, sourceUrl: undefined })).toMatch(/^sha256:/);
  });
});
