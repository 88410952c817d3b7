import { createHmac } from "node:crypto";
import { existsSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import {
  admin,
  cmsUrl,
  contentApi,
  createDraft,
  draftRelease,
  eventually,
  login,
  PRESS_RELEASES,
  publish,
  requireCms,
  runId,
  sleep,
  unpublish,
  updateDraft,
} from "./admin-api";
import { contentManagerPath, contentTypes } from "@newsroom/contract";
import { testEnv } from "./env";

/**
 * The editorial workflow against a real, seeded Strapi (npm test starts it): roles, admin
 * help texts and list views, no revalidation webhook besides the outbox, preview links, embargo and
 * scheduling, slug history, withdrawal and deletion. With CMS_SECOND_URL (a second CMS
 * instance on the same PostgreSQL database) scheduled publishing is shown to run exactly once,
 * and with CMS_SECOND_CLOCK_OFFSET_MS (that instance's clock skewed) to follow the database's
 * clock. With NEWSROOM_TEST_FAULTS_DIR (the CMS's, too) a crash is injected between the
 * scheduler's claim and its publish.
 */
beforeAll(requireCms);

const PR = contentTypes.pressRelease.uid;
const CONTACT = contentTypes.pressContact.uid;
const JOURNALIST = contentTypes.journalist.uid;
const CM = "plugin::content-manager.explorer";
const media = ["read", "configure-view", "assets.create", "assets.update", "assets.download", "assets.copy-link"].map(
  (a) => `plugin::upload.${a} -`,
);
const taxonomyRead = [contentTypes.country.uid, contentTypes.region.uid, contentTypes.theme.uid].map((s) => `${CM}.read ${s}`);

/** The words: Editor creates, edits, publishes and unpublishes; Author creates and edits drafts. */
const expectedPermissions = {
  editor: [
    `${CM}.create ${PR}`,
    `${CM}.read ${PR}`,
    `${CM}.update ${PR}`,
    `${CM}.publish ${PR}`,
    `${CM}.create ${CONTACT}`,
    `${CM}.read ${CONTACT}`,
    `${CM}.update ${CONTACT}`,
    // The accredited journalists (their addresses): editors only.
    `${CM}.create ${JOURNALIST}`,
    `${CM}.read ${JOURNALIST}`,
    `${CM}.update ${JOURNALIST}`,
    ...taxonomyRead,
    ...media,
  ],
  author: [`${CM}.create ${PR}`, `${CM}.read ${PR}`, `${CM}.update ${PR}`, `${CM}.read ${CONTACT}`, ...taxonomyRead, ...media],
};

const permissionsSchema = z.object({
  data: z.array(
    z.object({
      action: z.string(),
      subject: z.string().nullable(),
      properties: z.object({ fields: z.array(z.string()).optional(), locales: z.array(z.string()).optional() }).optional(),
    }),
  ),
});

describe("roles", () => {
  it.each(["editor", "author"] as const)("%s has exactly the newsroom permissions", async (who) => {
    const response = await admin(who, "GET", "/admin/users/me/permissions");
    expect(response.status).toBe(200);
    const permissions = permissionsSchema.parse(response.body).data;
    // Strapi adds internal admin actions for every user (e.g. reading its own profile); only content and media count.
    const granted = permissions
      .filter((p) => p.action.startsWith(`${CM}.`) || p.action.startsWith("plugin::upload."))
      .map((p) => `${p.action} ${p.subject ?? "-"}`)
      .sort();
    expect(granted).toEqual([...expectedPermissions[who]].sort());
    // Every field and every language of a press release.
    const update = permissions.find((p) => p.action === `${CM}.update` && p.subject === PR);
    expect(update?.properties?.locales?.sort()).toEqual(["en", "es", "fr"]);
    expect(update?.properties?.fields).toEqual(
      expect.arrayContaining(["title", "slug", "body", "pressContacts", "withdrawalReason", "heroImage.altText"]),
    );
    // The schedule publishes by itself: only those who may publish may set it.
    const schedule = ["scheduledPublishAt", "scheduledUnpublishAt"];
    for (const action of ["create", "update"]) {
      const fields = permissions.find((p) => p.action === `${CM}.${action}` && p.subject === PR)?.properties?.fields ?? [];
      if (who === "editor") expect(fields, action).toEqual(expect.arrayContaining(schedule));
      else
        expect(
          fields.filter((field) => schedule.includes(field)),
          action,
        ).toEqual([]);
    }
  });

  it("an author's save cannot schedule a publication (only an editor's can)", async () => {
    const documentId = await createDraft("author", draftRelease(runId(), { scheduledPublishAt: "2030-01-02T10:00:00.000Z" }));
    expect((await draftOf(documentId)).scheduledPublishAt).toBeNull();
    expect((await updateDraft("author", documentId, { scheduledPublishAt: "2030-01-02T10:00:00.000Z" })).status).toBe(200);
    expect((await draftOf(documentId)).scheduledPublishAt).toBeNull();
    expect((await updateDraft("editor", documentId, { scheduledPublishAt: "2030-01-02T10:00:00.000Z" })).status).toBe(200);
    expect((await draftOf(documentId)).scheduledPublishAt).toBe("2030-01-02T10:00:00.000Z");
    // And an author's later save (of the whole form, as the admin sends it) keeps the editor's time.
    expect((await updateDraft("author", documentId, { lead: "Edited by the author.", scheduledPublishAt: null })).status).toBe(200);
    expect((await draftOf(documentId)).scheduledPublishAt).toBe("2030-01-02T10:00:00.000Z");
    expect((await admin("admin", "DELETE", `${PRESS_RELEASES}/${documentId}?locale=en`)).status).toBe(200);
  });

  it("an author cannot publish, an editor can; neither can delete", async () => {
    const documentId = await createDraft("author", draftRelease(runId()));
    const byAuthor = await publish("author", documentId);
    expect(byAuthor.status).toBe(403);
    expect((await admin("author", "DELETE", `${PRESS_RELEASES}/${documentId}?locale=en`)).status).toBe(403);
    expect((await admin("editor", "DELETE", `${PRESS_RELEASES}/${documentId}?locale=en`)).status).toBe(403);
    expect((await publish("editor", documentId)).status).toBe(200);
  });

  it("neither role can change navigation, settings or taxonomy", async () => {
    for (const who of ["editor", "author"] as const) {
      expect((await admin(who, "GET", `${contentManagerPath("navigation")}?locale=en`)).status).toBe(403);
      expect((await admin(who, "PUT", `${contentManagerPath("siteSetting")}?locale=en`, { siteName: "Defaced" })).status).toBe(403);
      expect((await admin(who, "POST", `${contentManagerPath("country")}?locale=en`, { name: "Atlantis" })).status).toBe(403);
    }
  });
});

const configurationSchema = z.object({
  data: z.object({
    contentType: z
      .object({
        settings: z.object({ defaultSortBy: z.string(), defaultSortOrder: z.string() }),
        metadatas: z.record(
          z.string(),
          z.object({ edit: z.object({ description: z.string().optional(), visible: z.boolean().optional() }).loose() }).loose(),
        ),
        layouts: z.object({ list: z.array(z.string()) }).loose(),
      })
      .loose(),
    components: z.record(
      z.string(),
      z
        .object({ metadatas: z.record(z.string(), z.object({ edit: z.object({ description: z.string().optional() }).loose() }).loose()) })
        .loose(),
    ),
  }),
});

describe("admin for communications staff", () => {
  it("every press release field has a help text, components included", async () => {
    const response = await admin("editor", "GET", `/content-manager/content-types/${PR}/configuration`);
    expect(response.status).toBe(200);
    const { contentType, components } = configurationSchema.parse(response.body).data;
    const editable = Object.entries(contentType.metadatas).filter(
      ([name]) =>
        ![
          "id",
          "documentId",
          "createdAt",
          "updatedAt",
          "publishedAt",
          "createdBy",
          "updatedBy",
          "locale",
          "localizations",
          "searchText",
        ].includes(name),
    );
    expect(editable.length).toBeGreaterThan(15);
    const missing = editable.filter(([, meta]) => !meta.edit.description || meta.edit.description.length < 10).map(([name]) => name);
    expect(missing).toEqual([]);
    for (const [uid, component] of Object.entries(components)) {
      const withoutHelp = Object.entries(component.metadatas)
        .filter(([name, meta]) => !["id", "documentId"].includes(name) && !meta.edit.description)
        .map(([name]) => `${uid}.${name}`);
      expect(withoutHelp).toEqual([]);
    }
  });

  it("the list shows headline and last update (then Strapi's languages and status), newest first", async () => {
    const response = await admin("editor", "GET", `/content-manager/content-types/${PR}/configuration`);
    const { contentType } = configurationSchema.parse(response.body).data;
    expect(contentType.layouts.list).toEqual(["title", "updatedAt"]);
    expect(contentType.settings).toMatchObject({ defaultSortBy: "updatedAt", defaultSortOrder: "DESC" });
  });

  it("the form is in editors' order: content, photo, tags, publishing, then rarely used fields", async () => {
    const response = await admin("editor", "GET", `/content-manager/content-types/${PR}/configuration`);
    const { contentType } = configurationSchema.parse(response.body).data;
    const rows = z.array(z.array(z.object({ name: z.string() }).loose())).parse(contentType.layouts.edit);
    const order = rows.flat().map((field) => field.name);
    const at = (name: string) => {
      expect(order, `${name} is in the form`).toContain(name);
      return order.indexOf(name);
    };
    expect(order[0]).toBe("title");
    const sequence = [
      "title",
      "datelinePlace",
      "lead",
      "body",
      "heroImage",
      "countries",
      "pressContacts",
      "withdrawalReason",
      "scheduledUnpublishAt",
      "slug",
      "seo",
    ];
    expect(sequence.map(at)).toEqual([...sequence.map(at)].sort((a, b) => a - b));
    // Nothing Strapi shows is lost: every field of the model but the CMS's private index, and
    // the schedule and its stopped reason, which the Publishing panel shows beside Publish.
    expect(new Set(order)).toEqual(
      new Set(
        Object.keys(contentType.metadatas).filter(
          (name) =>
            ![
              "id",
              "documentId",
              "searchText",
              "createdAt",
              "updatedAt",
              "publishedAt",
              "createdBy",
              "updatedBy",
              "locale",
              "localizations",
              "scheduledPublishAt",
              "scheduleError",
            ].includes(name),
        ),
      ),
    );
  });

  it("the slug is made from the headline when the admin left its placeholder", async () => {
    const id = runId();
    for (const placeholder of ["press-release", "press-release-3", ""]) {
      const response = await admin("author", "POST", `${PRESS_RELEASES}?locale=en`, {
        title: `Headline Of Café ${id} ${placeholder || "empty"}`,
        slug: placeholder,
      });
      expect(response.status).toBe(201);
      expect(response.body).toMatchObject({ data: { slug: `headline-of-cafe-${id}-${placeholder || "empty"}` } });
    }
    // A slug an editor chose stays as it is.
    const chosen = await admin("author", "POST", `${PRESS_RELEASES}?locale=en`, { title: `Another headline ${id}`, slug: `chosen-${id}` });
    expect(chosen.body).toMatchObject({ data: { slug: `chosen-${id}` } });
  });

  it("numbers keep their meaning in slugs: 20,000 gives 20000, as the admin's slug field makes it too", async () => {
    const id = runId();
    const created = await admin("author", "POST", `${PRESS_RELEASES}?locale=en`, { title: `20,000 migrants return home ${id}`, slug: "" });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ data: { slug: `20000-migrants-return-home-${id}` } });
    // What the admin's slug field asks for while the headline is typed, and its regenerate button.
    const generated = await admin("author", "POST", "/content-manager/uid/generate?locale=es", {
      contentTypeUID: PR,
      field: "slug",
      data: { title: `20.000 migrantes regresan ${id}` },
    });
    expect(generated.status).toBe(200);
    expect(generated.body).toEqual({ data: `20000-migrantes-regresan-${id}` });
  });

  it("a translation gets a slug from its own headline, not the English one", async () => {
    const id = runId();
    const documentId = await createDraft("editor", draftRelease(id));
    // As the admin's "fill in from another locale" sends it: everything copied, the headline translated.
    const spanish = await updateDraft("editor", documentId, draftRelease(id, { title: `Prueba editorial ${id}` }), "es");
    expect(spanish.status, spanish.text).toBe(200);
    expect(spanish.body).toMatchObject({ data: { locale: "es", slug: `prueba-editorial-${id}` } });
    // The English version keeps its own.
    const english = await admin("editor", "GET", `${PRESS_RELEASES}/${documentId}?locale=en`);
    expect(english.body).toMatchObject({ data: { slug: `editorial-test-${id}` } });
  });

  it("the dateline country is added to Countries when the release is saved", async () => {
    const countries = await contentApi("/api/countries?locale=en&fields[0]=name&pagination[pageSize]=2&sort=name:asc");
    const [first, second] = listSchema.parse(countries.body).data;
    if (!first || !second) throw new Error("the seed has fewer than two countries");
    const id = runId();
    const documentId = await createDraft(
      "editor",
      draftRelease(id, {
        datelineCountry: { connect: [{ documentId: first.documentId, locale: "en" }] },
        countries: { connect: [{ documentId: second.documentId, locale: "en" }], disconnect: [] },
      }),
    );
    const linked = async () => {
      const response = await admin(
        "editor",
        "GET",
        `/content-manager/relations/${PR}/${documentId}/countries?locale=en&status=draft&pageSize=10`,
      );
      expect(response.status, response.text).toBe(200);
      return z
        .object({ results: z.array(z.object({ documentId: z.string() }).loose()) })
        .parse(response.body)
        .results.map((c) => c.documentId)
        .sort();
    };
    expect(await linked()).toEqual([first.documentId, second.documentId].sort());
    // Saving again (the admin sends the unchanged relations as empty connect/disconnect) keeps one of each.
    expect(
      (
        await updateDraft("editor", documentId, {
          countries: { connect: [], disconnect: [] },
          datelineCountry: { connect: [], disconnect: [] },
        })
      ).status,
    ).toBe(200);
    expect(await linked()).toEqual([first.documentId, second.documentId].sort());
  });

  it("required fields and formats are refused with clear messages", async () => {
    // A draft may be incomplete; publishing it is refused, naming what is missing.
    const incomplete = await createDraft("editor", { title: `Only a title ${runId()}` });
    const missing = await publish("editor", incomplete);
    expect(missing.status).toBe(400);
    expect(missing.text).toContain("fill in Dateline place, Release date, Lead paragraph, Body");
    const badSchedule = await admin(
      "editor",
      "POST",
      `${PRESS_RELEASES}?locale=en`,
      draftRelease(runId(), {
        scheduledPublishAt: "2030-01-02T10:00:00.000Z",
        scheduledUnpublishAt: "2030-01-01T10:00:00.000Z",
      }),
    );
    expect(badSchedule.status).toBe(400);
    expect(badSchedule.text).toContain("Scheduled unpublication must be later than scheduled publication");
  });
});

