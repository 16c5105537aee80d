import { describe, expect, it } from 'vitest';
import { pendingNotices } from './pending-notice';
import { memoryArea } from '../../test/unit/fakes/pending-notice.test-fakes';

describe('the selected notice waiting for its reference', () => {
  it('is read as often as asked, and cleared only when settled', async () => {
    const pending = pendingNotices(memoryArea(), () => 'selection-1');
    await pending.put({ text: 'Policy Officer\n1. SUMMARY', sourceUrl: 'https://unjoblink.org/job/policy-officer-2/' });
    const waiting = { id: 'selection-1', text: 'Policy Officer\n1. SUMMARY', sourceUrl: 'https://unjoblink.org/job/policy-officer-2/' };
    expect(await pending.peek()).toEqual(waiting);
    expect(await pending.peek()).toEqual(waiting);
    expect(await pending.settle('selection-1')).toBe(true);
    expect(await pending.peek()).toBeNull();
    expect(await pending.settle('selection-1')).toBe(false);
  });

  it('keeps only the latest selection, which an older settle does not clear', async () => {
    let n = 0;
    const pending = pendingNotices(memoryArea(), () => `selection-${++n}`);
    await pending.put({ text: 'first', sourceUrl: null });
    await pending.put({ text: 'second', sourceUrl: null });
    expect(await pending.settle('selection-1')).toBe(false);
    expect(await pending.peek()).toEqual({ id: 'selection-2', text: 'second', sourceUrl: null });
  });

  it('a selection put while the older one is settled stays waiting', async () => {
    let n = 0;
    const pending = pendingNotices(memoryArea(), () => `selection-${++n}`);
    await pending.put({ text: 'first', sourceUrl: null });
    await Promise.all([pending.settle('selection-1'), pending.put({ text: 'second', sourceUrl: null })]);
    expect(await pending.peek()).toEqual({ id: 'selection-2', text: 'second', sourceUrl: null });
  });

  it.each([
    ['a text that is not one', { id: 'a', text: 42, sourceUrl: null }],
    ['no id (a selection kept by an older version)', { text: 'Policy Officer', sourceUrl: null }],
  ])('gives nothing for a stored value of another shape: %s', async (_case, value) => {
    const area = memoryArea();
    area.items.set('pendingNotice', value);
    expect(await pendingNotices(area).peek()).toBeNull();
  });
});
