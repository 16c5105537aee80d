import { describe, expect, it } from 'vitest';
import { findChromium } from '../e2e/harness';
import { findFirefox } from '../e2e/drivers/firefox';

describe('findChromium', () => {
  it('takes the first browser that exists', () => {
    expect(findChromium(['/no/such/chromium', undefined, process.execPath])).toBe(process.execPath);
  });

  it('without one, says in one line how to install it', () => {
    expect(() => findChromium(['/no/such/chromium', undefined])).toThrow(
      /^No Chromium found: install it with `sudo apt-get install -y chromium` or set CHROME_PATH to a Chromium\/Chrome binary\.$/,
    );
  });
});

describe('findFirefox', () => {
  it('takes the first browser that exists', () => {
    expect(findFirefox(['/no/such/firefox', undefined, process.execPath])).toBe(process.execPath);
  });

  it('without one, says in one line how to install it', () => {
    expect(() => findFirefox(['/no/such/firefox', undefined])).toThrow(
      /^No Firefox found: install it with `sudo apt-get install -y firefox-esr` or set FIREFOX_PATH to a Firefox binary\.$/,
    );
  });
});