const webhooksSchema = z.object({
  data: z.array(
    z.object({
      id: z.union([z.string(), z.number()]),
      name: z.string(),
      url: z.string(),
      headers: z.record(z.string(), z.string()),
      events: z.array(z.string()),
      isEnabled: z.boolean(),
    }),
  ),
});

describe("webhook and preview", () => {
  it("no Strapi webhook tells the site a second time: the revalidation outbox does it, with retries", async () => {
    const response = await admin("admin", "GET", "/admin/webhooks");
    expect(response.status).toBe(200);
    const hooks = webhooksSchema.parse(response.body).data;
    expect(hooks.filter((w) => w.name === "Site revalidation" || w.url === testEnv.WEB_REVALIDATE_URL)).toEqual([]);
  });

  it("preview links are signed for the draft's page on the site", async () => {
    const id = runId();
    const documentId = await createDraft("author", draftRelease(id));
    const response = await admin("author", "GET", `/content-manager/preview/url/${PR}?documentId=${documentId}&locale=en&status=draft`);
    expect(response.status).toBe(200);
    const url = new URL(z.object({ data: z.object({ url: z.string() }) }).parse(response.body).data.url);
    expect(url.origin).toBe(new URL(testEnv.SITE_URL).origin);
    expect(url.pathname).toBe("/api/preview");
    const path = url.searchParams.get("path") ?? "";
    const expires = url.searchParams.get("expires") ?? "";
    expect(path).toBe(`/en/news/editorial-test-${id}`);
    expect(Number(expires)).toBeGreaterThan(Date.now() / 1000);
    const expected = createHmac("sha256", testEnv.PREVIEW_SECRET).update(`${path}\n${expires}`).digest("base64url");
    expect(url.searchParams.get("signature")).toBe(expected);
    expect(url.href).not.toContain(testEnv.PREVIEW_SECRET || "no secret");
  });
});

