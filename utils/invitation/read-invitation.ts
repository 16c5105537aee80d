import { isoDate } from '../parse/dates';
import { BRUSSELS, brusselsDate, brusselsEndOfDay, zonedToInstant } from '../time/zones';
import { findReference, stepKind } from './kind';
import { letterDate, splitMessage } from './message';
import type { InvitationProposal, InvitationReading, NothingDatedReason, ProposalKind } from './proposal';
import type { Slot } from '../record/dated-step';
import { exactDurationMinutes, findDates, findRelativeDeadlines, findTimes, type ClockTime, type DateMention, type TimeMention } from './scan';
import { letterZone, type StatedZone } from './zone-words';

/**
 * A pasted invitation read into the dated step it proposes, by the rules of
 * shared/design/process.md: a proposed instant is never later than the real one, and nothing is
 * guessed that the text does not support. Pure: `now` only dates a text that has no date of its own.
 */

/** A moment to act: "by", "no later than", "avant le", "au plus tard le" right before the date. */
const DUE_BEFORE =
  /(?:\bby|\bbefore|no\s+later\s+than|not\s+later\s+than|\buntil|\btill|at\s+the\s+latest|\blatest|deadline(?:\s+(?:is|of|for\s+\w+(?:\s+\w+)?))?|expires?(?:\s+on)?|au\s+plus\s+tard(?:\s+le)?|\bavant(?:\s+le)?|d'ici(?:\s+(?:le|au))?|jusqu'(?:au|à)|date\s+limite(?:\s+(?:est|:))?|échéance)\s*[:,]?\s*(?:(?:on|le|the)\s+)?[\s,]*$/i;
/** Sentences whose date is the candidate's to act on. */
const ACT =
  /(?<![\p{L}\d])(?:complete|completed|submit|submitted|send|sent|return|returned|reply|respond|confirm|upload|record|provide|deadline|répondre|confirmer|renvoyer|retourner|envoyer|transmettre|compléter|soumettre|enregistrer|fournir|date\s+limite)(?![\p{L}\d])/iu;
/** Sentences whose date is the event: "will take place on", "is scheduled for", "aura lieu le". */
const EVENT =
  /(?<![\p{L}\d])(?:take\s+place|will\s+be\s+held|(?:is|are|has\s+been|have\s+been)\s+scheduled|will\s+(?:start|begin|commence)|starts?\s+at|invite\s+you|invited\s+to|attend|session|aura\s+lieu|se\s+tiendra|se\s+déroulera|débutera|commencera|convoqué|vous\s+inviter|est\s+prévue?)(?![\p{L}\d])/iu;
