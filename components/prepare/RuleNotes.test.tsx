// @vitest-environment happy-dom
import { screen } from '@testing-library/preact';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderIn } from '../../test/unit/seeded-store';
import { readPreparation } from '../../utils/parse/notice-preparation';
import { RuleNotes } from './RuleNotes';

const notice = readFileSync('test/fixtures/vacancies/250875-heads-nasp-and-mo.txt', 'utf8');

describe('RuleNotes: the notice\'s rules where they bite, from the real notice 250875', () => {
  it.each(['capture', 'answers', 'essay'] as const)('shows its 2025 AI clause in the %s view, with the notice\'s words as text', (where) => {
    renderIn('en', <RuleNotes record={{ preparation: readPreparation(notice) }} where={where} />);
    screen.getByText(/This notice: an application prepared with generative AI may be rejected without further consideration/);
    expect(document.querySelector('blockquote')?.textContent).toMatch(/^NATO will not accept any phase of the recruitment/);
  });

  it('shows "only the text boxes" with the answers, not beside the essay', () => {
    const preparation = readPreparation('NATO will only evaluate the information you write in the text boxes.');
    renderIn('fr', <RuleNotes record={{ preparation }} where="answers" />);
    screen.getByText(/Cet avis : seul ce que vous écrivez dans les zones de texte est évalué/);
    document.body.innerHTML = '';
    renderIn('fr', <RuleNotes record={{ preparation }} where="essay" />);
    expect(document.querySelector('[data-rule]')).toBeNull();
  });
});
