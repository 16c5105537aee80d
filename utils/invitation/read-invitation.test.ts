import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InvitationProposalSchema, type InvitationProposal, type NothingDatedReason } from './proposal';
import { readInvitation } from './read-invitation';

/**
 * Hand-written invitations (test/fixtures/invitations), each with the proposal its words support,
 * worked out by hand from process.md's rules: Brussels is UTC+1 in winter and UTC+2 from the last
 * Sunday of March to the last Sunday of October; "CET" printed in summer is Brussels wall time.
 */
const DIR = join(import.meta.dirname, '../../test/fixtures/invitations');
const read = (file: string) => readInvitation(readFileSync(join(DIR, file), 'utf8'), { now: new Date('2026-12-07T12:00:00Z') });

describe('readInvitation: the step a pasted invitation proposes', () => {
  it.each<[string, InvitationProposal]>([
    // "by 23:59 CET on Monday 9 March 2026": winter, UTC+1
    ['en-video-interview.eml', { kind: 'video-interview', reference: '251836', due: '2026-03-09T22:59:00.000Z', slot: null, zoneAsStated: 'CET' }],
    // "from 10:00 to 12:00 CET" on 25 June: CET in summer is Brussels wall time, UTC+2; "by Friday 19 June 2026": 23:59 Brussels
    [
      'en-written-test-cet-in-summer.eml',
      { kind: 'written-test', reference: '260112', due: '2026-06-19T21:59:00.000Z', slot: { start: '2026-06-25T08:00:00.000Z', end: '2026-06-25T10:00:00.000Z' }, zoneAsStated: 'CET' },
    ],
    // No zone anywhere: Brussels; "about 45 minutes" gives no end; the letter's own date line is not a step
    [
      'en-panel-interview-letter.txt',
      { kind: 'panel-interview', reference: 'NCIA/ACQ/25/071', due: '2026-04-10T21:59:00.000Z', slot: { start: '2026-04-21T12:30:00.000Z', end: null }, zoneAsStated: null },
    ],
    // "à 9h30 (heure de Bruxelles)" in May, "Il durera 50 minutes": an exact duration gives the end
    [
      'fr-entretien-jury.eml',
      { kind: 'panel-interview', reference: '260345', due: '2026-05-12T21:59:00.000Z', slot: { start: '2026-05-19T07:30:00.000Z', end: '2026-05-19T08:20:00.000Z' }, zoneAsStated: 'heure de Bruxelles' },
    ],
    // Sent Friday 16 October 17:45 Brussels; "within 5 calendar days": 23:59 Brussels on 21 October (still summer time)
    ['en-video-within-5-calendar-days.eml', { kind: 'video-interview', reference: '261004', due: '2026-10-21T21:59:00.000Z', slot: null, zoneAsStated: null }],
    // Sent 10:30 +0200 on 8 September; "dans les 48 heures suivant la réception": that instant plus 48 h
    ['fr-video-48-heures.eml', { kind: 'video-interview', reference: '261150', due: '2026-09-10T08:30:00.000Z', slot: null, zoneAsStated: null }],
    // A rejection with NATO's standard clause: no dates, even the interview's
    ['en-not-selected.eml', { kind: 'not-selected', reference: '260777', due: null, slot: null, zoneAsStated: null }],
    // Not about an application
    ['en-newsletter.eml', { kind: 'none', reference: null, due: null, slot: null, zoneAsStated: null }],
    // 14 April 2026 is a Tuesday, the letter says Wednesday
    ['en-weekday-disagrees.txt', { kind: 'written-test', reference: '260501', due: null, slot: null, zoneAsStated: null }],
    // Two whole days, local dates; the passport by 19 December (winter): 22:59 UTC
    [
      'en-assessment-centre-two-days.eml',
      { kind: 'assessment', reference: '251990', due: '2025-12-19T22:59:00.000Z', slot: { from: '2026-01-12', to: '2026-01-13' }, zoneAsStated: null },
    ],
    // The offer's due is its document deadline; the start date "à titre indicatif" is information
    ['fr-offre-conditionnelle.eml', { kind: 'offer', reference: '260888', due: '2026-11-20T22:59:00.000Z', slot: null, zoneAsStated: null }],
    // Membership from the message's date to the end of validity it prints
    ['en-reserve-list.eml', { kind: 'reserve-list', reference: '260410', due: null, slot: { from: '2026-09-15', to: '2027-09-14' }, zoneAsStated: null }],
    // 09:00 EST (UTC−5) and 15:00 CET (UTC+1 in November) are both 14:00 UTC
    ['en-est-and-cet-agree.eml', { kind: 'panel-interview', reference: '260999', due: null, slot: { start: '2026-11-12T14:00:00.000Z', end: null }, zoneAsStated: 'EST' }],
    // 09:00 EST is 14:00 UTC, 16:00 CET is 15:00 UTC: nothing dated
    ['en-est-and-cet-disagree.eml', { kind: 'panel-interview', reference: '260999', due: null, slot: null, zoneAsStated: null }],
    // Sent 22 December 2026: "5 January" and "Tuesday 12 January" are in 2027; the test's time has no zone, the letter's other time is UK time (UTC+0 in winter)
    [
      'en-no-year-other-zone.eml',
      { kind: 'written-test', reference: '261200', due: '2027-01-05T12:00:00.000Z', slot: { start: '2027-01-12T09:30:00.000Z', end: null }, zoneAsStated: 'UK time' },
    ],
    // "start at 09:00 CET … answers must be submitted by 12:00 CET": the hand-in ends the test, it is not a due
    [
      'en-written-test-hand-in.eml',
      { kind: 'written-test', reference: '260620', due: null, slot: { start: '2026-06-17T07:00:00.000Z', end: '2026-06-17T10:00:00.000Z' }, zoneAsStated: 'CET' },
    ],
    // "de 14h00 à 16h00, heure de Luxembourg" in April: Luxembourg is UTC+2 then
    [
      'fr-epreuve-ecrite-luxembourg.txt',
      { kind: 'written-test', reference: '260222', due: null, slot: { start: '2026-04-16T12:00:00.000Z', end: '2026-04-16T14:00:00.000Z' }, zoneAsStated: 'heure de Luxembourg' },
    ],
    // An invitation's own "Date:" / "Time:" table, not a header
    [
      'en-interview-table.txt',
      { kind: 'panel-interview', reference: '260111', due: null, slot: { start: '2026-04-14T08:00:00.000Z', end: '2026-04-14T09:30:00.000Z' }, zoneAsStated: 'Brussels time' },
    ],
    ['en-interview-no-date.txt', { kind: 'panel-interview', reference: '260303', due: null, slot: null, zoneAsStated: null }],
    // The interview on 17 November is before the message of 20 November: history, not a slot
    ['en-past-interview.eml', { kind: 'panel-interview', reference: '260555', due: null, slot: null, zoneAsStated: null }],
  ])('%s', (file, expected) => {
    const { proposal } = read(file);
    expect(InvitationProposalSchema.parse(proposal)).toEqual(expected);
  });

  it.each<[string, NothingDatedReason | null]>([
    ['en-video-interview.eml', null],
    ['en-newsletter.eml', 'notAStep'],
    ['en-not-selected.eml', 'outcomeHasNoDate'],
    ['en-weekday-disagrees.txt', 'weekdayMismatch'],
    ['en-est-and-cet-disagree.eml', 'zonesDisagree'],
    ['en-interview-no-date.txt', 'noDate'],
    ['en-past-interview.eml', 'onlyPastDates'],
  ])('%s says why it proposes no date: %s', (file, why) => {
    expect(read(file).why).toBe(why);
  });

  it('a deadline counted from receipt needs the Date: header', () => {
    const text = 'Dear Candidate,\n\nWe invite you to a recorded video interview for vacancy 261004. Please complete it within 48 hours of receipt of this e-mail.\n';
    expect(readInvitation(text)).toEqual({ proposal: { kind: 'video-interview', reference: '261004', due: null, slot: null, zoneAsStated: null }, why: 'relativeWithoutDate' });
  });
});
