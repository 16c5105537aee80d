import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import type { PluginCreator } from 'postcss';

import { PORTAL_HOST_PATTERN } from './utils/portal/urls';

/**
 * The one palette (components/palette.css) and type scale serve two kinds of stylesheet: an
 * extension page's (the popup, the welcome page), where they apply on `:root`, and an in-page
 * UI's, imported `?inline` into its closed shadow root, where they apply on `:host` and its
 * children. Each keeps only its own selectors: a `:host` rule never matches in a page, nor a
 * `:root` rule in a shadow root. A shadow root's sheet is the only one in its root, so it also
 * keeps only the custom properties it uses: the popup does not carry the results marks' colours,
 * nor a content script the colours of the other in-page UIs.
 */
const sheetScope: PluginCreator<void> = () => ({
  postcssPlugin: 'sheet-scope',
  OnceExit(root, { result }) {
    const shadow = /\?(.*&)?inline\b/.test(result.opts.from ?? '');
    const foreign = shadow ? /^:root\b/ : /^:host\b/;
    root.walkRules((rule) => {
      const kept = rule.selectors.filter((selector) => !foreign.test(selector.trim()));
      if (kept.length === 0) rule.remove();
      else if (kept.length < rule.selectors.length) rule.selectors = kept;
    });
    if (!shadow) return;
    const uses = (value: string) => [...value.matchAll(/var\(\s*(--[\w-]+)/g)].map((match) => match[1]!);
    const used = new Set<string>();
    root.walkDecls((decl) => {
      if (!decl.prop.startsWith('--')) for (const name of uses(decl.value)) used.add(name);
    });
    // A used property's value may name others (`--chip-bg: var(--mark-bg)`): those are used too.
    for (let grew = true; grew; ) {
      grew = false;
      root.walkDecls((decl) => {
        if (!decl.prop.startsWith('--') || !used.has(decl.prop)) return;
        for (const name of uses(decl.value)) if (!used.has(name)) grew = used.add(name) !== undefined;
      });
    }
    root.walkDecls((decl) => {
      if (decl.prop.startsWith('--') && !used.has(decl.prop)) decl.remove();
    });
    root.walkRules((rule) => {
      if (rule.nodes.length === 0) rule.remove();
    });
    root.walkAtRules((atRule) => {
      if (atRule.nodes?.length === 0) atRule.remove();
    });
  },
});
sheetScope.postcss = true;

// Host access is limited to the portal: nothing else is read, and nothing is sent anywhere.
const PORTAL_HOSTS = [PORTAL_HOST_PATTERN];

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports only (`#imports` or package paths), so every name can be followed.
  imports: false,
  vite: () => ({
    plugins: [preact()],
    css: { postcss: { plugins: [sheetScope()] } },
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
