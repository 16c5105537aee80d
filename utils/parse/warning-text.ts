import type { WarningId } from './warning-templates';
import { WARNING_FIELDS, WARNING_TEMPLATES, type Warning } from './warning-templates';
import { escapeRegExp } from '../regexp';

/**
 * Warnings stored as English sentences (before schema version 2, old backups) matched back to
 * their templates once, on upgrade: the one use of the English templates. A warning is worded
 * from its data (utils/parse/warning-reason.ts).
 */

// Longest first, so "contract.maxYears" is never read as "contract" followed by text.
const FIELD_SOURCE = [...WARNING_FIELDS].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
const LEADING_FIELD = new RegExp(`^(${FIELD_SOURCE}): `);

interface Pattern {
  id: WarningId;
  regExp: RegExp;
  names: string[];
}

/** A template's literal text must match exactly; each `{name}` takes any text, `{field}` only a field. */
function compile(id: WarningId): Pattern {
  const names: string[] = [];
  const source = WARNING_TEMPLATES[id]
    .split(/(\{\w+\})/)
    .map((part) => {
      const name = /^\{(\w+)\}$/.exec(part)?.[1];
      if (name === undefined) return escapeRegExp(part);
      names.push(name);
      return name === 'field' ? `(${FIELD_SOURCE})` : '([\\s\\S]*?)';
    })
    .join('');
  return { id, regExp: new RegExp(`^${source}$`), names };
}

// Templates with a literal field name first: the generic "{field}: …" ones only catch the rest.
// "unrecognised" ('{text}') takes any sentence: it is what is left when no other template matches.
const PATTERNS: readonly Pattern[] = (Object.keys(WARNING_TEMPLATES) as WarningId[])
  .filter((id) => id !== 'unrecognised')
  .map(compile)
  .sort((a, b) => Number(a.names.includes('field')) - Number(b.names.includes('field')));

export interface WarningMatch {
  id: WarningId;
  /** The values carried over, by placeholder name; `field` for every warning that names one. */
  values: Record<string, string>;
}

/** Which template `warning` was built from, and with what values; null for text it did not come from. */
export function matchWarning(warning: string): WarningMatch | null {
  for (const { id, regExp, names } of PATTERNS) {
    const m = regExp.exec(warning);
    if (m === null) continue;
    const values: Record<string, string> = {};
    names.forEach((name, index) => {
      values[name] = m[index + 1] ?? '';
    });
    // A template that starts with a literal field ("titleFr: …") names that field too.
    const leading = LEADING_FIELD.exec(WARNING_TEMPLATES[id])?.[1];
    if (values.field === undefined && leading !== undefined) values.field = leading;
    return { id, values };
  }
  return null;
}

const isWarningId = (id: string): id is WarningId => Object.hasOwn(WARNING_TEMPLATES, id);

/**
 * A warning stored as an English sentence (before schema version 2, or written by hand in a
 * backup) as data: the template it was built from with its values, or `unrecognised` with the text.
 */
export function warningFromText(text: string): Warning {
  const match = matchWarning(text);
  if (match === null) return { id: 'unrecognised', values: { text } };
  // The field a template starts with literally ("titleFr: …") is the template's, not a value.
  const leading = LEADING_FIELD.exec(WARNING_TEMPLATES[match.id])?.[1];
  const { field, ...values } = match.values;
  return { id: match.id, values: field === undefined || field === leading ? values : { ...values, field } };
}

/** Stored warnings of any age as data: sentences are matched back to their templates. */
export function upgradeWarnings(stored: unknown): unknown {
  return Array.isArray(stored) ? stored.map((w: unknown) => (typeof w === 'string' ? warningFromText(w) : w)) : stored;
}

/** The field a stored warning is about: its `field` value, or the field its template starts with ("titleFr: …"). */
export function warningField(stored: Warning): string | undefined {
  const given = stored.values.field;
  if (given !== undefined) return String(given);
  return isWarningId(stored.id) ? LEADING_FIELD.exec(WARNING_TEMPLATES[stored.id])?.[1] : undefined;
}
