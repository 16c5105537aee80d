/**
 * The vacancy reference, the record's key: `251836` on the portal, or an agency's or command's own
 * code of letters, digits and `._/-`, which some print with single spaces between its parts
 * (`JFCBS 01/25`, `JFC NP 02/2024`, `ACT SEE 123/24`): a reference in parts holds a digit, so
 * words ("not a reference") are none. 3 to 32 characters, starting with a letter or a digit.
 * No zod here: the popup's Add notice form checks as the user types, and the record schema
 * (vacancy-record.ts) uses the same pattern.
 */
export const REFERENCE_PATTERN = /^(?=.{3,32}$)(?=[^ ]*$|.*\d)[A-Za-z0-9](?:[A-Za-z0-9._/-]| (?=[A-Za-z0-9._/-]))*$/;

export function isReference(value: string): boolean {
  return REFERENCE_PATTERN.test(value);
}

/** A reference as the user typed it: outer spaces dropped, inner runs of spaces made one. */
export function typedReference(value: string): string {
  return value.trim().replace(/\s+/g, ' ');
}