const listSchema = z.object({ data: z.array(z.object({ documentId: z.string() }).loose()) });

async function isPublic(documentId: string): Promise<boolean> {
  const { body } = await contentApi(`/api/press-releases?filters[documentId][$eq]=${documentId}`);
  return listSchema.parse(body).data.length > 0;
}

describe("embargo and scheduled publishing", () => {
  it("an embargoed release is invisible and cannot be published by hand, then goes live on time", { timeout: 120_000 }, async () => {
    const id = runId();
    const marker = `embargomarker${id.replace(/-/g, "")}`;
    const goLive = new Date(Date.now() + 20_000);
    const documentId = await createDraft(
      "editor",
      draftRelease(id, { lead: `Embargoed ${marker} lead.`, scheduledPublishAt: goLive.toISOString() }),
    );

    const refused = await publish("editor", documentId);
    expect(refused.status).toBe(400);
    expect(refused.text).toContain("Embargoed");

    // As the site reads (the public gets nothing from the content API: access.test.ts).
    expect((await contentApi(`/api/press-releases?filters[documentId][$eq]=${documentId}`)).text).not.toContain(marker);
    expect((await contentApi(`/api/press-releases?pagination[pageSize]=100&sort=createdAt:desc`)).text).not.toContain(marker);
    expect((await contentApi(`/api/press-releases/search?q=${marker}&locale=en`)).body).toMatchObject({ data: [] });
    expect((await contentApi(`/api/press-releases/${documentId}?status=draft`)).status).toBe(403);
    // The schedule itself is private: never in the public API.
    expect((await contentApi("/api/press-releases?pagination[pageSize]=5")).text).not.toContain("scheduledPublishAt");

    const wentLive = await eventually(() => isPublic(documentId), 60_000, 1000);
    expect(wentLive).toBe(true);
    expect(Date.now()).toBeGreaterThanOrEqual(goLive.getTime());
    expect(Date.now() - goLive.getTime()).toBeLessThan(60_000);
    expect((await contentApi(`/api/press-releases/search?q=${marker}&locale=en`)).body).toMatchObject({ data: [{ documentId }] });
  });

  it("a scheduled unpublication withdraws the release on time, with its public reason", { timeout: 120_000 }, async () => {
    const id = runId();
    const documentId = await createDraft("editor", draftRelease(id, { withdrawalReason: "A time-limited media advisory." }));
    expect((await publish("editor", documentId)).status).toBe(200);
    expect(await isPublic(documentId)).toBe(true);
    const end = new Date(Date.now() + 12_000);
    expect((await updateDraft("editor", documentId, { scheduledUnpublishAt: end.toISOString() })).status).toBe(200);
    expect((await publish("editor", documentId)).status).toBe(200);

    const withdrawn = await eventually(async () => !(await isPublic(documentId)), 60_000, 1000);
    expect(withdrawn).toBe(true);
    const notices = await contentApi(`/api/withdrawal-notices?filters[pressReleaseDocumentId][$eq]=${documentId}`);
    expect(notices.body).toMatchObject({
      data: [{ slug: `editorial-test-${id}`, language: "en", reason: "A time-limited media advisory." }],
    });
    // Published again by hand, it stays up: the spent schedule does not withdraw it a second time.
    expect((await publish("editor", documentId)).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 12_000));
    expect(await isPublic(documentId)).toBe(true);
  });
});

