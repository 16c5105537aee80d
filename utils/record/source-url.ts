import { PORTAL_HOST } from '../portal/urls';

/**
 * The one rule for a record's `sourceUrl`, the link the detail view opens: an `https:` address
 * only (a backup is a file anyone can edit, and a `javascript:` or `data:` link would run or
 * show whatever it holds), and on the portal for a results-page row, which only the portal
 * gives. Anything else is left out (null), the rest of the record kept.
 */
export function keptSourceUrl(url: string | null | undefined, completeness: 'row' | 'notice' = 'notice'): string | null {
  if (typeof url !== 'string') return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' || parsed.username !== '' || parsed.password !== '') return null;
  if (completeness === 'row' && parsed.hostname !== PORTAL_HOST) return null;
  return url;
}
