import en from '../public/_locales/en/messages.json';
import fr from '../public/_locales/fr/messages.json';
import { registerCatalogues } from './i18n-core';

// Importing this module bundles both catalogues and registers them: for the background, the
// CLIs and tests. Extension pages and content scripts load them at run time instead.
registerCatalogues({ en, fr });

export * from './i18n-core';
