// zod/mini: the form ships in the popup, where classic zod would be dead weight.
import * as z from 'zod/mini';
import { GradeCodeSchema } from '../record/vacancy-record';
import type { Settings } from '../settings/settings';
import { parseMoneyInput } from './money';

export type OwnPosition = NonNullable<Settings['ownPosition']>;

/** What the own-position form holds: raw text, as typed. */
export interface OwnPositionInput {
  grade: string;
  salary: string;
  currency: string;
}

/** Error codes, one per field; the form turns them into localised text. */
export type OwnPositionError = 'grade' | 'salaryMissing' | 'salaryUnreadable' | 'salaryZero' | 'currency';

// Each error message is an OwnPositionError code, so a failed parse maps straight to UI text.
const OwnPositionInputSchema = z.object({
  grade: z.string().check(z.refine((grade) => GradeCodeSchema.safeParse(grade).success, { error: 'grade' })),
  salary: z
    .pipe(
      z.string().check(z.trim(), z.minLength(1, { error: 'salaryMissing' })),
      z.transform((text: string, context) => {
        const cents = parseMoneyInput(text);
        if (cents === null) {
          context.issues.push({ code: 'custom', message: 'salaryUnreadable', input: text });
          return z.NEVER;
        }
        return cents;
      }),
    )
    .check(z.refine((cents) => cents > 0, { error: 'salaryZero' })),
  currency: z.string().check(z.trim(), z.toUpperCase(), z.regex(/^[A-Z]{3}$/, { error: 'currency' })),
});

export type OwnPositionResult =
  | { ok: true; value: OwnPosition }
  | { ok: false; errors: Partial<Record<keyof OwnPositionInput, OwnPositionError>> };

/** Validates the form: every field's first error, or the position ready for settings. */
export function parseOwnPositionInput(input: OwnPositionInput): OwnPositionResult {
  const result = OwnPositionInputSchema.safeParse(input);
  if (result.success) {
    const { grade, salary, currency } = result.data;
    return { ok: true, value: { grade, monthlySalaryCents: salary, currency } };
  }
  const errors: Partial<Record<keyof OwnPositionInput, OwnPositionError>> = {};
  for (const issue of result.error.issues) {
    const field = issue.path[0] as keyof OwnPositionInput;
    errors[field] ??= issue.message as OwnPositionError;
  }
  return { ok: false, errors };
}

/** The saved position back as form text for editing: 925321 → "9253.21" (or "9253,21" in French). */
export function ownPositionToInput(position: OwnPosition | null, decimalMark: '.' | ',' = '.'): OwnPositionInput {
  if (!position) return { grade: '', salary: '', currency: 'EUR' };
  const cents = position.monthlySalaryCents;
  const salary = `${Math.floor(cents / 100)}${decimalMark}${String(cents % 100).padStart(2, '0')}`;
  return { grade: position.grade, salary, currency: position.currency };
}
