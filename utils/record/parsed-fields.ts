/**
 * The parsed record's field names as a plain list, for code that must not carry zod (the
 * popup's first render). vacancy-record.ts checks at compile time that it matches the schema.
 */
export const PARSED_FIELD_NAMES = [
  'reference', 'title', 'titleFr', 'languages', 'location', 'organisation', 'schedule', 'deadline',
  'closesAt', 'salary', 'grade', 'clearance', 'languageRequirement', 'languageProfile',
  'minExperienceYears', 'positions', 'posts', 'essay', 'keyChallenges', 'assessments', 'contract',
  'competencies', 'requirements', 'preparation', 'sourceUrl', 'warnings', 'selectionWindow',
  'relations',
] as const;
