import { BRUSSELS, zonedToInstant } from '../time/zones';
import { isoDate } from '../parse/dates';
import { findDates, findTimes } from './scan';

/**
 * A pasted e-mail split into its header block and its body. Only a block of header lines at the
 * top counts ("From:", "Date:", "Subject:" / "De :", "Envoyé :", "Objet :"): a "Date:" line in the
 * body is an invitation's own table ("Date: Tuesday 14 April 2026").
 */

export interface Message {
  /** The instant the message was sent, from its Date: (or Sent: / Envoyé :) header. */
  sentAt: string | null;
  subject: string;
  body: string;
}

const HEADER = /^(from|to|cc|bcc|date|sent|subject|objet|de|à|a|envoyé|reply-to|message-id|mime-version|content-type|content-transfer-encoding|return-path|received|x-[\w-]+)\s*:\s*(.*)$/i;
const CONTINUATION = /^[ \t]+\S/;
const ADDRESSING = /^(?:from|to|subject|objet|de|à|a)$/i;

const RFC_5322_DATE = /^\s*(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun),\s*)?\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\s+\d{4}\s+\d{1,2}:\d{2}(?::\d{2})?\s*(?:[+-]\d{4}|GMT|UTC|UT|Z)\b/;

/** The instant of a header date: RFC 5322 ("Tue, 3 Mar 2026 14:05:00 +0100"), or a mail client's words in Brussels time. */
export function headerInstant(value: string): string | null {
  if (RFC_5322_DATE.test(value)) {
    const parsed = Date.parse(value.replace(/\s*\([^)]*\)\s*$/, ''));
    if (!Number.isNaN(parsed)) return new Date(parsed).toISOString();
  }
  // A header in a mail client's language ("mar. 8 sept. 2026 10:30:00 +0200"): its words, its offset.
  const date = findDates(value)[0];
  if (date === undefined || date.year === null) return null;
  const day = isoDate(date.year, date.month, date.day);
  const time = findTimes(value, [date])[0];
  if (day === null || time === undefined) return null;
  const clock = `${String(time.start.hour).padStart(2, '0')}:${String(time.start.minute).padStart(2, '0')}`;
  const offset = /([+-])(\d{2})(\d{2})\b/.exec(value.slice(time.index));
  const zone = offset === null ? (time.zone?.zone ?? BRUSSELS) : `GMT${offset[1]}${offset[2]}:${offset[3]}`;
  return zonedToInstant(`${day}T${clock}`, zone);
}

export function splitMessage(text: string): Message {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  let start = 0;
  while (start < lines.length && (lines[start] ?? '').trim() === '') start++;
  const headers: [string, string][] = [];
  let at = start;
  for (; at < lines.length; at++) {
    const line = lines[at] ?? '';
    const header = HEADER.exec(line);
    if (header !== null) headers.push([(header[1] ?? '').toLowerCase(), header[2] ?? '']);
    else if (headers.length > 0 && CONTINUATION.test(line)) {
      const last = headers.at(-1);
      if (last !== undefined) last[1] += ` ${line.trim()}`;
    } else break;
  }
  const isBlock = headers.filter(([name]) => ADDRESSING.test(name)).length >= 1 && headers.length >= 2;
  if (!isBlock) return { sentAt: null, subject: '', body: text };
  const value = (names: readonly string[]) => headers.find(([name]) => names.includes(name))?.[1] ?? null;
  const sent = value(['date', 'sent', 'envoyé']);
  return { sentAt: sent === null ? null : headerInstant(sent), subject: value(['subject', 'objet']) ?? '', body: lines.slice(at).join('\n') };
}

/** "Brussels, 3 March 2026", "Bruxelles, le 3 mars 2026": a letter's own date on a line of its own. */
export function letterDate(body: string): string | null {
  for (const line of body.split('\n').slice(0, 12)) {
    const dates = findDates(line);
    const date = dates[0];
    if (dates.length === 1 && date !== undefined && date.year !== null && line.length - (date.end - date.index) < 45 && !/\d{1,2}[:h]\d{2}/.test(line)) {
      const rest = (line.slice(0, date.index) + line.slice(date.end)).trim();
      if (/^(?:[\p{L} .'-]{2,40},\s*(?:le)?)?$/u.test(rest)) return isoDate(date.year, date.month, date.day);
    }
  }
  return null;
}
