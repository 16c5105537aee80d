// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { freshStore } from '../../test/unit/fresh-store';
import { popupStoreOver } from '../../test/unit/popup-store';
import { officerDefencePolicy } from '../../test/unit/record-factory';
import { renderIn } from '../../test/unit/seeded-store';
import { PopupStore } from '../../utils/popup-client/popup-store';
import { VacancyDatabase } from '../../utils/db-reader/vacancy-reader';
import type { StoredVacancy } from '../../utils/record/stored-vacancy';
import type { JournalStorage } from '../../utils/prepare/draft-journal';
import { AnswersWorkspace } from './AnswersWorkspace';

/** The page's localStorage, kept across "openings" of the popup. */
class MemoryStorage implements JournalStorage {
  private items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

const record: StoredVacancy = {
  ...officerDefencePolicy,
  preparation: {
    documents: [],
    rules: [{ kind: 'aiTools', quote: 'NATO will not accept … generative artificial-intelligence (AI) tools …', translation: false, rejection: 'may' }],
  },
};

async function setUp() {
  const writer = freshStore('workspace');
  await writer.applyImport([record]);
  return { writer, popup: popupStoreOver(writer) };
}

const addQuestion = async (text: string) => {
  fireEvent.input(screen.getByLabelText(/A question the application asks/), { target: { value: text } });
  fireEvent.click(screen.getByRole('button', { name: 'Add the question' }));
};

describe('AnswersWorkspace', () => {
  it('adds a pasted question with its stated limit, counts and checks the draft as typed, and saves it', async () => {
    const { writer, popup } = await setUp();
    renderIn('en', <AnswersWorkspace record={record} store={popup} storage={new MemoryStorage()} />);
    screen.getByText(/This notice: an application prepared with generative AI may be rejected/);
    await addQuestion('Describe your experience of defence planning (max. 2000 characters)');
    const draft = await screen.findByLabelText('Your answer to question 1');
    fireEvent.input(draft, { target: { value: 'See CV.' } });
    screen.getByText('7 / 2000 characters');
    screen.getByText(/“See CV” points to another document/);
    fireEvent.blur(draft);
    await waitFor(async () => expect((await writer.db.answers.toArray()).map((row) => row.draft)).toEqual(['See CV.']));
  });

  it('a popup closed mid-typing: the draft and its warnings are there at the next opening', async () => {
    const { writer } = await setUp();
    const storage = new MemoryStorage();
    // First opening: the background saves the question, then stops answering (the popup closes
    // before the draft's request arrives).
    let reachable = true;
    const live = popupStoreOver(writer);
    const closing = new PopupStore(
      (request) => (reachable ? (live as unknown as { send: (r: typeof request) => Promise<never> }).send(request) : new Promise(() => undefined)),
      new VacancyDatabase(writer.db.name),
    );
    renderIn('en', <AnswersWorkspace record={record} store={closing} storage={storage} />);
    await addQuestion('Why this post? (1 500 caractères maximum)');
    const box = await screen.findByLabelText('Your answer to question 1');
    reachable = false;
    fireEvent.input(box, { target: { value: 'Oui' } });
    cleanup();
    closing.close();
    expect((await writer.db.answers.toArray())[0]!.draft).toBe('');

    // Second opening: what was typed is sent, shown, and checked.
    renderIn('en', <AnswersWorkspace record={record} store={popupStoreOver(writer)} storage={storage} />);
    await waitFor(async () => expect((await writer.db.answers.toArray())[0]!.draft).toBe('Oui'));
    await waitFor(() => expect((screen.getByLabelText('Your answer to question 1') as HTMLTextAreaElement).value).toBe('Oui'));
    screen.getByText(/“Oui” is a bare yes or no/);
    screen.getByText('3 / 1500 characters');
    expect(storage.length).toBe(0);
  });

  it('refuses a 1 MB draft and a 50,000-character question with a message, keeping what was there', async () => {
    const { writer, popup } = await setUp();
    renderIn('fr', <AnswersWorkspace record={record} store={popup} storage={new MemoryStorage()} />);
    fireEvent.input(screen.getByLabelText(/Une question posée/), { target: { value: 'x'.repeat(50_000) } });
    screen.getByText(/Non ajoutée : 50000 caractères, c'est plus qu'une question/);
    fireEvent.input(screen.getByLabelText(/Une question posée/), { target: { value: 'Pourquoi ce poste ?' } });
    fireEvent.click(screen.getByRole('button', { name: 'Ajouter la question' }));
    const box = (await screen.findByLabelText('Votre réponse à la question 1')) as HTMLTextAreaElement;
    fireEvent.input(box, { target: { value: 'Parce que.' } });
    fireEvent.input(box, { target: { value: 'y'.repeat(1_048_576) } });
    screen.getByText(/Non conservé : le brouillon ferait 1048576 caractères/);
    expect(box.value).toBe('Parce que.');
    fireEvent.blur(box);
    await waitFor(async () => expect((await writer.db.answers.toArray())[0]!.draft).toBe('Parce que.'));
  });
});
