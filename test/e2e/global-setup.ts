import { drivers } from './drivers';

// Fail once, with one clear line per missing browser, instead of once per test.
export default function setup() {
  const missing = drivers.flatMap((driver) => {
    try {
      driver.find();
      return [];
    } catch (error) {
      return [(error as Error).message];
    }
  });
  if (missing.length) {
    console.error(`\n${missing.join('\n')}\n`);
    process.exit(1);
  }
}