const draftSchema = z.object({
  data: z.object({ scheduledPublishAt: z.string().nullable(), scheduleError: z.string().nullable().optional() }).loose(),
});

/** The draft as the admin's edit view loads it. */
async function draftOf(documentId: string) {
  const response = await admin("editor", "GET", `${PRESS_RELEASES}/${documentId}?locale=en`);
  expect(response.status).toBe(200);
  return draftSchema.parse(response.body).data;
}

describe("a scheduled action that cannot succeed", () => {
  it("is stopped with its reason in the admin, not retried, and re-armed by a new time", { timeout: 150_000 }, async () => {
    const configuration = await admin("editor", "GET", `/content-manager/content-types/${PR}/configuration`);
    const { contentType } = configurationSchema.parse(configuration.body).data;
    const field = contentType.metadatas.scheduleError?.edit;
    expect(field?.editable).toBe(false);
    expect(field?.description).toContain("not retried");

    // An incomplete draft (no lead, no body) scheduled to go live in a few seconds.
    const id = runId();
    const goLive = new Date(Date.now() + 3000).toISOString();
    const documentId = await createDraft("editor", {
      title: `Incomplete scheduled ${id}`,
      slug: `incomplete-scheduled-${id}`,
      scheduledPublishAt: goLive,
    });
    const stopped = await eventually(async () => Boolean((await draftOf(documentId)).scheduleError), 40_000, 1000);
    expect(stopped).toBe(true);
    const first = await draftOf(documentId);
    expect(first.scheduleError).toMatch(
      /^Scheduled publication stopped on \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC: Cannot publish .* fill in .*Lead paragraph/,
    );
    // The schedule stays as the editor set it, and nothing went out.
    expect(first.scheduledPublishAt).toBe(goLive);
    expect(await isPublic(documentId)).toBe(false);

    // Two more scheduler passes: no retry (a retry would write a new time, to the second).
    await sleep(21_000);
    expect((await draftOf(documentId)).scheduleError).toBe(first.scheduleError);
    expect(await publicationLog([documentId])).toEqual([]);

    // Saving the form as it is (same schedule) keeps the reason; the reason cannot be written from outside.
    expect(
      (await updateDraft("editor", documentId, { title: `Incomplete scheduled ${id}`, scheduledPublishAt: goLive, scheduleError: null }))
        .status,
    ).toBe(200);
    expect((await draftOf(documentId)).scheduleError).toBe(first.scheduleError);
    const forged = await createDraft("editor", draftRelease(runId(), { scheduleError: "forged" }));
    expect((await draftOf(forged)).scheduleError ?? null).toBeNull();

    // Fixed, with a new time: the reason is gone at once, and the release goes out on time, once.
    const fixed = draftRelease(id, {
      title: `Incomplete scheduled ${id}`,
      slug: `incomplete-scheduled-${id}`,
      scheduledPublishAt: new Date(Date.now() + 3000).toISOString(),
    });
    expect((await updateDraft("editor", documentId, fixed)).status).toBe(200);
    expect((await draftOf(documentId)).scheduleError ?? null).toBeNull();
    expect(await eventually(() => isPublic(documentId), 40_000, 1000)).toBe(true);
    const log = await publicationLog([documentId]);
    expect(log.map((e) => [e.action, e.trigger])).toEqual([["publish", "schedule"]]);
  });
});

