import type { LocalizeController } from '../../i18n/localize-controller.js';

/** An access level in words where the catalog names it (`admin`, `read-only`); any other as the server wrote it. */
export function levelLabel(i18n: LocalizeController, level: string): string {
  return level === 'admin' || level === 'read-only' ? i18n.t(`common.accessLevel.${level}`) : level;
}

/** "2 maps", "1 workflow"; a type the catalog does not name as "type: count". */
export function assetLabel(i18n: LocalizeController, type: string, count: number): string {
  return type === 'map' || type === 'workflow' ? i18n.plural(`common.asset.${type}`, count) : i18n.t('common.asset.other', { type, count });
}
