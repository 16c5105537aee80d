import { describe, expect, it } from 'vitest';
import { freshStore } from '../../test/unit/fresh-store';
import { parsedVacancy } from '../../test/unit/record-factory';
import { handleRequest, type RequestContext } from '../background/handle-request';

const NOW = new Date('2026-02-01T10:00:00Z');
const STEP = {
  id: '2026-02-01T10:00:00.000Z',
  kind: 'video-interview',
  due: '2026-02-06T22:59:00.000Z',
  slot: null,
  zoneAsStated: 'Brussels time',
} as const;

async function background() {
  const store = freshStore('steps');
  await store.saveCapture(parsedVacancy(), new Date('2025-12-01T10:00:00Z'), { follow: true });
  let writes = 0;
  const context: RequestContext = { store, openPopup: async () => undefined, now: () => NOW, afterWrite: async () => void writes++ };
  return { store, context, writes: () => writes };
}

describe("add-dated-step: a confirmed invitation's step, saved by the background", () => {
  it('adds the step to the vacancy and re-plans reminders and the badge after it', async () => {
    const { store, context, writes } = await background();
    expect(await handleRequest({ type: 'add-dated-step', reference: '251836', step: STEP }, 'extension-page', context)).toMatchObject({ ok: true, record: { steps: [STEP] } });
    expect((await store.get('251836'))?.steps).toEqual([STEP]);
    expect(writes()).toBe(1);
  });

  it('the same confirmation sent again (a lost reply) is one step, not two', async () => {
    const { store, context } = await background();
    await handleRequest({ type: 'add-dated-step', reference: '251836', step: STEP }, 'extension-page', context);
    await handleRequest({ type: 'add-dated-step', reference: '251836', step: STEP }, 'extension-page', context);
    expect((await store.get('251836'))?.steps).toEqual([STEP]);
  });

  it('is refused from a content script, and a malformed step is rejected; nothing is written', async () => {
    const { store, context } = await background();
    expect(await handleRequest({ type: 'add-dated-step', reference: '251836', step: STEP }, 'content-script', context)).toEqual({ ok: false, code: 'forbidden' });
    const bad = { ...STEP, due: 'next Friday' };
    expect(await handleRequest({ type: 'add-dated-step', reference: '251836', step: bad }, 'extension-page', context)).toMatchObject({ ok: false, code: 'rejected' });
    expect((await store.get('251836'))?.steps).toBeUndefined();
  });

  it('says the vacancy is not kept when it is not', async () => {
    const { context } = await background();
    expect(await handleRequest({ type: 'add-dated-step', reference: '999999', step: STEP }, 'extension-page', context)).toMatchObject({ ok: false });
  });
});