const faultsDir = testEnv.NEWSROOM_TEST_FAULTS_DIR;

describe.runIf(Boolean(faultsDir))("a crash between the scheduler's claim and its publish", () => {
  it("rolls the claim back: the release still goes out, exactly once", { timeout: 120_000 }, async () => {
    const id = runId();
    // The CMS dies after claiming releases with this slug (once each: src/editorial/test-faults.ts).
    const documentId = await createDraft(
      "editor",
      draftRelease(id, { slug: `crash-after-claim-${id}`, scheduledPublishAt: new Date(Date.now() + 3000).toISOString() }),
    );
    expect(await eventually(() => isPublic(documentId), 60_000, 1000)).toBe(true);
    // The crash did happen (it leaves this file), and the publish after it is the only one.
    expect(existsSync(path.join(faultsDir ?? "", `crash-after-claim-${documentId}-en`))).toBe(true);
    await sleep(11_000);
    const log = await publicationLog([documentId]);
    expect(log.map((e) => [e.action, e.trigger])).toEqual([["publish", "schedule"]]);
    expect((await draftOf(documentId)).scheduledPublishAt).toBeNull();
  });
});

describe("slugs, withdrawal and deletion", () => {
  it("a changed published slug leaves a redirect from the old one", async () => {
    const id = runId();
    const documentId = await createDraft("editor", draftRelease(id));
    expect((await publish("editor", documentId)).status).toBe(200);
    expect((await updateDraft("editor", documentId, { slug: `editorial-test-${id}-renamed` })).status).toBe(200);
    // Saving a draft changes nothing public.
    expect((await contentApi(`/api/slug-redirects?filters[pressReleaseDocumentId][$eq]=${documentId}`)).body).toMatchObject({ data: [] });
    expect((await publish("editor", documentId)).status).toBe(200);
    const redirects = await contentApi(`/api/slug-redirects?filters[fromSlug][$eq]=editorial-test-${id}&filters[language][$eq]=en`);
    expect(redirects.body).toMatchObject({
      data: [{ fromSlug: `editorial-test-${id}`, language: "en", pressReleaseDocumentId: documentId }],
    });
  });

  it("unpublishing leaves a withdrawal notice; publishing again lifts it; deleting removes every trace", async () => {
    const id = runId();
    const documentId = await createDraft("editor", draftRelease(id, { withdrawalReason: "  Superseded by a corrected release.  " }));
    expect((await publish("editor", documentId)).status).toBe(200);
    expect((await unpublish("editor", documentId)).status).toBe(200);
    const noticePath = `/api/withdrawal-notices?filters[pressReleaseDocumentId][$eq]=${documentId}`;
    expect((await contentApi(noticePath)).body).toMatchObject({
      data: [{ slug: `editorial-test-${id}`, language: "en", title: `Editorial test ${id}`, reason: "Superseded by a corrected release." }],
    });
    expect((await publish("editor", documentId)).status).toBe(200);
    expect((await contentApi(noticePath)).body).toMatchObject({ data: [] });

    expect((await unpublish("editor", documentId)).status).toBe(200);
    expect((await admin("admin", "DELETE", `${PRESS_RELEASES}/${documentId}?locale=en`)).status).toBe(200);
    expect((await contentApi(noticePath)).body).toMatchObject({ data: [] });
    expect((await contentApi(`/api/slug-redirects?filters[pressReleaseDocumentId][$eq]=${documentId}`)).body).toMatchObject({ data: [] });
  });

  it("a public reason saved after the withdrawal reaches the notice", async () => {
    const id = runId();
    const documentId = await createDraft("editor", draftRelease(id));
    expect((await publish("editor", documentId)).status).toBe(200);
    expect((await unpublish("editor", documentId)).status).toBe(200);
    const noticePath = `/api/withdrawal-notices?filters[pressReleaseDocumentId][$eq]=${documentId}`;
    expect((await contentApi(noticePath)).body).toMatchObject({ data: [{ reason: null }] });
    expect((await updateDraft("editor", documentId, { withdrawalReason: " The figures were corrected. " })).status).toBe(200);
    expect((await contentApi(noticePath)).body).toMatchObject({
      data: [{ slug: `editorial-test-${id}`, reason: "The figures were corrected." }],
    });
    expect((await admin("admin", "DELETE", `${PRESS_RELEASES}/${documentId}?locale=en`)).status).toBe(200);
  });

  it("nobody writes redirects or notices through the content API", async () => {
    for (const path of ["/api/slug-redirects", "/api/withdrawal-notices"]) {
      const response = await fetch(`${cmsUrl}${path}`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ data: { slug: "x" } }),
      });
      expect([403, 404, 405]).toContain(response.status);
    }
  });
});

