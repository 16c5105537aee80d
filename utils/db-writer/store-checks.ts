import { StoredVacancySchema, UserFieldsPatchSchema, type StoredVacancy, type UserFields } from '../record/stored-vacancy';

/** What the store validates before writing: a merged record, and a user's edit of their fields. */
export interface StoreChecks {
  storedVacancy(record: unknown): StoredVacancy;
  userFieldsPatch(patch: unknown): Partial<UserFields>;
}

export const STORE_CHECKS: StoreChecks = {
  storedVacancy: (record) => StoredVacancySchema.parse(record),
  userFieldsPatch: (patch) => UserFieldsPatchSchema.parse(patch),
};
