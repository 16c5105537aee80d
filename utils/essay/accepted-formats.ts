/**
 * Which file extensions satisfy the notice's essay format, read from its wording
 * ("MS Word", "Word or PDF"…). null when the wording names no format we know: the check then
 * says so instead of guessing.
 */
const FORMAT_WORDS: { pattern: RegExp; extensions: string[] }[] = [
  { pattern: /\bword\b|\bdocx?\b/i, extensions: ['docx', 'doc'] },
  { pattern: /\bpdf\b/i, extensions: ['pdf'] },
  { pattern: /\bodt\b|opendocument|open ?office|libre ?office/i, extensions: ['odt'] },
];

export function acceptedExtensions(format: string): string[] | null {
  const extensions = FORMAT_WORDS.filter(({ pattern }) => pattern.test(format)).flatMap((f) => f.extensions);
  return extensions.length > 0 ? extensions : null;
}

