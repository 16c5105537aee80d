// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { awaitsFill } from './detail-page';
import { hydrateTaleoPage } from '../../test/fixtures/portal/taleo-fill';

const PORTAL = join(import.meta.dirname, '../../test/fixtures/portal');
const page = (file: string) => new DOMParser().parseFromString(readFileSync(join(PORTAL, file), 'utf8'), 'text/html');

describe('awaitsFill: the page shows Taleo\'s empty frame, not yet its notice', () => {
  it.each<[string, string, boolean]>([
    ['a real server page before its script ran (WHO)', 'other-tenants/who-detail-2603964.html', true],
    ['a real server page before its script ran (WIPO)', 'other-tenants/wipo-detail-26247-FT_LT.html', true],
    ['a real rendered NATO page, filled', 'jobdetail-251836-en.html', false],
    ['a real expired-job page (no description frame)', 'other-tenants/who-expired-2603643.html', false],
  ])('%s', (_name, file, expected) => {
    expect(awaitsFill(page(file))).toBe(expected);
  });

  it('a server page once its script has filled it', () => {
    const doc = page('other-tenants/who-detail-2603964.html');
    hydrateTaleoPage(doc);
    expect(awaitsFill(doc)).toBe(false);
  });
});
