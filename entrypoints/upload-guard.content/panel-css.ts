import TYPE_SCALE from '../../components/type-scale.css?raw';
import FINDINGS_CSS from '../../components/essay/findings.css?raw';

/**
 * Styles inside the upload guard's shadow root: the page's CSS does not reach it, so it carries
 * its own light/dark palette (the same values as the popup theme) and the shared findings
 * styles. The host is a block in the page's flow, below the file input, never wider than the
 * form column and never floating over the portal.
 */
export const GUARD_CSS = `
${TYPE_SCALE}
:host { all: initial; display: block; margin: 6px 0 10px; max-width: 640px; }
.guard {
  --bg: #ffffff; --surface: #f4f6f9; --fg: #16202c; --muted: #4a5868; --border: #c9d1db;
  --accent: #004990; --danger: #b3261e; --warn: #8a5300; --ok: #1e6b34; --focus: #f2a900; --radius: 6px;
  box-sizing: border-box; padding: 8px 10px; border: 1px solid var(--border); border-left: 4px solid var(--accent);
  border-radius: 8px; background: var(--bg); color: var(--fg);
  font: var(--fs-m)/1.4 var(--font-family); text-align: left;
}
@media (prefers-color-scheme: dark) {
  .guard {
    --bg: #12171d; --surface: #1c232c; --fg: #e8edf3; --muted: #a9b5c3; --border: #3a4654;
    --accent: #7fb2ff; --danger: #ff8a80; --warn: #ffc266; --ok: #7ed492;
  }
}
header { display: flex; justify-content: space-between; align-items: center; gap: 8px; }
p { margin: 4px 0; }
.note, .footnote { color: var(--muted); }
.footnote { font-size: var(--fs-s); }
.vacancy { font-weight: 600; }
button, select { font: inherit; color: inherit; background: var(--surface); border: 1px solid var(--border); border-radius: var(--radius); padding: 2px 8px; cursor: pointer; }
select { max-width: 100%; }
.vacancy-select { display: flex; flex-direction: column; gap: 2px; margin: 6px 0; }
.vacancy-select label { font-weight: 600; }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 1px; }
${FINDINGS_CSS}
`;
