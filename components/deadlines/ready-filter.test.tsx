// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { listSource, renderIn, storeHolding } from '../../test/unit/seeded-store';
import { mergeCapture, mergeRow } from '../../utils/db-writer/merge';
import { keyedNotice } from '../../test/unit/keyed-notice';
import { DEFAULT_SETTINGS } from '../../utils/settings/settings';
import { DeadlinesView } from './DeadlinesView';

afterEach(cleanup);

const NOW = new Date('2025-06-01T10:00:00Z');
function captured(file: string) {
  return mergeCapture(undefined, keyedNotice(readFileSync(`test/fixtures/vacancies/${file}`, 'utf8')), NOW).record;
}
// 251836 asks 6 years, 250875 10 years (both: NATO nationals, V plus I or II, a university
// degree, NS on appointment); a results row has no notice read.
// All three followed: the list is the vacancies the candidate follows.
const records = [
  captured('251836-officer-defence-policy.txt'),
  captured('250875-heads-nasp-and-mo.txt'),
  mergeRow(undefined, { reference: '260100', title: 'Assistant, Registry', location: null, organisation: null, deadline: null, closesAt: null, grade: null, sourceUrl: null }, NOW).record,
].map((record) => ({ ...record, followedAt: NOW.toISOString() }));
const profile = { nationality: 'IT', english: 'V', french: 'II', stanagProfile: null, experienceYears: 8, highestDegree: 'bachelor', clearanceHeld: null } as const;
const rowRefs = () => Array.from(document.querySelectorAll<HTMLElement>('button.dl-row')).map((row) => row.dataset.reference).sort();

describe('the "stated requirements I meet" filter', () => {
  it.each([['en', /Only those whose stated requirements I meet/], ['fr', /Seulement ceux dont je remplis les exigences indiquées/]] as const)(
    '%s: keeps only the vacancies whose every stated requirement my profile meets',
    async (locale, label) => {
      const store = await storeHolding(records);
      renderIn(locale, <DeadlinesView {...listSource(store)} now={NOW} settings={{ ...DEFAULT_SETTINGS, profile }} onOpen={() => {}} timeZone="UTC" />);
      await waitFor(() => expect(rowRefs()).toEqual(['250875', '251836', '260100']));
      const box = screen.getByLabelText(label) as HTMLInputElement;
      fireEvent.click(box);
      expect(box.checked).toBe(true);
      await waitFor(() => expect(rowRefs()).toEqual(['251836']));
      fireEvent.click(box);
      await waitFor(() => expect(rowRefs()).toEqual(['250875', '251836', '260100']));
    },
  );

  it('a notice that states no requirement is not one whose requirements I meet', async () => {
    // JWC's announcement gives title, grade, station, closing date and salary: no requirement.
    const store = await storeHolding([...records, { ...captured('variations/jwc-monthly-basic-salary-nok.txt'), followedAt: NOW.toISOString() }]);
    renderIn('en', <DeadlinesView {...listSource(store)} now={NOW} settings={{ ...DEFAULT_SETTINGS, profile }} onOpen={() => {}} timeZone="UTC" />);
    await waitFor(() => expect(rowRefs()).toHaveLength(4));
    fireEvent.click(screen.getByLabelText(/Only those whose stated requirements I meet/));
    await waitFor(() => expect(rowRefs()).toEqual(['251836']));
  });

  it('with an empty profile nothing stated is known to be met', async () => {
    const store = await storeHolding(records);
    renderIn('en', <DeadlinesView {...listSource(store)} now={NOW} settings={DEFAULT_SETTINGS} onOpen={() => {}} timeZone="UTC" />);
    await waitFor(() => expect(rowRefs()).toHaveLength(3));
    fireEvent.click(screen.getByLabelText(/Only those whose stated requirements I meet/));
    await waitFor(() => expect(rowRefs()).toEqual([]));
  });
});
