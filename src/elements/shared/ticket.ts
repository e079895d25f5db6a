import { html, nothing, type TemplateResult } from 'lit';

/**
 * The link for a ticket, from a host's template such as `https://support.example.com/tickets/{ticket}`.
 * Only `http:` and `https:` links are made: anything else (`javascript:`, `data:`) is no link at all,
 * and the ticket is shown as plain text. `ticket` is never empty: every caller shows one only where there is one.
 */
function ticketHref(template: string | undefined, ticket: string): string | undefined {
  if (!template) return undefined;
  try {
    const url = new URL(template.replaceAll('{ticket}', encodeURIComponent(ticket)), document.baseURI);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The ticket as a link, opened in a new tab, where the template makes one; else as plain text.
 * `tabindex` for a link inside a grid row, which the row's keys reach instead of Tab.
 */
export function ticketLink(template: string | undefined, ticket: string, tabindex?: number): TemplateResult | string {
  const href = ticketHref(template, ticket);
  return href ? html`<a href=${href} target="_blank" rel="noopener noreferrer" tabindex=${tabindex ?? nothing}>${ticket}</a>` : ticket;
}
