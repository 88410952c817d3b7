import { z } from "zod";

/**
 * The messages the newsroom sends, in the subscriber's language, as plain text and HTML.
 * Pure: subscriptions.ts and alerts.ts hand over the data and the links; the unit tests read
 * the result.
 */

/** The languages the messages are written in (one per newsroom language). */
export const messageLocaleSchema = z.enum(["en", "es", "fr"]);
export type MessageLocale = z.infer<typeof messageLocaleSchema>;

export interface OutgoingMessage {
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
}

export interface AlertRelease {
  title: string;
  place: string;
  /** ISO date-time of the dateline. */
  date: string;
  lead: string;
  url: string;
  contacts: { fullName: string; role?: string | null; email?: string | null; phone?: string | null }[];
}

export interface SubscriptionLinks {
  manage: string;
  /** The one-click address (RFC 8058): POST unsubscribes, GET leads to the manage page. */
  unsubscribe: string;
}

const strings = {
  en: {
    confirmSubject: (site: string) => `Confirm your subscription to ${site} alerts`,
    confirmIntro: (site: string) =>
      `Someone, probably you, asked to receive press releases from ${site} at this address. To start receiving them, confirm:`,
    confirmButton: "Confirm my subscription",
    confirmIgnore:
      "If you did not ask for this, ignore this message: nothing is sent until the subscription is confirmed. The link works for 48 hours.",
    alreadySubject: (site: string) => `You are already subscribed to ${site} alerts`,
    alreadyIntro: "Someone, probably you, asked to subscribe this address again. It is already subscribed; to change what you receive:",
    manageButton: "Change or end my subscription",
    read: "Read the press release",
    contact: "Press contact",
    digestSubject: (site: string, count: number, day: string) =>
      `${site}: ${String(count)} press release${count === 1 ? "" : "s"} of ${day}`,
    footer: (site: string) => `You receive this because you subscribed to press releases from ${site}.`,
    change: "Change your subscription",
    unsubscribe: "Unsubscribe",
  },
  es: {
    confirmSubject: (site: string) => `Confirme su suscripción a las alertas de ${site}`,
    confirmIntro: (site: string) =>
      `Alguien, probablemente usted, pidió recibir en esta dirección los comunicados de prensa de ${site}. Para empezar a recibirlos, confirme:`,
    confirmButton: "Confirmar mi suscripción",
    confirmIgnore:
      "Si no lo pidió, ignore este mensaje: no se envía nada hasta que se confirme la suscripción. El enlace es válido durante 48 horas.",
    alreadySubject: (site: string) => `Ya está suscrito a las alertas de ${site}`,
    alreadyIntro: "Alguien, probablemente usted, volvió a suscribir esta dirección. Ya está suscrita; para cambiar lo que recibe:",
    manageButton: "Cambiar o cancelar mi suscripción",
    read: "Leer el comunicado de prensa",
    contact: "Contacto de prensa",
    digestSubject: (site: string, count: number, day: string) =>
      `${site}: ${String(count)} comunicado${count === 1 ? "" : "s"} de prensa del ${day}`,
    footer: (site: string) => `Recibe este mensaje porque se suscribió a los comunicados de prensa de ${site}.`,
    change: "Cambiar su suscripción",
    unsubscribe: "Cancelar la suscripción",
  },
  fr: {
    confirmSubject: (site: string) => `Confirmez votre abonnement aux alertes — ${site}`,
    confirmIntro: (site: string) =>
      `Quelqu’un, sans doute vous, a demandé à recevoir à cette adresse les communiqués de presse — ${site}. Pour commencer à les recevoir, confirmez :`,
    confirmButton: "Confirmer mon abonnement",
    confirmIgnore:
      "Si vous ne l’avez pas demandé, ignorez ce message : rien n’est envoyé tant que l’abonnement n’est pas confirmé. Le lien est valable 48 heures.",
    alreadySubject: (site: string) => `Vous êtes déjà abonné aux alertes — ${site}`,
    alreadyIntro: "Quelqu’un, sans doute vous, a de nouveau abonné cette adresse. Elle l’est déjà ; pour changer ce que vous recevez :",
    manageButton: "Modifier ou résilier mon abonnement",
    read: "Lire le communiqué de presse",
    contact: "Contact presse",
    digestSubject: (site: string, count: number, day: string) =>
      `${site} : ${String(count)} communiqué${count === 1 ? "" : "s"} de presse du ${day}`,
    footer: (site: string) => `Vous recevez ce message parce que vous êtes abonné aux communiqués de presse — ${site}.`,
    change: "Modifier votre abonnement",
    unsubscribe: "Se désabonner",
  },
} as const;

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c);

export function releaseDay(date: string | Date, locale: MessageLocale): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(new Date(date));
}

/** "LIMA — 19 October 2013", as the site's dateline reads. */
function dateline(release: AlertRelease, locale: MessageLocale): string {
  return `${release.place.toUpperCase()} — ${releaseDay(release.date, locale)}`;
}

