import { describe, expect, it } from 'vitest';
import { keptSourceUrl } from './source-url';

describe('keptSourceUrl', () => {
  it.each([
    ['the portal page', 'https://nato.taleo.net/careersection/2/jobdetail.ftl?job=251836&lang=en', 'notice', true],
    ['another https page (a selection on nato.int)', 'https://www.nato.int/cps/en/natohq/recruit.htm', 'notice', true],
    ['a results row on the portal', 'https://nato.taleo.net/careersection/2/jobdetail.ftl?job=260334', 'row', true],
    ['a results row elsewhere', 'https://evil.example/careersection/2/jobdetail.ftl?job=260334', 'row', false],
    ['javascript:', 'javascript:alert(document.domain)', 'notice', false],
    ['JavaScript: in capitals', 'JavaScript:alert(1)', 'notice', false],
    ['data:', 'data:text/html,<script>alert(1)</script>', 'notice', false],
    ['plain http', 'http://nato.taleo.net/careersection/2/jobdetail.ftl?job=251836', 'notice', false],
    ['file:', 'file:///etc/passwd', 'notice', false],
    ['credentials in the address', 'https://user:pass@nato.taleo.net/', 'notice', false],
    ['not an address', 'see the portal', 'notice', false],
  ] as const)('%s', (_case, url, completeness, kept) => {
    expect(keptSourceUrl(url, completeness)).toBe(kept ? url : null);
  });

  it('null stays null', () => {
    expect(keptSourceUrl(null)).toBeNull();
  });
});
