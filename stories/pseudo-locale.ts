/**
 * A pseudo-locale made from the English catalog: every message's own words are accented and wrapped
 * in ⟦…⟧, while `{placeholders}` stay as they are. Text on screen that is not wrapped did not go
 * through the catalog. Registered by Storybook's locale toolbar and by the story tests.
 */
import type { Catalog } from '../src/i18n/index.js';

/** A valid BCP 47 tag (Intl accepts it and formats as English); `XA` is a private-use region. */
export const PSEUDO_LOCALE = 'en-XA';
export const PSEUDO_OPEN = '⟦';
export const PSEUDO_CLOSE = '⟧';

const ACCENTED: Record<string, string> = {
  a: 'å', b: 'ƀ', c: 'ç', d: 'ð', e: 'é', f: 'ƒ', g: 'ĝ', h: 'ĥ', i: 'î', j: 'ĵ', k: 'ķ', l: 'ļ', m: 'ɱ',
  n: 'ñ', o: 'ö', p: 'þ', q: 'ǫ', r: 'ŕ', s: 'š', t: 'ţ', u: 'û', v: 'ṽ', w: 'ŵ', x: 'ẋ', y: 'ý', z: 'ž',
  A: 'Å', B: 'Ɓ', C: 'Ç', D: 'Ð', E: 'É', F: 'Ƒ', G: 'Ĝ', H: 'Ĥ', I: 'Î', J: 'Ĵ', K: 'Ķ', L: 'Ļ', M: 'Ṁ',
  N: 'Ñ', O: 'Ö', P: 'Þ', Q: 'Ǫ', R: 'Ŕ', S: 'Š', T: 'Ţ', U: 'Û', V: 'Ṽ', W: 'Ŵ', X: 'Ẋ', Y: 'Ý', Z: 'Ž',
};

/** The placeholders `translate()` fills in: `{name}`. */
const PLACEHOLDER = /(\{\w+\})/;

/** One message in the pseudo-locale: each run of literal text that has letters is accented and marked. */
export function pseudoMessage(message: string): string {
  return message
    .split(PLACEHOLDER)
    .map((part, index) => {
      if (index % 2 === 1 || !/\p{L}/u.test(part)) return part;
      const accented = [...part].map((char) => ACCENTED[char] ?? char).join('');
      return `${PSEUDO_OPEN}${accented}${PSEUDO_CLOSE}`;
    })
    .join('');
}

/** The whole catalog in the pseudo-locale. */
export function pseudoCatalog(source: Catalog): Catalog {
  return Object.fromEntries(Object.entries(source).map(([key, message]) => [key, pseudoMessage(message)])) as Catalog;
}
