import { paths } from "@/features/seo/urls";
import { subscriptionsCms } from "@/features/subscriptions/cms";
import { pageLocale, readForm } from "@/features/subscriptions/form-data";
import { plain, seeOther } from "@/features/subscriptions/responses";
import { isLocale } from "@newsroom/config";

/**
 * The List-Unsubscribe address of every alert (RFC 8058), and the manage page's button.
 * - POST with `List-Unsubscribe=One-Click` (a mail client, the token in the URL): unsubscribes
 *   and answers 200 in plain text; nothing to click, no cookie, no redirect.
 * - POST from the manage page's form (the token in the body): unsubscribes, then the
 *   "unsubscribed" page.
 * - GET (someone opened the address): the manage page, where the button is. A GET never
 *   unsubscribes: link scanners open every address in a message.
 */
export async function POST(request: Request): Promise<Response> {
  const read = await readForm(request);
  if (read.kind === "refused") return plain(read.status, read.message);
  const { form } = read;
  const oneClick = form.get("List-Unsubscribe") === "One-Click";
  const fromForm = form.get("token");
  const token = typeof fromForm === "string" ? fromForm : (new URL(request.url).searchParams.get("token") ?? "");
  const answer = await subscriptionsCms.unsubscribe(token);
  if (answer.kind === "unavailable") {
    console.error(`unsubscribe: ${answer.reason}`);
    return plain(503, "Unsubscribing is not available right now: please try again in a few minutes.");
  }
  if (answer.kind === "refused") return plain(answer.status, answer.message);
  if (oneClick) return plain(200, "Unsubscribed: you will receive no more alerts.");
  return seeOther(paths.unsubscribed(isLocale(answer.data.locale) ? answer.data.locale : pageLocale(form)));
}

export function GET(request: Request): Response {
  const url = new URL(request.url);
  const token = url.searchParams.get("token") ?? "";
  const locale = url.searchParams.get("locale") ?? "";
  return seeOther(`${paths.subscriptionManage(isLocale(locale) ? locale : "en")}?token=${encodeURIComponent(token)}`);
}
