/**
 * The tags of an XML text in one left-to-right pass. Regular expressions such as
 * `<w:br\b[^>]*…` restart at every `<` and run to the end of the text when a tag is never
 * closed, which makes a few kilobytes of `<w:br <w:br …` take quadratic time; here every
 * character is looked at a bounded number of times, whatever the text.
 */

/** The search the scanner makes: `String.prototype.indexOf`, or a counting one in tests. */
export type Search = (text: string, char: string, from: number) => number;

const indexOf: Search = (text, char, from) => text.indexOf(char, from);

/**
 * Calls `visit(start, end)` for each tag `text.slice(start, end)`, from a `<` to the next `>`
 * with no `<` between them. A `<` that another `<` follows before any `>` opens no tag; a `<`
 * with no `>` after it ends the scan. Each search starts where an earlier one of the same
 * character stopped, or further on, so the searches together read each character at most twice.
 */
export function scanTags(text: string, visit: (start: number, end: number) => void, search: Search = indexOf): void {
  let close = -1;
  let open = search(text, '<', 0);
  while (open !== -1) {
    if (close < open) {
      close = search(text, '>', open);
      if (close === -1) return;
    }
    const next = search(text, '<', open + 1);
    if (next === -1 || next > close) visit(open, close + 1);
    open = next;
  }
}

/** The tag's name: `w:t` for `<w:t xml:space="preserve">`, `/w:p` for `</w:p>`. */
export function tagName(text: string, start: number, end: number): string {
  let at = text.charCodeAt(start + 1) === 0x2f ? start + 2 : start + 1;
  while (at < end - 1 && !isNameEnd(text.charCodeAt(at))) at++;
  return text.slice(start + 1, at);
}

function isNameEnd(code: number): boolean {
  // Whitespace, '/' and '>' end a name.
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0x2f || code === 0x3e;
}
