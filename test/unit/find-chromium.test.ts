import { describe, expect, it } from 'vitest';
import { findChromium } from '../e2e/harness';

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
