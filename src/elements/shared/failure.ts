import { html, nothing, type TemplateResult } from 'lit';
import { retryCannotHelp, waitLeft } from '../../client/errors.js';
import type { MessageKey } from '../../i18n/en.js';
import type { LocalizeController } from '../../i18n/localize-controller.js';
import type { SupportAccessStore } from '../../state/store.js';

/**
 * Which element announced a failure (one that several show, the shared state's, is read out once),
 * the id of its sentence, which describes its Try again (several may be on one screen), and the
 * elements that will draw it again when the server's wait is over (the error's `retryAt`).
 */
const shown = new WeakMap<object, [LocalizeController, number, Set<LocalizeController>]>();
let count = 0;

/**
 * A failure as every element shows it: what could not be done and why in words a person
 * understands, announced at once (by the first element to show it), with Try again only where
 * retrying can help: never after a refusal, refused values, a conflict or a missing endpoint (`retryCannotHelp`),
 * which the same request would meet again. `tail` and `lead` add a sentence after or before ("Showing the last
 * known state.", "The export failed."); without `announce` it only shows, as when one beside it said the same.
 */
export function failureBlock(
  i18n: LocalizeController,
  error: unknown,
  retry?: () => void,
  tail?: string,
  lead?: string,
  announce = true,
): TemplateResult {
  if (retryCannotHelp(error)) retry = undefined;
  const key = error instanceof Object ? error : {};
  if (!shown.has(key)) shown.set(key, [i18n, count++, new Set()]);
  const [by, n, timed] = shown.get(key)!;
  const id = `failure-${n}`;
  // A server that said how long to wait (`Retry-After`) would refuse a Try again sooner: it is
  // disabled until then, and comes back by itself, when the sentence stops saying to wait (also
  // where the Try again is another block's, so that the two do not contradict each other).
  const wait = waitLeft(error);
  const sentence = [lead, i18n.error(error, wait <= 0), tail].filter(Boolean).join(' ');
  if (wait > 0 && !timed.has(i18n)) {
    timed.add(i18n);
    setTimeout(() => i18n.host.requestUpdate(), wait);
  }
  // A new failure in words the block already shows (Try again, failed the same way) still changes
  // its text, by a no-break space every other time, so that it is read out again.
  return html`<div class="failure" role=${announce && by === i18n ? 'alert' : nothing} part="error">
    <p id=${id}>${sentence}${n % 2 ? '\u00a0' : ''}</p>
    ${retry
      ? html`<button aria-describedby=${id} aria-disabled=${wait > 0 || nothing} @click=${wait > 0 ? nothing : retry}>${i18n.t('action.retry')}</button>`
      : nothing}
  </div>`;
}

/**
 * What is wrong with a field: the server's words, or the element's own message, translated when it
 * is drawn so that it follows a change of language while it shows.
 */
export type FieldMessage = string | (() => string);

/** What is wrong with a field, under it, as `id` (which the field's `aria-describedby` names); nothing without `error`. */
export function fieldError(id: string, error: FieldMessage | undefined): TemplateResult | typeof nothing {
  return error ? html`<p id=${id} class="field-error">${typeof error == 'function' ? error() : error}</p>` : nothing;
}

/** That the element has no store or client to load from. */
export function notConfigured(i18n: LocalizeController): TemplateResult {
  return html`<p class="error">${i18n.t('common.notConfigured')}</p>`;
}

/**
 * Try again for the shared state's failure: it asks for the state again (`failureBlock` leaves it
 * out where asking again cannot help; coming back to the tab still asks again).
 */
export function retryState(store: SupportAccessStore): () => void {
  return () => void store.refresh();
}

/**
 * What a data element shows while it has no state to show: that no store or client is configured,
 * the shared state's failure (with Try again where it can help), or the element's own loading message.
 */
export function beforeState(i18n: LocalizeController, store: SupportAccessStore | undefined, loading: MessageKey): TemplateResult {
  if (!store) return notConfigured(i18n);
  return store.status === 'error'
    ? failureBlock(i18n, store.error, retryState(store))
    : html`<p role="status" class="muted">${i18n.t(loading)}</p>`;
}
