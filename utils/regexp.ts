/** `text` as a regular-expression source that matches it literally ("A.2 (G15)" → "A\.2 \(G15\)"). */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
