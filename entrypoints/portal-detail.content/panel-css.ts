import TYPE_SCALE from '../../components/type-scale.css?raw';

/**
 * Styles inside the panel's shadow root. Fixed position, so the portal's layout never moves;
 * its own light/dark palette, since the page's CSS variables don't reach a shadow root.
 */
export const PANEL_CSS = `
${TYPE_SCALE}
:host { all: initial; }
.panel {
  --bg: #ffffff; --fg: #16202c; --muted: #4a5868; --border: #c9d1db; --accent: #004990; --accent-fg: #fff;
  --danger: #b3261e; --focus: #f2a900;
  position: fixed; right: 16px; bottom: 16px; z-index: 2147483646; box-sizing: border-box;
  width: 340px; max-width: calc(100vw - 32px); max-height: 60vh; overflow: auto;
  padding: 10px 12px; border: 1px solid var(--border); border-left: 4px solid var(--accent); border-radius: 8px;
  background: var(--bg); color: var(--fg); box-shadow: 0 4px 18px rgba(0,0,0,.18);
  font: var(--fs-m)/1.4 var(--font-family);
}
@media (prefers-color-scheme: dark) {
  .panel { --bg: #1c232c; --fg: #e8edf3; --muted: #a9b5c3; --border: #3a4654; --accent: #7fb2ff; --accent-fg: #0b1420; --danger: #ff8a80; }
}
.panel.failed, .panel.orphaned { border-left-color: var(--danger); }
header { display: flex; justify-content: space-between; align-items: center; margin-bottom: 4px; }
p { margin: 4px 0; }
.headline { font-weight: 600; }
.moment, details { color: var(--muted); }
.error { color: var(--danger); }
ul { margin: 4px 0; padding-left: 18px; }
button { font: inherit; cursor: pointer; border-radius: 6px; }
.dismiss { border: none; background: transparent; color: var(--fg); font-size: var(--fs-xl); line-height: 1; padding: 0 4px; }
.follow, .unfollow { border: 1px solid var(--accent); padding: 2px 10px; margin-left: 4px; }
.follow { background: var(--accent); color: var(--accent-fg); font-weight: 600; }
.unfollow { background: transparent; color: var(--fg); }
.open { margin-top: 6px; border: 1px solid var(--accent); background: var(--accent); color: var(--accent-fg); padding: 4px 10px; }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 1px; }
`;
