import { findChromium } from './harness';

// Fail once, with one clear line, instead of once per test.
export default function setup() {
  try {
    findChromium();
  } catch (error) {
    console.error(`\n${(error as Error).message}\n`);
    process.exit(1);
  }
}
