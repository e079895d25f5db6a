import type { LocalizeController } from '../../i18n/localize-controller.js';

/** An access level in words where the catalog names it (`admin`, `read-only`); any other as the server wrote it. */
export function levelLabel(i18n: LocalizeController, level: string): string {
  return level === 'admin' || level === 'read-only' ? i18n.t(`common.accessLevel.${level}`) : level;
}

/**
 * "2 maps", "1 workflow"; a type the catalog does not name as "type: count", the server's type
 * isolated (FSI…PDI), so that a right-to-left type keeps its count after it ("דשבורד: 3").
 */
export function assetLabel(i18n: LocalizeController, type: string, count: number): string {
  return type === 'map' || type === 'workflow' ? i18n.plural(`common.asset.${type}`, count) : i18n.t('common.asset.other', { type: `\u2068${type}\u2069`, count });
}
