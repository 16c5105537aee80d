import type { MessageKey } from '../i18n-core';
import type { DocumentKind } from '../record/preparation-schema';

/** The name of each document kind a notice asks for: the checklist and the CSV report say it in words. */
export const DOCUMENT_LABEL: Record<DocumentKind, MessageKey> = {
  essay: 'prpDocEssay',
  cv: 'prpDocCv',
  diplomas: 'prpDocDiplomas',
  motivationLetter: 'prpDocMotivationLetter',
  languageCertificates: 'prpDocLanguageCertificates',
  otherAttachment: 'prpDocOther',
};
