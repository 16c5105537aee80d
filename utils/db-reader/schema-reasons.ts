/**
 * Why each database version exists, for the next reader (utils/db-reader/schema-versions.ts declares
 * them; kept apart so no bundle carries the prose).
 */
export const SCHEMA_VERSION_REASONS: Readonly<Record<number, string>> = {
  1: 'First release: vacancies keyed by reference; closing time, status and updatedAt indexed.',
  2: 'Warnings become data ({ id, values }) worded when shown; stored English sentences are matched back to their templates.',
  3: 'Capture is not tracking: followedAt (indexed: only followed rows are in it) says the candidate follows a vacancy; untouched old rows become seen (utils/record/follow-rule.ts). Removed vacancies leave a tombstone in `removed`.',
  4: 'The answers workspace (utils/prepare/): one row per question of a vacancy, its draft and the versions marked sent; a new table, no row to rewrite.',
  5: "Statuses become the application's stages in NATO's order (utils/stages): applied → submitted, assessment → written-test, offer → conditional-offer, rejected → not-selected; the status index is kept.",
};