function page(locale: MessageLocale, body: string): string {
  return `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>
<body style="margin:0;padding:24px;background:#ffffff;color:#1a1a1a;font-family:Georgia,serif;font-size:16px;line-height:1.5">
<div style="max-width:600px;margin:0 auto">${body}</div></body></html>`;
}

const button = (href: string, label: string) =>
  `<p><a href="${escapeHtml(href)}" style="display:inline-block;padding:10px 18px;background:#0033a0;color:#ffffff;text-decoration:none;font-family:Arial,sans-serif">${escapeHtml(label)}</a></p>`;

function footer(locale: MessageLocale, org: string, links: SubscriptionLinks): { text: string; html: string } {
  const t = strings[locale];
  return {
    text: `\n--\n${t.footer(org)}\n${t.change}: ${links.manage}\n${t.unsubscribe}: ${links.unsubscribe}\n`,
    html: `<hr style="border:0;border-top:1px solid #ccc;margin:32px 0 16px"><p style="font-family:Arial,sans-serif;font-size:13px;color:#555">${escapeHtml(t.footer(org))}<br>
<a href="${escapeHtml(links.manage)}">${escapeHtml(t.change)}</a> · <a href="${escapeHtml(links.unsubscribe)}">${escapeHtml(t.unsubscribe)}</a></p>`,
  };
}

