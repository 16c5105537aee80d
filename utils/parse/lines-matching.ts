/**
 * The lines of `text` (split at "\n") in which `pattern` matches, in order: what
 * `text.split('\n').filter((line) => pattern.test(line))` gives, found by one scan of the whole
 * text instead of one call per line (a 30 KB notice has hundreds of lines, most matching
 * nothing, and each call has its cost).
 *
 * `pattern` must be global and look at nothing past its own match but `\b` (no `^`, `$` or
 * other lookaround): then a match inside a line is one in the line read alone, since the line
 * break beside it is, like the end of a string, no word character. A match that runs over a line
 * break (`\s+` between two words) is checked on its line alone, and the scan goes on right after
 * its start, so no line's own match is ever skipped.
 */
export function linesMatching(text: string, pattern: RegExp): string[] {
  const found: string[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    const start = text.lastIndexOf('\n', m.index - 1) + 1;
    const newline = text.indexOf('\n', m.index);
    const end = newline === -1 ? text.length : newline;
    const line = text.slice(start, end);
    if (m[0].includes('\n') && line.search(pattern) === -1) {
      pattern.lastIndex = m.index + 1;
      continue;
    }
    found.push(line);
    if (newline === -1) break;
    pattern.lastIndex = newline + 1;
  }
  return found;
}
