import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

import { PORTAL_HOST_PATTERN } from './utils/portal/urls';

// Host access is limited to the portal: nothing else is read, and nothing is sent anywhere.
const PORTAL_HOSTS = [PORTAL_HOST_PATTERN];

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports only (`#imports` or package paths), so every name can be followed.
  imports: false,
  vite: () => ({
    plugins: [preact()],
    // Chrome rejects content scripts that are not plain UTF-8/ASCII; escape everything.
    esbuild: { charset: 'ascii' },
    build: {
      rollupOptions: {
        onwarn(warning, warn) {
          // zod's sources carry comments next to @__PURE__ marks that Rollup drops, harmlessly.
          if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('node_modules/zod/')) return;
          warn(warning);
        },
      },
    },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'alarms', 'notifications', 'contextMenus'],
    host_permissions: PORTAL_HOSTS,
    action: { default_title: '__MSG_extName__' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'vacancy-companion@nato-careers.local',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // data_collection_permissions is understood from Firefox for Android 142.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  zip: {
    excludeSources: ['.output/**', '.wxt/**', 'node_modules/**', 'test-results/**', '.bench/**'],
  },
});
