import { Window } from 'happy-dom';
import { describe, expect, it, vi } from 'vitest';
import { downloadText, fileNamePart, REVOKE_AFTER_MS } from './download';

describe('downloadText', () => {
  it('clicks a temporary download link to an object URL, then revokes it later', async () => {
    const window = new Window();
    const document = window.document as unknown as Document;
    const blobs: Blob[] = [];
    window.URL.createObjectURL = (blob: unknown) => {
      blobs.push(blob as Blob);
      return 'blob:calendar-1';
    };
    const revoke = vi.fn();
    window.URL.revokeObjectURL = revoke;
    const timers: [() => void, number][] = [];
    window.setTimeout = ((callback: () => void, ms: number) => timers.push([callback, ms])) as never;
    const clicked: { href: string; download: string; attached: boolean }[] = [];
    document.addEventListener('click', (event) => {
      const link = event.target as HTMLAnchorElement;
      clicked.push({ href: link.href, download: link.download, attached: document.body.contains(link) });
      event.preventDefault();
    });

    downloadText(document, 'nato-deadlines.ics', 'BEGIN:VCALENDAR\r\n', 'text/calendar;charset=utf-8');

    expect(clicked).toEqual([{ href: 'blob:calendar-1', download: 'nato-deadlines.ics', attached: true }]);
    expect(document.querySelector('a')).toBeNull();
    expect(blobs[0]?.type).toBe('text/calendar;charset=utf-8');
    expect(await blobs[0]?.text()).toBe('BEGIN:VCALENDAR\r\n');
    expect(revoke).not.toHaveBeenCalled();
    expect(timers.map(([, ms]) => ms)).toEqual([REVOKE_AFTER_MS]);
    timers[0]![0]();
    expect(revoke).toHaveBeenCalledWith('blob:calendar-1');
    await window.happyDOM.close();
  });
});

describe('fileNamePart', () => {
  it.each([
    ['251836', '251836'],
    ['JFC NP 02/2024', 'JFC NP 02-2024'],
    ['NCIA/CS/0212_24', 'NCIA-CS-0212_24'],
    ['a\\b:c*d?e"f<g>h|i', 'a-b-c-d-e-f-g-h-i'],
  ])('%j → %j', (text, part) => {
    expect(fileNamePart(text)).toBe(part);
  });
});
