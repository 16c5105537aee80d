import type { DetailData, DetailField } from './detail-data';
import { richTextToPlain } from './rich-text';

/**
 * A detail page's data written as the notice text the parser reads: the title line, one
 * "Label: value" line per header fact in page order, then "Description:" and the rich blocks.
 * Labels are the page's own; a fact without one gets the portal's label for its data key, and a
 * NATO custom field (grade, salary, clearance have generated keys) is named by the shape of its
 * value.
 */
type Lang = 'en' | 'fr';

const KEY_LABELS: Readonly<Record<string, Record<Lang, string>>> = {
  'reqlistitem.primarylocation': { en: 'Primary Location', fr: 'Emplacement principal' },
  'reqlistitem.organization': { en: 'NATO Body', fr: 'Organisation' },
  'reqlistitem.jobschedule': { en: 'Schedule', fr: 'Horaire' },
  'reqlistitem.unpostingdate': { en: 'Application Deadline', fr: 'Date de retrait' },
  'reqlistitem.description': { en: 'Description', fr: 'Description' },
};

// Shapes of NATO's custom-field values (utils/record/README.md examples), most specific first.
const SHAPES: readonly { shape: RegExp; label: Record<Lang, string> }[] = [
  // "NATO Grade G20", "G15-G17", "A.2 / NATO Grade G15", "B.4"
  { shape: /^(?:NATO\s+Grade\b.*|G-?\d{1,2}(?:\s*[-/]\s*G-?\d{1,2})?|[ABCL]\.\d{1,2}\b.*)$/i, label: { en: 'Grade', fr: 'Grade' } },
  // ": 5,260.65Euro (EUR) Monthly", "9 253,21Euro (EUR) Mensuelle"
  { shape: /^[:\s]*\d[\d.,\s]*\s*(?:Euro|EUR|€|GBP|USD|CAD|NOK|DKK|PLN)\b/i, label: { en: 'Salary (Pay Basis)', fr: 'Salaire (Base de paie)' } },
  // "NS", "CTS", "NATO SECRET", "COSMIC TOP SECRET"
  { shape: /^(?:CTS(?:\/A)?|NS|NC|NR|NU|COSMIC TOP SECRET|NATO (?:SECRET|CONFIDENTIAL|RESTRICTED|UNCLASSIFIED))$/i, label: { en: 'Clearance Level', fr: "Niveau de l'habilitation de sécurité" } },
];

function labelFor(field: DetailField, lang: Lang): string | null {
  if (field.label) return field.label.replace(/\s*[:\-–]\s*$/, '');
  const byKey = KEY_LABELS[field.key]?.[lang];
  if (byKey) return byKey;
  if (!/^(?:reqlistitem\.G\d+|rendered\..+)$/.test(field.key) || field.format !== 'line') return null;
  return SHAPES.find(({ shape }) => shape.test(field.value.trim()))?.label[lang] ?? null;
}

/** The header lines: "Title (reference)", then "Label: value" for each short fact. */
export function detailHeaderLines(data: DetailData, lang: Lang): string[] {
  const lines: string[] = [];
  if (data.title && data.reference) lines.push(`${data.title} (${data.reference})`);
  else if (data.title) lines.push(data.title);
  for (const field of data.fields) {
    if (field.format !== 'line' || field.key === 'reqlistitem.description') continue;
    const label = labelFor(field, lang);
    if (label !== null) lines.push(`${label}: ${field.value}`);
  }
  return lines;
}

/** The whole notice: header lines, then the description and other rich blocks in page order. */
export function detailNoticeText(data: DetailData, lang: Lang): string {
  const parts = [detailHeaderLines(data, lang).join('\n')];
  let described = false;
  for (const field of data.fields) {
    if (field.format === 'line' && field.key !== 'reqlistitem.description') continue;
    const text = field.format === 'html' ? richTextToPlain(field.value) : field.value;
    if (text === '') continue;
    const label = labelFor(field, lang);
    const isDescription = field.key === 'reqlistitem.description';
    // The parser finds the body under its "Description" heading; other blocks keep their own.
    if (isDescription && !described) {
      parts.push(`${label && !/^description$/i.test(label) ? `${label}\n\n` : ''}Description:\n${text}`);
      described = true;
    } else parts.push(label ? `${label}\n${text}` : text);
  }
  return parts.filter((part) => part.trim() !== '').join('\n\n');
}
