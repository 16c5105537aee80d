// The provider with both catalogues bundled and registered: for tests and Node.
import '../utils/i18n';

export { I18nProvider, useI18n } from './i18n-context';
