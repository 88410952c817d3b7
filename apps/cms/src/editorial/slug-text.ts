/** A whole number written with thousands separators: 1–3 digits, then groups of 3 with one separator. */
const GROUPED_NUMBER = /(?<![\p{L}\p{N}-])\d{1,3}(?:([,.\u00a0\u202f ])\d{3})(?:\1\d{3})*(?!\p{N})/gu;

/**
 * Thousands separators removed ("20,000", "20.000", "20 000" with a space or a narrow no-break
 * space → "20000"), so that a number keeps its meaning in a slug: slugify would make
 * "20,000 migrants" `20-000-migrants`. Decimals ("1,5", "3.25"), years followed by a number
 * ("2024 300") and numbers inside words or after a hyphen ("COVID-19 100") stay as they are.
 */
export function withPlainNumbers(title: string): string {
  return title.replace(GROUPED_NUMBER, (number) => number.replace(/[,.\u00a0\u202f ]/gu, ""));
}
