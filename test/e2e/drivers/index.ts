import { chromiumDriver } from './chromium';
import type { Driver } from './driver';
import { firefoxDriver } from './firefox';

export type { Driver, ExtensionSession, TestPage, Target } from './driver';

/**
 * The browsers every scenario file runs in. `E2E_BROWSERS=firefox` (or `chromium`) narrows a
 * run while working on one; `npm test` runs both.
 */
const ALL: Driver[] = [chromiumDriver, firefoxDriver];
const wanted = process.env.E2E_BROWSERS?.split(',').map((name) => name.trim()).filter(Boolean);
export const drivers: Driver[] = wanted?.length ? ALL.filter((driver) => wanted.includes(driver.name)) : ALL;
