import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizeController } from '../../i18n/localize-controller.js';

/**
 * A failure as every element shows it: what could not be done and why in words a person
 * understands, announced at once, with Try again only where retrying can help. `lead` and `tail`
 * add a sentence before or after ("The export failed.", "Showing the last known state.").
 */
export function failureBlock(
  i18n: LocalizeController,
  error: unknown,
  retry?: () => void,
  lead?: string,
  tail?: string,
): TemplateResult {
  const sentence = [lead, i18n.error(error), tail].filter(Boolean).join(' ');
  return html`<div class="failure" role="alert" part="error">
    <p>${sentence}</p>
    ${retry ? html`<button @click=${retry}>${i18n.t('action.retry')}</button>` : nothing}
  </div>`;
}
