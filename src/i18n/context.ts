import { createContext } from '@lit/context';

/** What `<support-access-provider>` hands to every element inside it: a language and a time zone. */
export interface LocaleSettings {
  locale?: string;
  timeZone?: string;
}

export const localeContext = createContext<LocaleSettings | undefined>(Symbol('support-access-locale'));
