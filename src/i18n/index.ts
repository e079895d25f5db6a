export {
  en,
  type Catalog,
  type MessageKey,
  type PluralBase,
  type PluralCategory,
  type PluralKey,
  type Translations,
} from './en.js';
export { describeError } from './errors.js';
export {
  formatDateTime,
  formatDuration,
  formatNumber,
  formatRelativeTime,
  loadLocale,
  onTranslationsChange,
  registerTranslations,
  resolveLocale,
  translate,
  translatePlural,
  type MessageParams,
  type TranslationsListener,
} from './localize.js';
export { LocalizeController, type LocalizeHost } from './localize-controller.js';
