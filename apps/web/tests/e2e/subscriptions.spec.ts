import { expect, test } from "@playwright/test";
import { z } from "zod";
import { testEnv } from "./env";

/**
 * Email alerts as a reader meets them, with JavaScript off (the forms are plain POSTs): the
 * footer link, the subscribe form, the confirmation link the CMS really mailed (read back from
 * the run's mail catcher), the settings page it leads to, and unsubscribing from there.
 * Writes subscribers only, never content, so it runs with the read-only specs.
 */
test.use({ javaScriptEnabled: false });

const caught = z.array(z.object({ envelopeTo: z.array(z.string()), subject: z.string(), text: z.string() }).loose());

async function confirmationLink(email: string): Promise<string> {
  let link: string | undefined;
  await expect
    .poll(
      async () => {
        const messages = caught.parse(await (await fetch(`${testEnv.MAIL_CATCHER_URL}/messages`)).json());
        const text = messages.find((m) => m.envelopeTo.includes(email))?.text ?? "";
        link = /(https?:\/\/\S+\/subscriptions\/confirm\?token=\S+)/.exec(text)?.[1];
        return link !== undefined;
      },
      { timeout: 30_000, message: `a confirmation message to ${email}` },
    )
    .toBe(true);
  // The link names the site's public address; the test reaches the same site at BASE_URL.
  const url = new URL(link ?? "");
  return `${url.pathname}${url.search}`;
}

test.describe("email alerts for readers", () => {
  test.beforeAll(() => {
    if (!testEnv.MAIL_CATCHER_URL) throw new Error("MAIL_CATCHER_URL must name the mail catcher the CMS sends to (npm test sets it)");
  });

  test("subscribe without JavaScript, confirm from the mailed link, change the choices, then unsubscribe", async ({ page }) => {
    const email = `reader.${Date.now().toString(36)}@subscribers.example`;
    await page.goto("/es");
    await page.getByRole("contentinfo").getByRole("link", { name: "Alertas por correo" }).click();
    await expect(page).toHaveURL(/\/es\/subscribe$/);
    await page.getByLabel("Correo electrónico").fill(email);
    await page.getByLabel("Idioma de las alertas").selectOption("es");
    await page.getByRole("group", { name: "Temas" }).getByRole("checkbox").first().check();
    await page.getByRole("group", { name: "Tipos de publicación" }).getByLabel("Comunicado de prensa").check();
    await page.getByRole("radio", { name: /Una vez al día/ }).check();
    await page.getByRole("button", { name: "Suscribirme" }).click();
    await expect(page).toHaveURL(/\/es\/subscribe\/sent$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Revise su correo");

    const confirm = await confirmationLink(email);
    const confirmPage = await page.goto(confirm);
    expect(confirmPage?.headers()["cache-control"]).toBe("private, no-store");
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
    await page.getByRole("button", { name: "Confirmar mi suscripción" }).click();
    await expect(page).toHaveURL(/\/es\/subscriptions\/manage\?token=.+&confirmed=1$/);
    await expect(page.getByRole("status")).toHaveText("Su suscripción está confirmada.");
    await expect(page.getByText(`Alertas para ${email}`)).toBeVisible();
    await expect(page.getByRole("group", { name: "Tipos de publicación" }).getByLabel("Comunicado de prensa")).toBeChecked();
    await expect(page.getByRole("radio", { name: /Una vez al día/ })).toBeChecked();
    const manage = page.url();

    // The confirmation link has done its work: opened again, it says so with 410.
    expect((await page.goto(confirm))?.status()).toBe(410);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Este enlace no es válido");

    await page.goto(manage);
    await page.getByRole("radio", { name: /En cuanto se publique/ }).check();
    await page.getByRole("button", { name: "Guardar mis opciones" }).click();
    await expect(page.getByRole("status")).toHaveText("Sus opciones se han guardado.");
    await expect(page.getByRole("radio", { name: /En cuanto se publique/ })).toBeChecked();

    await page.getByRole("button", { name: "Cancelar la suscripción" }).click();
    await expect(page).toHaveURL(/\/es\/subscriptions\/unsubscribed$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Su suscripción está cancelada");
    expect((await page.goto(manage))?.status()).toBe(410);
  });

  test("a refused address comes back to the form with the reason (400) and the choices kept, never the address in the URL", async ({
    page,
    request,
  }) => {
    const answer = await request.post("/api/subscriptions", {
      form: { pageLocale: "en", email: "not-an-address", locale: "en", documentTypes: "statement", frequency: "daily" },
      maxRedirects: 0,
    });
    expect(answer.status()).toBe(303);
    const location = answer.headers().location ?? "";
    expect(location).toContain("error=email");
    expect(location).not.toContain("not-an-address");
    const form = await page.goto(location);
    expect(form?.status()).toBe(400);
    await expect(page.getByRole("alert")).toHaveText("Enter a valid email address (at most 254 characters).");
    await expect(page.getByLabel("Statement")).toBeChecked();
    await expect(page.getByRole("radio", { name: /Once a day/ })).toBeChecked();
  });

  test("forms of other shapes and forged links answer 4xx with a message", async ({ request }) => {
    const json = await request.post("/api/subscriptions", { data: { email: "a@example.org" }, maxRedirects: 0 });
    expect(json.status()).toBe(415);
    const big = await request.post("/api/subscriptions", { form: { email: "a@example.org", filler: "x".repeat(70_000) }, maxRedirects: 0 });
    expect(big.status()).toBe(413);
    const forged = await request.post(`/api/subscriptions/unsubscribe?token=1.${"A".repeat(43)}`, {
      form: { "List-Unsubscribe": "One-Click" },
      maxRedirects: 0,
    });
    expect(forged.status()).toBe(404);
    expect(await forged.text()).toContain("not valid");
    const cut = await request.post("/api/subscriptions/confirm", { form: { token: "1.short" }, maxRedirects: 0 });
    expect(cut.status()).toBe(400);
    expect((await request.get(`/en/subscriptions/manage?token=1.${"A".repeat(43)}`)).status()).toBe(410);
  });
});