/** Dates given for information: what happened, or what the sender will do. */
const INFORMATION =
  /(?<![\p{L}\d])(?:(?:we|nato|the\s+(?:panel|board|hr|recruitment\s+(?:team|section)|organisation))\s+(?:will|shall|expects?\s+to|aims?\s+to|hopes?\s+to|intends?\s+to)\s+(?:\w+\s+)?(?:inform|notify|contact|let\s+you\s+know|communicate|send\s+you|be\s+in\s+touch)|results?\s+(?:will|should)\s+be|outcome\s+will|for\s+(?:your\s+)?information|(?:you\s+)?applied\s+on|published\s+on|closed\s+on|received\s+on|dated|à\s+titre\s+(?:indicatif|d'information)|nous\s+vous\s+(?:informerons|contacterons|communiquerons)|résultats?\s+(?:seront|vous\s+seront)|publiée?\s+le|reçue?\s+le)(?![\p{L}\d])/iu;
const TIME_LABEL = /^\s*(?:time|start\s+time|hour|heure|horaire|heure\s+de\s+début)\s*:/i;
/** Where a sentence ends: a full stop before a capital, a semicolon, or a line. */
const SENTENCE_END = /[.!?;](?=\s+["'«(]?[\p{Lu}\d])|\n/gu;

interface Sentence {
  start: number;
  end: number;
}

function sentencesOf(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  for (const m of text.matchAll(SENTENCE_END)) {
    out.push({ start, end: m.index + 1 });
    start = m.index + 1;
  }
  out.push({ start, end: text.length });
  return out;
}

const pad = (n: number) => String(n).padStart(2, '0');
const clock = (time: ClockTime) => `${pad(time.hour)}:${pad(time.minute)}`;

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

function addWorkingDays(date: string, days: number): string {
  let at = date;
  for (let left = days; left > 0; ) {
    at = addDays(at, 1);
    const weekday = new Date(`${at}T00:00:00Z`).getUTCDay();
    if (weekday !== 0 && weekday !== 6) left--;
  }
  return at;
}

interface Dated {
  mention: DateMention;
  date: string;
  firstDate: string | null;
  times: OwnTime[];
  sentence: string;
  before: string;
}

/** The date of a mention, a year given to one printed without: the first on or after `from`. */
function resolve(mention: DateMention, from: string, day = mention.day): string | null {
  if (mention.year !== null) return isoDate(mention.year, mention.month, day);
  const year = Number(from.slice(0, 4));
  for (const candidate of [year, year + 1]) {
    const date = isoDate(candidate, mention.month, day);
    if (date !== null && date >= from) return date;
  }
  return null;
}

function weekdayAgrees(mention: DateMention, date: string): boolean {
  return mention.weekday === null || new Date(`${date}T00:00:00Z`).getUTCDay() === mention.weekday;
}

/** "by 12:00", "no later than 17:00", "avant 12h00": a time that ends something rather than starts it. */
const TIME_DUE_BEFORE = /(?:\bby|\bbefore|no\s+later\s+than|not\s+later\s+than|\buntil|\btill|au\s+plus\s+tard|\bavant|jusqu'à)\s*(?:the\s+|le\s+)?$/i;

interface OwnTime {
  time: TimeMention;
  /** Printed after a due word: a deadline or a hand-in time, not a start. */
  ends: boolean;
}

/** The times that belong to a date: in its sentence between its neighbours, or on a "Time:" line just under it. */
function timesOf(body: string, mention: DateMention, next: DateMention | undefined, previous: DateMention | undefined, sentence: Sentence, times: readonly TimeMention[]): OwnTime[] {
  const own = times.filter((t) => t.index >= sentence.start && t.index < sentence.end && (next === undefined || t.index < next.index) && (previous === undefined || t.index > previous.end));
  const labelled: TimeMention[] = [];
  if (own.length === 0) {
    let offset = sentence.end;
    for (const line of body.slice(sentence.end, sentence.end + 200).split('\n').slice(0, 3)) {
      if (TIME_LABEL.test(line)) {
        labelled.push(...times.filter((t) => t.index >= offset && t.index < offset + line.length + 1));
        break;
      }
      offset += line.length + 1;
    }
  }
  return [...own, ...labelled].map((time) => ({ time, ends: TIME_DUE_BEFORE.test(body.slice(Math.max(0, time.index - 30), time.index)) }));
}

interface Moment {
  instant: string;
  zone: StatedZone | null;
}

/** The instant of a time on a date: its own zone, else the letter's, else Brussels. */
function momentOf(date: string, time: ClockTime, zone: StatedZone | null): Moment | null {
  const instant = zonedToInstant(`${date}T${clock(time)}`, zone?.zone ?? BRUSSELS);
  return instant === null ? null : { instant, zone };
}

const EVENT_KINDS: ReadonlySet<ProposalKind> = new Set(['written-test', 'assessment', 'panel-interview']);

function nothing(kind: ProposalKind, reference: string | null, why: NothingDatedReason): InvitationReading {
  return { proposal: { kind, reference, due: null, slot: null, zoneAsStated: null }, why };
}

export interface ReadOptions {
  /** Dates a text that has neither a Date: header nor a letter date (a year left out). */
  now?: Date;
}

export function readInvitation(text: string, options: ReadOptions = {}): InvitationReading {
  const message = splitMessage(text);
  const body = message.body;
  const kind = stepKind(message.subject, body);
  const reference = findReference(message.subject, body);
  if (kind === 'none') return nothing(kind, reference, 'notAStep');
  if (kind === 'not-selected') return nothing(kind, reference, 'outcomeHasNoDate');

  const sentOn = message.sentAt === null ? letterDate(body) : brusselsDate(message.sentAt);
  const from = sentOn ?? brusselsDate(options.now ?? new Date());
  const mentions = findDates(body).filter((m) => !isLetterDateLine(body, m));
  const times = findTimes(body, mentions);
  const ownZone = letterZone(body) ?? times.find((t) => t.zone !== null)?.zone ?? null;
  const sentences = sentencesOf(body);

  const dated: Dated[] = [];
  for (const [i, mention] of mentions.entries()) {
    const date = resolve(mention, from);
    if (date === null) continue;
    if (!weekdayAgrees(mention, date)) return nothing(kind, reference, 'weekdayMismatch');
    const sentence = sentences.find((s) => mention.index >= s.start && mention.index < s.end) ?? { start: 0, end: body.length };
    const own = timesOf(body, mention, mentions[i + 1], mentions[i - 1], sentence, times);
    const firstDate = mention.firstDay === undefined ? null : resolve(mention, from, mention.firstDay);
    // The words before the date with its times taken out: "by 23:59 CET on" reads as "by on".
    let before = '';
    let at = sentence.start;
    for (const t of times.filter((t) => t.index >= sentence.start && t.end_ <= mention.index)) {
      before += `${body.slice(at, t.index)} `;
      at = t.end_;
    }
    before += body.slice(Math.max(at, sentence.start), mention.index);
    dated.push({ mention, date, firstDate, times: own, sentence: body.slice(sentence.start, sentence.end), before });
  }

  for (const { date, times: own } of dated) {
    for (const { time } of own) {
      if (time.also === null) continue;
      const one = momentOf(date, time.start, time.zone);
      const other = momentOf(date, time.also.time, time.also.zone);
      if (one !== null && other !== null && one.instant !== other.instant) return nothing(kind, reference, 'zonesDisagree');
    }
  }

  const toCome = sentOn === null ? dated : dated.filter((d) => (d.firstDate ?? d.date) >= sentOn);
  const informative = (d: Dated) => INFORMATION.test(d.sentence) && !DUE_BEFORE.test(d.before);
  const isDue = (d: Dated) => DUE_BEFORE.test(d.before) || (ACT.test(d.sentence) && !EVENT.test(d.sentence));
  const zoneOf = (time: TimeMention) => time.zone ?? ownZone;

  const dues: Moment[] = [];
  const slots: Dated[] = [];
  for (const d of toCome) {
    if (informative(d)) continue;
    if (kind === 'reserve-list') continue;
    if (isDue(d)) {
      const time = (d.times.find((t) => t.ends) ?? d.times[0])?.time;
      const moment = time === undefined ? { instant: brusselsEndOfDay(d.date) ?? '', zone: null } : momentOf(d.date, time.start, zoneOf(time));
      if (moment !== null && moment.instant !== '') dues.push(moment);
    } else if (EVENT_KINDS.has(kind)) slots.push(d);
  }

  const sentAt = message.sentAt;
  const relative = findRelativeDeadlines(body);
  for (const deadline of relative) {
    if (sentAt === null) continue;
    if (deadline.unit === 'hours') dues.push({ instant: new Date(Date.parse(sentAt) + deadline.amount * 3_600_000).toISOString(), zone: null });
    else {
      const day = brusselsDate(sentAt);
      const last = deadline.unit === 'calendar-days' ? addDays(day, deadline.amount) : addWorkingDays(day, deadline.amount);
      dues.push({ instant: brusselsEndOfDay(last) ?? '', zone: null });
    }
  }

  let slot: Slot | null = null;
  let slotZone: StatedZone | null = null;
  const event = slots[0];
  if (kind === 'reserve-list') slot = reserveSpan(toCome, sentOn);
  else if (event !== undefined) {
    const time = event.times.find((t) => !t.ends)?.time;
    if (time === undefined) slot = event.firstDate === null ? { date: event.date } : { from: event.firstDate, to: event.date };
    else {
      const zone = zoneOf(time);
      const start = momentOf(event.date, time.start, zone);
      const handInTime = event.times.find((t) => t.ends && t.time.index > time.index)?.time;
      let end = time.end !== null ? momentOf(event.date, time.end, zone) : handInTime === undefined ? null : momentOf(event.date, handInTime.start, zoneOf(handInTime));
      if (start !== null) {
        // A hand-in time later that day is the end of the test itself, not a due.
        const handIn = dues.findIndex((due) => due.instant > start.instant && brusselsDate(due.instant) === brusselsDate(start.instant) && Date.parse(due.instant) - Date.parse(start.instant) <= 12 * 3_600_000);
        if (end === null && handIn >= 0) end = dues.splice(handIn, 1)[0] ?? null;
        const minutes = end === null ? exactDurationMinutes(body) : null;
        const endInstant = end?.instant ?? (minutes === null ? null : new Date(Date.parse(start.instant) + minutes * 60_000).toISOString());
        slot = { start: start.instant, end: endInstant !== null && endInstant > start.instant ? endInstant : null };
        slotZone = zone;
      }
    }
  }

  const due = dues.filter((d) => d.instant !== '').sort((a, b) => a.instant.localeCompare(b.instant))[0] ?? null;
  const proposal: InvitationProposal = {
    kind,
    reference,
    due: due?.instant ?? null,
    slot,
    zoneAsStated: (slot !== null && 'start' in slot ? slotZone?.printed : undefined) ?? due?.zone?.printed ?? null,
  };
  if (proposal.due !== null || proposal.slot !== null) return { proposal, why: null };
  if (relative.length > 0 && sentAt === null) return { proposal, why: 'relativeWithoutDate' };
  return { proposal, why: dated.length > 0 && toCome.length === 0 ? 'onlyPastDates' : 'noDate' };
}

/** A reserve list's validity: "valid until 31 December 2027", "from 1 March 2026 to 28 February 2027". */
function reserveSpan(dated: readonly Dated[], sentOn: string | null): Slot | null {
  const until = dated.find((d) => /(?:until|till|to|expires?|jusqu'au|au|expir\w*|valable|valid)\s*(?:on|le|the)?\s*$/i.test(d.before) && !/(?<![\p{L}\d])(?:from|as\s+of|du|à\s+compter\s+du|à\s+partir\s+du)\s*(?:the|le)?\s*$/iu.test(d.before));
  if (until === undefined) return null;
  const start = dated.find((d) => d !== until && /(?<![\p{L}\d])(?:from|as\s+of|starting|du|à\s+compter\s+du|à\s+partir\s+du)\s*(?:the|le)?\s*$/iu.test(d.before));
  const fromDate = start?.date ?? sentOn;
  return fromDate === null || fromDate > until.date ? null : { from: fromDate, to: until.date };
}

function isLetterDateLine(body: string, mention: DateMention): boolean {
  const lineStart = body.lastIndexOf('\n', mention.index) + 1;
  const lineEnd = body.indexOf('\n', mention.end);
  const line = body.slice(lineStart, lineEnd < 0 ? body.length : lineEnd);
  return letterDate(line) !== null && body.slice(0, lineStart).split('\n').length <= 12;
}
