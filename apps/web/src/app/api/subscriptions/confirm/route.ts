import { isLocale } from "@newsroom/config";
import { paths } from "@/features/seo/urls";
import { subscriptionsCms } from "@/features/subscriptions/cms";
import { pageLocale, readForm } from "@/features/subscriptions/form-data";
import { plain, seeOther } from "@/features/subscriptions/responses";

/** POST /api/subscriptions/confirm: the confirm page's button. On to the subscription's settings, confirmed. */
export async function POST(request: Request): Promise<Response> {
  const read = await readForm(request);
  if (read.kind === "refused") return plain(read.status, read.message);
  const token = read.form.get("token");
  const answer = await subscriptionsCms.confirm(typeof token === "string" ? token : "");
  if (answer.kind === "unavailable") {
    console.error(`confirm: ${answer.reason}`);
    return plain(503, "Email alerts are not available right now: please open the link again later.");
  }
  if (answer.kind === "refused") return plain(answer.status, answer.message);
  const locale = isLocale(answer.data.locale) ? answer.data.locale : pageLocale(read.form);
  return seeOther(`${paths.subscriptionManage(locale)}?token=${encodeURIComponent(answer.data.manageToken)}&confirmed=1`);
}
