export { en, type Catalog, type MessageKey } from './en.js';
export { describeError } from './errors.js';
export {
  formatDateTime,
  formatDuration,
  formatNumber,
  formatRelativeTime,
  onTranslationsChange,
  registerTranslations,
  resolveLocale,
  translate,
  type MessageParams,
  type TranslationsListener,
} from './localize.js';
export { LocalizeController, type LocalizeHost } from './localize-controller.js';
