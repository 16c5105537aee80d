/** "1 Jul – 30 Sep 2025" / "1 juil. – 30 sept. 2025": a span of local dates in the reader's language. */
export function formatDateSpan(from: string, to: string, locale: string): string {
  const format = new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  const [start, end] = [new Date(`${from}T00:00:00Z`), new Date(`${to}T00:00:00Z`)];
  return from === to ? format.format(start) : format.formatRange(start, end);
}