/** RFC 8058 one-click unsubscribe, and RFC 2919's list identity, on every alert and digest. */
function listHeaders(links: SubscriptionLinks, listId: string): Record<string, string> {
  return { "List-Unsubscribe": `<${links.unsubscribe}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "List-Id": listId };
}

export function confirmationMessage(locale: MessageLocale, org: string, confirmUrl: string): OutgoingMessage {
  const t = strings[locale];
  return {
    subject: t.confirmSubject(org),
    text: `${t.confirmIntro(org)}\n\n${confirmUrl}\n\n${t.confirmIgnore}\n`,
    html: page(
      locale,
      `<p>${escapeHtml(t.confirmIntro(org))}</p>${button(confirmUrl, t.confirmButton)}<p style="color:#555">${escapeHtml(t.confirmIgnore)}</p>`,
    ),
    headers: {},
  };
}

export function alreadySubscribedMessage(locale: MessageLocale, org: string, manageUrl: string): OutgoingMessage {
  const t = strings[locale];
  return {
    subject: t.alreadySubject(org),
    text: `${t.alreadyIntro}\n\n${manageUrl}\n`,
    html: page(locale, `<p>${escapeHtml(t.alreadyIntro)}</p>${button(manageUrl, t.manageButton)}`),
    headers: {},
  };
}

function releaseText(release: AlertRelease, locale: MessageLocale): string {
  const t = strings[locale];
  const contacts = release.contacts
    .map((c) => [c.fullName, c.role, c.email, c.phone].filter((part): part is string => typeof part === "string" && part !== "").join(", "))
    .join("\n");
  return `${release.title}\n${dateline(release, locale)}\n\n${release.lead}\n\n${t.read}: ${release.url}\n${contacts ? `\n${t.contact}:\n${contacts}\n` : ""}`;
}

function releaseHtml(release: AlertRelease, locale: MessageLocale, heading: "h1" | "h2"): string {
  const t = strings[locale];
  const contacts = release.contacts
    .map((c) => {
      const parts = [escapeHtml(c.fullName), c.role ? escapeHtml(c.role) : ""];
      if (c.email) parts.push(`<a href="mailto:${escapeHtml(c.email)}">${escapeHtml(c.email)}</a>`);
      if (c.phone) parts.push(escapeHtml(c.phone));
      return parts.filter(Boolean).join(", ");
    })
    .join("<br>");
  return `<${heading} style="font-size:${heading === "h1" ? "26px" : "20px"};line-height:1.25;margin:0 0 8px"><a href="${escapeHtml(release.url)}" style="color:#0033a0;text-decoration:none">${escapeHtml(release.title)}</a></${heading}>
<p style="font-family:Arial,sans-serif;font-size:13px;letter-spacing:.04em;color:#555;margin:0 0 16px">${escapeHtml(dateline(release, locale))}</p>
<p>${escapeHtml(release.lead)}</p>${button(release.url, t.read)}${contacts ? `<p style="font-family:Arial,sans-serif;font-size:14px"><strong>${escapeHtml(t.contact)}</strong><br>${contacts}</p>` : ""}`;
}

export function alertMessage(
  locale: MessageLocale,
  org: string,
  release: AlertRelease,
  links: SubscriptionLinks,
  listId: string,
): OutgoingMessage {
  const end = footer(locale, org, links);
  return {
    subject: release.title,
    text: `${releaseText(release, locale)}${end.text}`,
    html: page(locale, `${releaseHtml(release, locale, "h1")}${end.html}`),
    headers: listHeaders(links, listId),
  };
}

export function digestMessage(
  locale: MessageLocale,
  org: string,
  day: string,
  releases: AlertRelease[],
  links: SubscriptionLinks,
  listId: string,
): OutgoingMessage {
  const end = footer(locale, org, links);
  return {
    subject: strings[locale].digestSubject(org, releases.length, day),
    text: `${releases.map((r) => releaseText(r, locale)).join("\n* * *\n\n")}${end.text}`,
    html: page(
      locale,
      `${releases.map((r) => releaseHtml(r, locale, "h2")).join('<hr style="border:0;border-top:1px solid #eee;margin:24px 0">')}${end.html}`,
    ),
    headers: listHeaders(links, listId),
  };
}

/** One language version in an embargo message: its personal link and its time. */
export interface EmbargoLink {
  locale: MessageLocale;
  url: string;
  until: Date;
}

const embargoStrings = {
  en: {
    subject: (until: string, title: string) => `Under embargo until ${until}: ${title}`,
    greeting: (name: string) => `Dear ${name},`,
    intro: (org: string) =>
      `${org} shares this press release with you under embargo. Do not publish or share its content before the time below.`,
    until: "Embargoed until",
    read: (language: string) => `Read it (${language})`,
    personal:
      "The link is personal: it works for you only, in the first browser you open it in, until the release is live; then it leads to the public page. To read it on another device, ask the press office for a new link.",
    languages: { en: "English", es: "Spanish", fr: "French" },
  },
  es: {
    subject: (until: string, title: string) => `Bajo embargo hasta el ${until}: ${title}`,
    greeting: (name: string) => `Estimado/a ${name}:`,
    intro: (org: string) =>
      `${org} comparte con usted este comunicado de prensa bajo embargo. No publique ni comparta su contenido antes de la hora indicada.`,
    until: "Bajo embargo hasta el",
    read: (language: string) => `Leerlo (${language})`,
    personal:
      "El enlace es personal: funciona solo para usted, en el primer navegador en que lo abra, hasta que el comunicado se publique; después lleva a la página pública. Para leerlo en otro dispositivo, pida un nuevo enlace a la oficina de prensa.",
    languages: { en: "inglés", es: "español", fr: "francés" },
  },
  fr: {
    subject: (until: string, title: string) => `Sous embargo jusqu’au ${until} : ${title}`,
    greeting: (name: string) => `Bonjour ${name},`,
    intro: (org: string) =>
      `${org} vous transmet ce communiqué de presse sous embargo. N’en publiez ni n’en partagez le contenu avant l’heure indiquée.`,
    until: "Sous embargo jusqu’au",
    read: (language: string) => `Le lire (${language})`,
    personal:
      "Le lien est personnel : il ne fonctionne que pour vous, dans le premier navigateur où vous l’ouvrez, jusqu’à la publication ; il mène ensuite à la page publique. Pour le lire sur un autre appareil, demandez un nouveau lien au service de presse.",
    languages: { en: "anglais", es: "espagnol", fr: "français" },
  },
} as const;

/** "3 December 2026, 14:00 UTC": the reader's own time zone is on the page the link opens. */
export function embargoTime(until: Date, locale: MessageLocale): string {
  return `${new Intl.DateTimeFormat(locale, { dateStyle: "long", timeStyle: "short", timeZone: "UTC" }).format(until)} UTC`;
}

/** The personal message of a release shared under embargo: no list headers, it is not a list. */
export function embargoMessage(
  locale: MessageLocale,
  org: string,
  journalistName: string,
  title: string,
  links: EmbargoLink[],
): OutgoingMessage {
  const t = embargoStrings[locale];
  const first = links[0];
  if (!first) throw new Error("an embargo message needs at least one link");
  const lines = links.map((link) => ({
    label: t.read(t.languages[link.locale]),
    until: `${t.until} ${embargoTime(link.until, locale)}`,
    url: link.url,
  }));
  return {
    subject: t.subject(embargoTime(first.until, locale), title),
    text: `${t.greeting(journalistName)}\n\n${t.intro(org)}\n\n${title}\n\n${lines.map((l) => `${l.until}\n${l.label}: ${l.url}`).join("\n\n")}\n\n${t.personal}\n`,
    html: page(
      locale,
      `<p>${escapeHtml(t.greeting(journalistName))}</p><p>${escapeHtml(t.intro(org))}</p>
<h1 style="font-size:24px;line-height:1.25;margin:16px 0">${escapeHtml(title)}</h1>
${lines.map((l) => `<p style="font-family:Arial,sans-serif;font-weight:bold;color:#8a1c1c;margin:16px 0 0">${escapeHtml(l.until)}</p>${button(l.url, l.label)}`).join("")}
<p style="color:#555;font-size:14px">${escapeHtml(t.personal)}</p>`,
    ),
    headers: {},
  };
}
