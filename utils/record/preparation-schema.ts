// zod/mini, like the record that carries it (utils/record/vacancy-record.ts).
import * as z from 'zod/mini';

/** What a notice asks the candidate to attach, in the order a checklist shows them. */
export const DOCUMENT_KINDS = ['essay', 'cv', 'diplomas', 'motivationLetter', 'languageCertificates', 'otherAttachment'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** The notice's own rules about the application itself. */
export const RULE_KINDS = ['aiTools', 'textBoxesOnly', 'applicationLanguage'] as const;
export type RuleKind = (typeof RULE_KINDS)[number];

/** The notice's sentence, as printed (shown as text only), cut to a readable length. */
const Quote = z.string().check(z.minLength(1), z.maxLength(600));
const Languages = z.array(z.enum(['en', 'fr'])).check(z.maxLength(2));

export const NoticeDocumentSchema = z.object({
  kind: z.enum(DOCUMENT_KINDS),
  quote: Quote,
  /** The languages the document must be in ("diplomas in English or French"), when stated. */
  languages: z.optional(Languages),
});
export type NoticeDocument = z.infer<typeof NoticeDocumentSchema>;

export const NoticeRuleSchema = z.object({
  kind: z.enum(RULE_KINDS),
  quote: Quote,
  /** aiTools: the clause names translation facilities too (the 2026 form), not only generative AI. */
  translation: z.optional(z.boolean()),
  /** aiTools: "will be rejected" (2026) or "may be rejected" (the softer 2025 form). */
  rejection: z.optional(z.enum(['will', 'may'])),
  /** applicationLanguage: the languages the application may be written in. */
  languages: z.optional(Languages),
});
export type NoticeRule = z.infer<typeof NoticeRuleSchema>;

/** What a notice says about preparing the application, read from its text (notice-preparation.ts). */
export const PreparationSchema = z.object({
  documents: z.array(NoticeDocumentSchema).check(z.maxLength(DOCUMENT_KINDS.length)),
  rules: z.array(NoticeRuleSchema).check(z.maxLength(RULE_KINDS.length)),
});
export type Preparation = z.infer<typeof PreparationSchema>;
