import { existsSync } from 'node:fs';
import { defineWebExtConfig } from 'wxt';

// `npm run dev`: open a browser only where there is a display to open it in (elsewhere WXT
// prints the folder to load unpacked), and prefer Debian's Chromium when it is installed.
const hasDisplay = process.platform !== 'linux' || !!process.env.DISPLAY || !!process.env.WAYLAND_DISPLAY;
const chromium = process.env.CHROME_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));

export default defineWebExtConfig({
  disabled: !hasDisplay,
  ...(chromium ? { binaries: { chrome: chromium } } : {}),
});
