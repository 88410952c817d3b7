import { isLocale } from "@newsroom/config";
import { paths } from "@/features/seo/urls";
import { subscriptionsCms } from "@/features/subscriptions/cms";
import { choicesOf, pageLocale, readForm } from "@/features/subscriptions/form-data";
import { plain, seeOther } from "@/features/subscriptions/responses";

/** POST /api/subscriptions/update: the manage page's form. Back to the settings, saved. */
export async function POST(request: Request): Promise<Response> {
  const read = await readForm(request);
  if (read.kind === "refused") return plain(read.status, read.message);
  const { form } = read;
  const token = form.get("token");
  const slugLocale = pageLocale(form);
  const answer = await subscriptionsCms.update({ ...choicesOf(form), token: typeof token === "string" ? token : "", slugLocale });
  if (answer.kind === "unavailable") {
    console.error(`update subscription: ${answer.reason}`);
    return plain(503, "Email alerts are not available right now: your choices were not saved, please try again later.");
  }
  if (answer.kind === "refused") return plain(answer.status, answer.message);
  const locale = isLocale(answer.data.locale) ? answer.data.locale : slugLocale;
  return seeOther(`${paths.subscriptionManage(locale)}?token=${encodeURIComponent(typeof token === "string" ? token : "")}&updated=1`);
}
