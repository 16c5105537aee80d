import { browser } from 'wxt/browser';
import { defineBackground } from '#imports';
import { startBackground } from '../utils/background/start-background';

export default defineBackground(() => {
  startBackground(browser);
});
