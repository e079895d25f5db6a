import { html, nothing, type TemplateResult } from 'lit';
import type { MessageKey } from '../../i18n/en.js';
import type { LocalizeController } from '../../i18n/localize-controller.js';
import type { SupportAccessStore } from '../../state/store.js';

/** Which element announced a failure: one that several show (the shared state's) is read out once. */
const announcedBy = new WeakMap<object, LocalizeController>();

/**
 * A failure as every element shows it: what could not be done and why in words a person
 * understands, announced at once (by the first element to show it), with Try again only where
 * retrying can help. `lead` and `tail` add a sentence before or after ("The export failed.",
 * "Showing the last known state.").
 */
export function failureBlock(
  i18n: LocalizeController,
  error: unknown,
  retry?: () => void,
  lead?: string,
  tail?: string,
): TemplateResult {
  const sentence = [lead, i18n.error(error), tail].filter(Boolean).join(' ');
  if (error instanceof Object && !announcedBy.has(error)) announcedBy.set(error, i18n);
  return html`<div class="failure" role=${(announcedBy.get(error as object) ?? i18n) === i18n ? 'alert' : nothing} part="error">
    <p>${sentence}</p>
    ${retry ? html`<button @click=${retry}>${i18n.t('action.retry')}</button>` : nothing}
  </div>`;
}

/**
 * What a data element shows while it has no state to show: that no store or client is configured,
 * the shared state's failure with Try again, or the element's own loading message.
 */
export function beforeState(i18n: LocalizeController, store: SupportAccessStore | undefined, loading: MessageKey): TemplateResult {
  if (!store) return html`<p class="error">${i18n.t('common.notConfigured')}</p>`;
  return store.status === 'error'
    ? failureBlock(i18n, store.error, () => void store.refresh())
    : html`<p role="status" class="muted">${i18n.t(loading)}</p>`;
}