const secondUrl = testEnv.CMS_SECOND_URL;

const eventsSchema = z.object({
  results: z.array(
    z.object({ action: z.string(), trigger: z.string(), performedBy: z.string().nullable(), pressReleaseDocumentId: z.string() }).loose(),
  ),
});

/** The CMS's publication log (admin only), for the given releases. */
async function publicationLog(documentIds: string[]) {
  const filters = documentIds.map((id, i) => `filters[$or][${String(i)}][pressReleaseDocumentId][$eq]=${id}`).join("&");
  const response = await admin("admin", "GET", `${contentManagerPath("publicationEvent")}?pageSize=100&${filters}`);
  expect(response.status).toBe(200);
  return eventsSchema.parse(response.body).results;
}

describe("publication log", () => {
  it("records who published and withdrew a release, and what the schedule did", async () => {
    const documentId = await createDraft("editor", draftRelease(runId()));
    expect((await publish("editor", documentId)).status).toBe(200);
    expect((await unpublish("editor", documentId)).status).toBe(200);
    const log = await publicationLog([documentId]);
    expect(log.map((e) => [e.action, e.trigger, e.performedBy]).sort()).toEqual([
      ["publish", "person", "editor@newsroom.example"],
      ["unpublish", "person", "editor@newsroom.example"],
    ]);
  });
});

