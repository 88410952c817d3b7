import type { Knex } from "knex";
import type { Database } from "../revalidation/outbox";
import { ensureTable } from "../revalidation/queue-table";

/**
 * The journalists' and readers' email alerts live in tables of their own, as the revalidation
 * outbox does, not in content types: nobody edits them in the admin, and a content type would
 * put subscribers' addresses within reach of every read-only API token (Strapi's read-only
 * tokens read every content type). Created on first start; several instances may start at once.
 */
export const SUBSCRIBERS = "newsroom_subscribers";
/** Every message the CMS sends, written before it is sent, sent by whichever instance claims it. */
export const MAIL_OUTBOX = "newsroom_mail_outbox";
/** One row per release language and sending round, written in the publish transaction. */
export const ALERT_JOBS = "newsroom_alert_jobs";

type TableBuilder = (table: Knex.CreateTableBuilder) => void;

const tables: [string, TableBuilder][] = [
  [
    SUBSCRIBERS,
    (table) => {
      table.increments("id").primary();
      table.string("email", 254).notNullable();
      /** Lower-cased: one subscription per address. */
      table.string("email_key", 254).notNullable().unique();
      table.string("locale", 10).notNullable();
      /** JSON arrays of taxonomy documentIds and document types; empty: every one. */
      table.text("countries").notNullable();
      table.text("regions").notNullable();
      table.text("themes").notNullable();
      table.text("document_types").notNullable();
      table.string("frequency", 16).notNullable();
      table.string("status", 16).notNullable().index();
      /** What the confirmation link signs (links.ts), until it is used: a used or older link then fails. */
      table.string("confirm_nonce", 32).nullable();
      table.bigInteger("confirm_expires_at").nullable();
      /** What the links to change or end the subscription sign. */
      table.string("manage_nonce", 32).notNullable();
      /** The last confirmation or "already subscribed" message: at most one every few minutes. */
      table.bigInteger("last_notice_at").nullable();
      table.bigInteger("created_at").notNullable();
      table.bigInteger("confirmed_at").nullable();
      /** Daily digests: releases published up to here were in one already. */
      table.bigInteger("digest_until").nullable();
    },
  ],
  [
    ALERT_JOBS,
    (table) => {
      table.increments("id").primary();
      table.string("document_id", 64).notNullable();
      table.string("locale", 10).notNullable();
      /** 1 at first publication; an editor's "send again" adds one. */
      table.integer("round").notNullable();
      table.bigInteger("recorded_at").notNullable();
      table.integer("attempts").notNullable().defaultTo(0);
      /** null once every matching subscriber's message is in the mail outbox. */
      table.bigInteger("next_attempt_at").nullable().index();
      table.text("last_error").nullable();
      table.unique(["document_id", "locale", "round"]);
    },
  ],
  [
    MAIL_OUTBOX,
    (table) => {
      table.increments("id").primary();
      /** What makes a message the same message: `alert:<subscriber>:<document>:<locale>:<round>`, … */
      table.string("dedupe_key", 255).notNullable().unique();
      table.string("kind", 32).notNullable();
      table.integer("subscriber_id").nullable().index();
      table.string("release_document_id", 64).nullable();
      table.string("release_locale", 10).nullable();
      table.string("recipient", 254).notNullable();
      /** JSON: subject, text, html, headers. */
      table.text("message").notNullable();
      table.bigInteger("created_at").notNullable();
      table.integer("attempts").notNullable().defaultTo(0);
      /** null once sent or given up. */
      table.bigInteger("next_attempt_at").nullable().index();
      table.bigInteger("sent_at").nullable();
      table.bigInteger("failed_at").nullable();
      table.text("last_error").nullable();
      table.index(["release_document_id", "release_locale"]);
    },
  ],
];

export async function ensureAlertTables(db: Database): Promise<void> {
  for (const [name, build] of tables) await ensureTable(db, name, build);
}
