import { describe, expect, it } from 'vitest';
import { referenceFromAddress } from './detail-page';

describe('referenceFromAddress: the job number of an address kept as text', () => {
  it.each<[string, string | null | undefined, string | null]>([
    ['a portal notice', 'https://nato.taleo.net/careersection/2/jobdetail.ftl?job=250875&lang=en', '250875'],
    ['a job parameter that is no job number', 'https://nato.taleo.net/careersection/2/jobdetail.ftl?job=abc', null],
    ['a page with no job parameter', 'https://example.org/notices/250875', null],
    ['text that is no address', 'not an address', null],
    ['an empty address', '', null],
    ['no address (null)', null, null],
    ['no address (undefined)', undefined, null],
  ])('%s', (_name, address, expected) => {
    expect(referenceFromAddress(address)).toBe(expected);
  });
});
