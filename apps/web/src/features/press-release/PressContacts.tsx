import { getTranslations } from "next-intl/server";
import type { PressContact } from "@newsroom/content";

/** The closing "For more information please contact" block, with working mail and phone links. */
export async function PressContacts({
  contacts,
  heading,
  compact = false,
}: {
  contacts: PressContact[];
  heading?: string;
  compact?: boolean;
}) {
  if (contacts.length === 0) return null;
  const t = await getTranslations("PressRelease");
  return (
    <section
      aria-labelledby="press-contacts"
      className={`press-contacts border-t-4 border-brand-700 bg-brand-50 p-6 ${compact ? "" : "mt-12"}`}
    >
      <h2 id="press-contacts" className="font-serif text-xl font-semibold text-brand-900">
        {heading ?? t("contactHeading")}
      </h2>
      <ul className={`mt-4 grid gap-6 ${compact ? "" : "sm:grid-cols-2"}`}>
        {contacts.map((contact) => (
          <li key={contact.id}>
            <p className="font-semibold text-ink">{contact.fullName}</p>
            {contact.role ? <p className="text-ink-muted">{contact.role}</p> : null}
            <p className="text-ink-muted">{contact.office}</p>
            <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-2 gap-y-1">
              <dt className="text-ink-muted">{t("email")}:</dt>
              <dd>
                <a className="link" href={`mailto:${contact.email}`}>
                  {contact.email}
                </a>
              </dd>
              {contact.phone ? (
                <>
                  <dt className="text-ink-muted">{t("phone")}:</dt>
                  <dd>
                    <a className="link" href={`tel:${contact.phone.dial}`}>
                      {contact.phone.display}
                    </a>
                  </dd>
                </>
              ) : null}
              {contact.mobile ? (
                <>
                  <dt className="text-ink-muted">{t("mobile")}:</dt>
                  <dd>
                    <a className="link" href={`tel:${contact.mobile.dial}`}>
                      {contact.mobile.display}
                    </a>
                  </dd>
                </>
              ) : null}
            </dl>
          </li>
        ))}
      </ul>
    </section>
  );
}