describe.runIf(Boolean(secondUrl))("two CMS instances", () => {
  it("both answer", async () => {
    for (const base of [cmsUrl, secondUrl ?? ""]) expect((await fetch(`${base}/_health`)).status).toBe(204);
  });

  it("each scheduled release is published exactly once", { timeout: 150_000 }, async () => {
    // Twelve releases due at the same moment; both instances' schedulers run on the same
    // 10-second clock ticks and race for them. The publication log records every publish.
    const goLive = new Date(Date.now() + 15_000).toISOString();
    const ids = await Promise.all(
      Array.from({ length: 12 }, (_, i) => createDraft("editor", draftRelease(`${runId()}-${String(i)}`, { scheduledPublishAt: goLive }))),
    );
    const allLive = await eventually(async () => (await Promise.all(ids.map(isPublic))).every(Boolean), 70_000, 1000);
    expect(allLive).toBe(true);
    // Two more scheduler ticks on both instances: nothing may be published again.
    await new Promise((resolve) => setTimeout(resolve, 21_000));
    const log = await publicationLog(ids);
    expect(ids.map((id) => log.filter((e) => e.pressReleaseDocumentId === id && e.action === "publish").length)).toEqual(ids.map(() => 1));
    expect(log.every((e) => e.trigger === "schedule")).toBe(true);
  });
});

