import type { Database } from "../revalidation/outbox";
import { ensureTable } from "../revalidation/queue-table";

/**
 * Embargo shares and their access log, in tables of their own as the alerts' are: written by
 * the CMS, shown in the release's "Share under embargo" panel, never by the content API.
 */
export const EMBARGO_SHARES = "newsroom_embargo_shares";
export const EMBARGO_ACCESS = "newsroom_embargo_access";

export async function ensureEmbargoTables(db: Database): Promise<void> {
  await ensureTable(db, EMBARGO_SHARES, (table) => {
    table.increments("id").primary();
    table.string("document_id", 64).notNullable().index();
    /** JSON array of the languages the link was sent for. */
    table.text("locales").notNullable();
    table.string("journalist_document_id", 64).notNullable();
    /** As they were when shared, so the log still says who it was if the journalist is removed. */
    table.string("journalist_name", 120).notNullable();
    table.string("journalist_outlet", 120).notNullable();
    table.string("recipient", 254).notNullable();
    /** What the link signs (alerts/links.ts, purpose "embargo"). */
    table.string("nonce", 32).notNullable();
    /** sha256 of the browser key of the first browser that opened it. */
    table.string("browser_hash", 64).nullable();
    table.bigInteger("created_at").notNullable();
    table.string("created_by", 255).notNullable();
    table.bigInteger("expires_at").notNullable();
    table.bigInteger("revoked_at").nullable();
    table.string("revoked_by", 255).nullable();
    table.bigInteger("opened_at").nullable();
    table.bigInteger("last_viewed_at").nullable();
    table.integer("views").notNullable().defaultTo(0);
    /** Looks refused: another browser, after revocation or expiry. */
    table.integer("refusals").notNullable().defaultTo(0);
  });
  await ensureTable(db, EMBARGO_ACCESS, (table) => {
    table.increments("id").primary();
    table.integer("share_id").notNullable().index();
    table.bigInteger("at").notNullable();
    /** opened, viewed, live, ending, unopened, or the refusal's reason (otherBrowser, revoked, …). */
    table.string("outcome", 32).notNullable();
    table.string("locale", 10).notNullable();
    table.string("user_agent", 300).nullable();
  });
}
