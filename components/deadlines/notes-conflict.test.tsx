// @vitest-environment happy-dom
import { afterEach, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { parsedVacancy } from '../../test/unit/record-factory';
import { freshStore } from '../../test/unit/fresh-store';
import { popupStoreOver } from '../../test/unit/popup-store';
import { renderIn } from '../../test/unit/seeded-store';
import { I18nProvider } from '../i18n';
import { TrackingPanel } from './TrackingPanel';

afterEach(cleanup);

it('a focused note box meets another window\'s notes: the typing stays, nothing is overwritten, and the user chooses', async () => {
  const writer = freshStore();
  await writer.saveCapture(parsedVacancy(), new Date('2025-12-01T10:00:00Z'));
  const here = popupStoreOver(writer);
  const elsewhere = popupStoreOver(writer);
  const record = async () => (await writer.get('251836'))!;

  const view = renderIn('en', <TrackingPanel record={await record()} store={here} />);
  const box = screen.getByLabelText('Notes') as HTMLTextAreaElement;
  box.focus();
  fireEvent.input(box, { target: { value: 'Ask about the start date' } });

  // The other window saves first; this one's live query brings the new record.
  await elsewhere.updateUserFields('251836', { notes: 'Call Anna on Monday' }, { notes: '' });
  view.rerender(<I18nProvider locale="en"><TrackingPanel record={await record()} store={here} /></I18nProvider>);

  const conflict = await screen.findByRole('alert');
  expect(conflict.querySelector('blockquote')?.textContent).toBe('Call Anna on Monday');
  expect(box.value).toBe('Ask about the start date');
  // The pending save was made from the empty note: refused, the other window's text kept.
  fireEvent.blur(box);
  await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Not saved: Another window changed this in the meantime; nothing was overwritten.'));
  expect((await record()).notes).toBe('Call Anna on Monday');

  fireEvent.click(screen.getByRole('button', { name: 'Keep both' }));
  await waitFor(async () => expect((await record()).notes).toBe('Ask about the start date\n\nCall Anna on Monday'));
  expect(box.value).toBe('Ask about the start date\n\nCall Anna on Monday');
  expect(screen.queryByRole('alert')).toBeNull();
});

it('an unfocused, saved note box simply follows the other window', async () => {
  const writer = freshStore();
  await writer.saveCapture(parsedVacancy(), new Date('2025-12-01T10:00:00Z'));
  const here = popupStoreOver(writer);
  const view = renderIn('en', <TrackingPanel record={(await writer.get('251836'))!} store={here} />);
  await popupStoreOver(writer).updateUserFields('251836', { notes: 'Call Anna on Monday' }, { notes: '' });
  view.rerender(<I18nProvider locale="en"><TrackingPanel record={(await writer.get('251836'))!} store={here} /></I18nProvider>);
  await waitFor(() => expect((screen.getByLabelText('Notes') as HTMLTextAreaElement).value).toBe('Call Anna on Monday'));
  expect(screen.queryByRole('alert')).toBeNull();
});
