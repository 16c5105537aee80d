// @vitest-environment happy-dom
import { afterEach, expect, it } from 'vitest';
import { returnFocusToRow, rowOf } from './return-focus';

afterEach(() => document.body.replaceChildren());

function list(html: string): HTMLElement {
  const main = document.createElement('main');
  main.innerHTML = html;
  document.body.append(main);
  return main;
}
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

it.each([
  ['a deadline row', '<ul><li><button class="dl-row" data-reference="250875">Head</button></li></ul>', 'dl-row'],
  ['a seen notice', '<ul><li class="dl-seen-row" data-reference="250875"><button class="dl-seen-open">Head</button><button>Follow</button></li></ul>', 'dl-seen-open'],
])('finds %s by its reference, however it is spelled in a selector', (_case, html, rowClass) => {
  const main = list(html.replaceAll('250875', 'NSPA/25.01 A'));
  expect(rowOf(main, 'NSPA/25.01 A')?.className).toBe(rowClass);
  expect(rowOf(main, '250875')).toBeNull();
});

it('focuses the row once the live list draws it', async () => {
  const main = list('<p>Loading…</p>');
  returnFocusToRow(main, '250875');
  expect(document.activeElement).toBe(document.body);
  main.innerHTML = '<ul><li><button class="dl-row" data-reference="251836">Officer</button></li><li><button class="dl-row" data-reference="250875">Head</button></li></ul>';
  await flush();
  expect((document.activeElement as HTMLElement).dataset.reference).toBe('250875');
});

it('leaves focus the user placed elsewhere, and stops waiting after its limit', async () => {
  const main = list('<button id="undo">Undo</button>');
  let expire = () => undefined as void;
  returnFocusToRow(main, '250875', { setTimer: (run) => (expire = run), clearTimer: () => undefined });
  document.getElementById('undo')!.focus();
  main.insertAdjacentHTML('beforeend', '<button class="dl-row" data-reference="250875">Head</button>');
  await flush();
  expect(document.activeElement?.id).toBe('undo');

  (document.activeElement as HTMLElement).blur();
  main.replaceChildren();
  const other = list('');
  returnFocusToRow(other, '250443', { setTimer: (run) => (expire = run), clearTimer: () => undefined });
  expire();
  other.innerHTML = '<button class="dl-row" data-reference="250443">Assistant</button>';
  await flush();
  expect(document.activeElement).toBe(document.body);
});
