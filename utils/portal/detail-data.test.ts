// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hydrateTaleoPage, withoutScripts } from '../../test/fixtures/portal/taleo-fill';
import { readDetailData, type DetailData } from './detail-data';
import { detailPageKind } from './detail-page';
import { detailNoticeText } from './detail-text';

const page = (file: string) => readFileSync(`test/fixtures/portal/other-tenants/${file}`, 'utf8');
const load = (html: string) => new DOMParser().parseFromString(html, 'text/html');
/** The page as Taleo's script leaves it, saved without its scripts (what a scraper sees). */
const rendered = (html: string) => {
  const doc = load(html);
  hydrateTaleoPage(doc);
  return withoutScripts(doc);
};
const labelled = (data: DetailData | null, label: string) => data?.fields.find((field) => field.label === label)?.value ?? null;
const description = (data: DetailData | null) => {
  const text = data ? detailNoticeText(data, 'en') : '';
  return text.slice(text.indexOf('Description:\n') + 'Description:\n'.length).replace(/\s+/g, ' ').slice(0, 120);
};

// Expected values read off each real server page's inline data (see the table in other-tenants/README.md).
const PAGES = [
  ['who-detail-2603964.html', 'Molecular Biologist', '2603964', 'Closing Date', 'Sep 30, 2026, 11:59:00 PM', 'Primary Location', 'Burkina Faso-Ouagadougou', 'OBJECTIVES OF THE PROGRAMME'],
  ['fao-detail-2601865.html', 'Especialista en Escuelas de Campo para Agricultores y Recolectores', '2601865', 'Fecha de anulación de publicación', '16/sep/2026, 23:59:00', 'Ubicación principal', 'Bolivia, Plurinational State of-Chuquisaca', 'Marco organizativo'],
  ['iaea-detail-PIP-MTCD-013.html', 'Pipeline - Freelance Language Specialists (Translators/Revisers/Editors/Précis-writers)', 'PIP-MTCD-013', 'Closing Date', '2026-09-25, 11:59:00 PM', 'Primary Location', 'Field (i.e. outside regular IAEA duty station)', 'Organizational Setting'],
  ['wipo-detail-26247-FT_LT.html', 'Senior Client Support Assistant (three posts)', '26247-FT_LT', 'Application Deadline', '16-Sep-2026, 11:59:00 PM', 'Duty Station', 'CH-Geneva', 'IMPORTANT NOTICE REGARDING APPLICATION DEADLINE'],
  ['adb-detail-260700.html', 'Senior Investment Officer', '260700', 'Closing Date (Period for Applying) - Internal', '16-Sep-2026, 11:59:00 PM', 'Primary Location', 'Asian Development Bank-Mongolia Resident Mission-Mongolia-Ulaanbaatar', 'Join Our Mission to Foster Prosperity in Asia'],
] as const;

describe.each(PAGES)('%s, a real Taleo server page', (file, title, reference, deadlineLabel, deadline, locationLabel, location, descriptionStart) => {
  const html = page(file);

  it('raw, as sent: every value from the inline data, keyed by _hlid', () => {
    const data = readDetailData(load(html));
    expect(data).toMatchObject({ title, reference });
    expect(data?.fields.find((field) => field.key === 'reqlistitem.unpostingdate')).toMatchObject({ label: deadlineLabel, value: deadline });
    expect(labelled(data, locationLabel)).toBe(location);
    expect(description(data).startsWith(descriptionStart)).toBe(true);
  });

  it('hydrated and saved without scripts: the same from the filled .row1 spans', () => {
    const data = readDetailData(rendered(html));
    expect(data).toMatchObject({ title, reference });
    expect(data?.fields.find((field) => field.key === 'reqlistitem.unpostingdate')).toMatchObject({ label: deadlineLabel, value: deadline });
    expect(labelled(data, locationLabel)).toBe(location);
    expect(description(data).startsWith(descriptionStart)).toBe(true);
  });

  it('hydrated with its scripts: the same text as the raw page', () => {
    const doc = load(html);
    hydrateTaleoPage(doc);
    expect(detailNoticeText(readDetailData(doc)!, 'en')).toBe(detailNoticeText(readDetailData(load(html))!, 'en'));
  });

  it('without the fillList call, from initialHistory', () => {
    const doc = load(html.replace(/api\.fillList\('requisitionDescriptionInterface', 'descRequisition', \[.*\]\);\n/, ''));
    expect(doc.documentElement.outerHTML).not.toContain("'descRequisition', [");
    const data = readDetailData(doc);
    expect(data).toMatchObject({ title, reference });
    expect(data?.fields.find((field) => field.key === 'reqlistitem.unpostingdate')?.value).toBe(deadline);
    expect(description(data).startsWith(descriptionStart)).toBe(true);
  });

  it('is a description page, though its script names the expired page id', () => {
    expect(html).toContain('unavaibleRequisitionPage');
    expect(detailPageKind(load(html))).toBe('description');
  });
});

describe('other page states', () => {
  it('the real expired page is known by its ftlpageid value', () => {
    expect(detailPageKind(load(page('who-expired-2603643.html')))).toBe('unavailable');
  });

  it('a page naming the expired id only in text is not expired', () => {
    const doc = load('<body><input type="hidden" id="ftlpageid" value="requisitionDescriptionPage"><p>unavaibleRequisitionPage: this job is no longer available</p></body>');
    expect(detailPageKind(doc)).toBe('description');
    expect(detailPageKind(load('<body><p>The job is no longer available.</p></body>'))).toBe('unknown');
  });

  it('a page without Taleo data or rows gives nothing', () => {
    expect(readDetailData(load('<body><p>Loading…</p></body>'))).toBeNull();
  });

  it('keys by _hlid, not by position: moving the slots moves nothing', () => {
    // Swap the location and organisation slots in both _hles/_hlid and the values: the page's rows
    // still name the same elements, so each label keeps its own value.
    const html = page('who-detail-2603964.html');
    const swapped = html
      .replace("'reqlistitem.primarylocation','reqlistitem.primarylocation','reqlistitem.otherlocations','reqlistitem.otherlocations','reqlistitem.organization','reqlistitem.organization'", "'reqlistitem.organization','reqlistitem.organization','reqlistitem.otherlocations','reqlistitem.otherlocations','reqlistitem.primarylocation','reqlistitem.primarylocation'")
      .replace("'ID1630','ID1650','ID1680','ID1700','ID1730','ID1750'", "'ID1730','ID1750','ID1680','ID1700','ID1630','ID1650'")
      .replace("'Burkina Faso-Ouagadougou','Burkina Faso-Ouagadougou','','','AF/DPC Health Promotion, Disease Prevention and Control','AF/DPC Health Promotion, Disease Prevention and Control'", "'AF/DPC Health Promotion, Disease Prevention and Control','AF/DPC Health Promotion, Disease Prevention and Control','','','Burkina Faso-Ouagadougou','Burkina Faso-Ouagadougou'");
    expect(swapped).not.toBe(html);
    const data = readDetailData(load(swapped));
    expect(labelled(data, 'Primary Location')).toBe('Burkina Faso-Ouagadougou');
    expect(labelled(data, 'Organization')).toBe('AF/DPC Health Promotion, Disease Prevention and Control');
  });
});
