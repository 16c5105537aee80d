import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { scanTags, tagName, type Search } from './xml-scan';

const tags = (text: string, search?: Search) => {
  const found: string[] = [];
  scanTags(text, (start, end) => found.push(text.slice(start, end)), search);
  return found;
};

/** The definition, checked position by position: a `<` whose next `>` comes before any other `<`. */
function tagsByDefinition(text: string): string[] {
  const found: string[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== '<') continue;
    const close = text.indexOf('>', i);
    const next = text.indexOf('<', i + 1);
    if (close !== -1 && (next === -1 || next > close)) found.push(text.slice(i, close + 1));
  }
  return found;
}

/** A search that counts the characters it reads. */
function countingSearch(): { search: Search; read: () => number } {
  let read = 0;
  return {
    search: (text, char, from) => {
      const at = text.indexOf(char, from);
      read += (at === -1 ? text.length : at + 1) - from;
      return at;
    },
    read: () => read,
  };
}

describe('scanTags', () => {
  it.each([
    ['<w:p><w:r><w:t>Hi</w:t></w:r></w:p>', ['<w:p>', '<w:r>', '<w:t>', '</w:t>', '</w:r>', '</w:p>']],
    ['<w:br w:type="page"/>', ['<w:br w:type="page"/>']],
    ['<w:br <w:br w:type="page"/>', ['<w:br w:type="page"/>']],
    ['text > more <w:t>', ['<w:t>']],
    ['<w:t', []],
    ['<w:p><w:br ', ['<w:p>']],
    ['', []],
  ])('%j → %j', (text, expected) => {
    expect(tags(text)).toEqual(expected);
  });

  const fragment = fc.constantFrom('<', '>', '<w:br ', '<w:pgSz ', '<w:t ', '<w:t>', '</w:t>', '<w:p>', '</w:p>', '<w:tab/>', 'word', ' ', '"', '/');

  it('finds exactly the tags the definition finds, whatever the text', () => {
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 60 }), (parts) => {
        const text = parts.join('');
        expect(tags(text)).toEqual(tagsByDefinition(text));
      }),
    );
  });

  it('reads each character at most twice, whatever the text (linear time)', () => {
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 200 }), (parts) => {
        const text = parts.join('');
        const counter = countingSearch();
        scanTags(text, () => {}, counter.search);
        expect(counter.read()).toBeLessThanOrEqual(2 * text.length + 1);
      }),
    );
  });

  it.each(['<w:br ', '<w:pgSz ', '<w:t ', '<w:t xml:space="preserve"', '<'])('reads 200 kB of unclosed %j at most twice over', (unclosed) => {
    const text = `<w:p>${unclosed.repeat(Math.ceil(200_000 / unclosed.length))}</w:p>`;
    const counter = countingSearch();
    const found: string[] = [];
    scanTags(text, (start, end) => found.push(text.slice(start, end)), counter.search);
    expect(found).toEqual(['<w:p>', '</w:p>']);
    expect(counter.read()).toBeLessThanOrEqual(2 * text.length + 1);
  });
});

describe('tagName', () => {
  it.each([
    ['<w:t xml:space="preserve">', 'w:t'],
    ['<w:tab/>', 'w:tab'],
    ['</w:p>', '/w:p'],
    ['<ep:Pages>', 'ep:Pages'],
    ['<w:br\tw:type="page"/>', 'w:br'],
  ])('%j → %s', (tag, name) => {
    expect(tagName(tag, 0, tag.length)).toBe(name);
  });
});
