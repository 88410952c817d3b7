import { paths } from "@/features/seo/urls";
import { subscriptionsCms } from "@/features/subscriptions/cms";
import { choicesOf, choicesQuery, pageLocale, readForm, subscribeError } from "@/features/subscriptions/form-data";
import { clientAddress, plain, seeOther } from "@/features/subscriptions/responses";

/**
 * POST /api/subscriptions: the subscribe form. The CMS stores the address as unconfirmed and
 * sends the confirmation link; the reader is sent on to "check your inbox" whatever the
 * address was (subscribed already or not), or back to the form with the reason.
 */
export async function POST(request: Request): Promise<Response> {
  const read = await readForm(request);
  if (read.kind === "refused") return plain(read.status, read.message);
  const { form } = read;
  const locale = pageLocale(form);
  // The field people never see: whoever filled it is a bot, and is told nothing different.
  const honeypot = form.get("website");
  if (typeof honeypot === "string" && honeypot !== "") return seeOther(paths.subscribeSent(locale));
  const email = form.get("email");
  const answer = await subscriptionsCms.subscribe({
    ...choicesOf(form),
    email: typeof email === "string" ? email : undefined,
    slugLocale: locale,
    clientAddress: clientAddress(request),
  });
  if (answer.kind === "ok") return seeOther(paths.subscribeSent(locale));
  const query = choicesQuery(form);
  if (answer.kind === "unavailable") {
    console.error(`subscribe: ${answer.reason}`);
    query.set("error", "unavailable");
  } else query.set("error", subscribeError(answer.status, answer.fields));
  return seeOther(`${paths.subscribe(locale)}?${query.toString()}`);
}
