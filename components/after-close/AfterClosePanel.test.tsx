// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { popupStoreOver } from '../../test/unit/popup-store';
import { storedVacancy } from '../../test/unit/record-factory';
import { renderIn, seededStore } from '../../test/unit/seeded-store';
import type { StoredVacancy } from '../../utils/record/stored-vacancy';
import type { Locale } from '../../utils/i18n';
import { AfterClosePanel } from './AfterClosePanel';

afterEach(cleanup);

// The video interview invitation was sent on 3 March 2026; it is due on 9 March.
const NOW = new Date('2026-03-04T10:00:00Z');
const invitation = (name: string) => readFileSync(`test/fixtures/invitations/${name}`, 'utf8');
const submitted = storedVacancy({ reference: '251836', status: 'submitted' });

async function open(records: StoredVacancy[], locale: Locale = 'en', reference = records[0]!.reference) {
  const writer = await seededStore(records);
  const store = popupStoreOver(writer);
  const all = await writer.all();
  renderIn(locale, <AfterClosePanel record={all.find((r) => r.reference === reference)!} records={all} store={store} now={NOW} />);
  return writer;
}

function paste(text: string, label = /Text of the invitation/, read = 'Read the dates') {
  fireEvent.input(screen.getByLabelText(label), { target: { value: text } });
  fireEvent.click(screen.getByRole('button', { name: read }));
}

describe('pasting an invitation into a submitted application', () => {
  it('proposes the video interview due 9 March 23:59 Brussels, saves nothing until confirmed, then saves the step and the stage', async () => {
    const writer = await open([submitted]);
    paste(invitation('en-video-interview.eml'));
    expect((screen.getByLabelText('Step') as HTMLSelectElement).value).toBe('video-interview');
    expect((screen.getByLabelText('To do by (Brussels time)') as HTMLInputElement).value).toBe('2026-03-09T23:59');
    expect(screen.getByText('Zone as printed in the invitation: CET')).toBeTruthy();
    expect((screen.getByLabelText('Also move the application to: Video interview invited') as HTMLInputElement).checked).toBe(true);
    expect((await writer.get('251836'))?.steps).toBeUndefined();

    fireEvent.click(screen.getByRole('button', { name: 'Confirm and save' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('Step saved'));
    const saved = await writer.get('251836');
    expect(saved?.steps).toEqual([{ id: `invitation-${NOW.getTime()}-0`, kind: 'video-interview', due: '2026-03-09T22:59:00.000Z', slot: null, zoneAsStated: 'CET' }]);
    expect(saved?.status).toBe('video-interview');
  });

  it('keeps the candidate’s edit: the due moved to 8 March 18:00, the stage left as it was', async () => {
    const writer = await open([submitted]);
    paste(invitation('en-video-interview.eml'));
    fireEvent.input(screen.getByLabelText('To do by (Brussels time)'), { target: { value: '2026-03-08T18:00' } });
    fireEvent.click(screen.getByLabelText('Also move the application to: Video interview invited'));
    fireEvent.click(screen.getByRole('button', { name: 'Confirm and save' }));
    await waitFor(async () => expect((await writer.get('251836'))?.steps?.[0]?.due).toBe('2026-03-08T17:00:00.000Z'));
    expect((await writer.get('251836'))?.status).toBe('submitted');
  });

  it('says why a text with no date proposes nothing, and offers nothing to save', async () => {
    const writer = await open([submitted]);
    paste(invitation('en-interview-no-date.txt'));
    expect(screen.getByRole('alert').textContent).toBe('Nothing to propose: the text names a step but prints no date for it.');
    expect(screen.queryByRole('button', { name: 'Confirm and save' })).toBeNull();
    expect((await writer.get('251836'))?.steps).toBeUndefined();
  });

  it('an empty paste is refused with a word, not read', async () => {
    await open([submitted]);
    paste('   ');
    expect(screen.getByRole('alert').textContent).toBe("Paste the invitation's text first.");
  });

  it('a step moved into the past is kept as history, said before confirming', async () => {
    const writer = await open([submitted]);
    paste(invitation('en-video-interview.eml'));
    fireEvent.input(screen.getByLabelText('To do by (Brussels time)'), { target: { value: '2026-03-01T12:00' } });
    expect(screen.getByText('Every date of this step is past: it is kept as history, with no reminder.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Confirm and save' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Step saved as history.'));
    expect((await writer.get('251836'))?.steps?.[0]?.due).toBe('2026-03-01T11:00:00.000Z');
  });

  it('warns when the invitation names another vacancy', async () => {
    await open([storedVacancy({ reference: '260303', status: 'submitted' })]);
    paste(invitation('en-video-interview.eml'));
    expect(screen.getByText('The invitation names vacancy 251836; this is 260303.')).toBeTruthy();
  });

  it('in French: the labels and the reason', async () => {
    await open([submitted], 'fr');
    paste(invitation('en-interview-no-date.txt'), /Texte du courriel/, 'Lire les dates');
    expect(screen.getByRole('alert').textContent).toBe("Rien à proposer : le texte nomme une étape mais n'indique aucune date.");
  });

  it('is not offered before the application is submitted', async () => {
    await open([storedVacancy({ reference: '251836', status: 'drafting' })]);
    expect(screen.queryByLabelText(/Text of the invitation/)).toBeNull();
  });
});

describe('the notice’s links and who hears back', () => {
  it('says I applied to this post before, and quotes "only shortlisted candidates will be contacted"', async () => {
    const relations = { named: [], readvertisement: 'Officer, Defence Policy (Re-advertisement)', shortlistedOnly: 'Only shortlisted candidates will be contacted.' };
    const again = storedVacancy({ reference: '261369', title: 'Officer, Defence Policy (Re-advertisement)', relations, closesAt: '2026-05-01T21:59:00.000Z' });
    await open([again, storedVacancy({ reference: '251836', status: 'not-selected' })], 'en', '261369');
    expect(screen.getByText('You applied to this post before: ref 251836, status Not selected')).toBeTruthy();
    expect(screen.getByText('Only shortlisted candidates will be contacted.')).toBeTruthy();
  });
});

describe('after the offer', () => {
  it('lists what the final offer waits on with NCIA’s stated durations, and keeps a tick', async () => {
    const writer = await open([storedVacancy({ reference: '251836', status: 'conditional-offer', organisation: 'NATO Communications and Information Agency (NCIA)' })]);
    expect(screen.getByText(/NCIA states that a security clearance takes on average 6 months, from several months up to 1.5 years/)).toBeTruthy();
    fireEvent.click(screen.getByLabelText('Medical examination done'));
    await waitFor(async () => expect((await writer.get('251836'))?.offerChecksDone).toEqual(['medical']));
  });

  it('for a body that states no duration, says so instead of inventing one', async () => {
    await open([storedVacancy({ reference: '251836', status: 'clearance-medical' })]);
    expect(screen.getByText('This body states no typical duration; the final offer comes only after these checks.')).toBeTruthy();
  });
});
