import { getTranslations } from "next-intl/server";

import type { TaxonomyTerm } from "@newsroom/content";
import { documentTypes, MAX_EMAIL_LENGTH, type SubscriptionChoices } from "@newsroom/contract";
import { locales, localeNames, type Locale } from "@newsroom/config";

export interface SubscriptionOptions {
  countries: TaxonomyTerm[];
  regions: TaxonomyTerm[];
  themes: TaxonomyTerm[];
}

/**
 * The subscribe form and the manage form: a plain POST to the site's /api/subscriptions
 * routes, so it works without JavaScript; they answer with a redirect to the next page.
 * Checkbox groups, each in a fieldset with its legend, so a screen reader says what a box is
 * for; the long list of countries folds away behind its own summary.
 */
export async function SubscriptionForm({
  locale,
  action,
  options,
  chosen,
  token,
  submitLabel,
}: {
  locale: Locale;
  action: string;
  options: SubscriptionOptions;
  chosen?: SubscriptionChoices & { locale?: string; email?: string };
  /** The manage page's link token: the form changes that subscription instead of making one. */
  token?: string;
  submitLabel: string;
}) {
  const t = await getTranslations("Subscriptions");
  const tType = await getTranslations("PressRelease.documentType");
  const box = (name: string, value: string, label: string, checked: boolean) => (
    <li key={value}>
      <label className="flex items-start gap-2 py-0.5">
        <input type="checkbox" name={name} value={value} defaultChecked={checked} className="mt-1 h-4 w-4 shrink-0 accent-brand-700" />
        <span>{label}</span>
      </label>
    </li>
  );
  const group = (legend: string, hint: string | undefined, children: React.ReactNode) => (
    <fieldset className="mt-6">
      <legend className="font-semibold text-brand-900">{legend}</legend>
      {hint ? <p className="text-sm text-ink-muted">{hint}</p> : null}
      {children}
    </fieldset>
  );
  const terms = (name: "countries" | "regions" | "themes", list: TaxonomyTerm[]) => (
    <ul className="mt-2 grid gap-x-6 sm:grid-cols-2 lg:grid-cols-3">
      {list.map((term) => box(name, term.slug, term.name, chosen?.[name].includes(term.slug) ?? false))}
    </ul>
  );
  const countriesChosen = chosen?.countries.length ?? 0;
  return (
    <form method="post" action={action} className="mt-6 rounded border border-brand-900/15 bg-white p-4 sm:p-6">
      <input type="hidden" name="pageLocale" value={locale} />
      {token ? <input type="hidden" name="token" value={token} /> : null}
      {token ? null : (
        <div>
          <label htmlFor="subscribe-email" className="font-semibold text-brand-900">
            {t("email")}
          </label>
          <input
            id="subscribe-email"
            type="email"
            name="email"
            required
            maxLength={MAX_EMAIL_LENGTH}
            autoComplete="email"
            className="mt-1 block w-full max-w-md rounded border border-ink-muted/60 bg-white px-3 py-2 text-lg text-ink"
          />
        </div>
      )}
      {/* Filled only by bots that fill every field; people never see it. */}
      <div className="absolute -left-[10000px] h-px w-px overflow-hidden" aria-hidden="true">
        <label htmlFor="subscribe-website">{t("honeypot")}</label>
        <input id="subscribe-website" type="text" name="website" tabIndex={-1} autoComplete="off" />
      </div>
      <div className="mt-6">
        <label htmlFor="subscribe-language" className="font-semibold text-brand-900">
          {t("language")}
        </label>
        <select
          id="subscribe-language"
          name="locale"
          defaultValue={chosen?.locale ?? locale}
          className="mt-1 block rounded border border-ink-muted/60 bg-white px-3 py-2 text-ink"
        >
          {locales.map((code) => (
            <option key={code} value={code} lang={code}>
              {localeNames[code]}
            </option>
          ))}
        </select>
      </div>
      {group(
        t("places"),
        t("placesHint"),
        <>
          <p className="mt-3 text-sm font-semibold text-ink-soft">{t("regions")}</p>
          {terms("regions", options.regions)}
          <details className="mt-3" open={countriesChosen > 0}>
            <summary className="cursor-pointer text-sm font-semibold text-ink-soft">
              {t("countries")} ({options.countries.length})
            </summary>
            {terms("countries", options.countries)}
          </details>
        </>,
      )}
      {group(t("themes"), t("themesHint"), terms("themes", options.themes))}
      {group(
        t("types"),
        t("typesHint"),
        <ul className="mt-2 grid gap-x-6 sm:grid-cols-2">
          {documentTypes.map((type) => box("documentTypes", type, tType(type), chosen?.documentTypes.includes(type) ?? false))}
        </ul>,
      )}
      {group(
        t("frequency"),
        undefined,
        <ul className="mt-2">
          {(["immediate", "daily"] as const).map((frequency) => (
            <li key={frequency}>
              <label className="flex items-start gap-2 py-0.5">
                <input
                  type="radio"
                  name="frequency"
                  value={frequency}
                  defaultChecked={(chosen?.frequency ?? "immediate") === frequency}
                  className="mt-1 h-4 w-4 accent-brand-700"
                />
                <span>{t(frequency)}</span>
              </label>
            </li>
          ))}
        </ul>,
      )}
      <button type="submit" className="mt-8 rounded bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800">
        {submitLabel}
      </button>
    </form>
  );
}