const secondClockOffset = testEnv.CMS_SECOND_CLOCK_OFFSET_MS;

describe.runIf(Boolean(secondUrl) && secondClockOffset > 60_000)("a CMS instance with a fast clock", () => {
  const second = secondUrl ?? "";
  const publishOn = (documentId: string) =>
    admin("editor", "POST", `${PRESS_RELEASES}/${documentId}/actions/publish?locale=en`, {}, second);

  it("really runs ahead (Strapi stamps what it publishes with the skewed time)", async () => {
    const documentId = await createDraft("editor", draftRelease(runId()));
    const response = await publishOn(documentId);
    expect(response.status).toBe(200);
    const { publishedAt } = z.object({ data: z.object({ publishedAt: z.string() }).loose() }).parse(response.body).data;
    expect(Date.parse(publishedAt) - Date.now()).toBeGreaterThan(secondClockOffset - 60_000);
  });

  it("keeps the embargo: it neither publishes by hand nor by schedule before the database's time", { timeout: 120_000 }, async () => {
    const goLive = new Date(Date.now() + 30_000);
    const documentId = await createDraft("editor", draftRelease(runId(), { scheduledPublishAt: goLive.toISOString() }));
    const refused = await publishOn(documentId);
    expect(refused.status).toBe(400);
    expect(refused.text).toContain("Embargoed");
    // Its clock says the time has long passed; at least one of its scheduler passes goes by.
    await sleep(12_000);
    expect(await isPublic(documentId)).toBe(false);
    expect(await eventually(() => isPublic(documentId), 60_000, 500)).toBe(true);
    expect(Date.now()).toBeGreaterThanOrEqual(goLive.getTime());
    expect((await publicationLog([documentId])).map((e) => e.action)).toEqual(["publish"]);
  });
});

describe("login", () => {
  it("refuses a wrong password", async () => {
    await login("editor");
    const response = await fetch(`${cmsUrl}/admin/login`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ email: "editor@newsroom.example", password: "wrong-password-123" }),
    });
    expect(response.status).toBe(400);
  });
});
