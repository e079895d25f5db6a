/**
 * Every element in a state that shows its main pieces, inside a host `<div>` whose direction and
 * look a test chooses: what the theming, dark-mode and right-to-left tests render.
 */
import { fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../src/elements/access-request-list/define.js';
import '../../src/elements/revoke-access-dialog/define.js';
import type { RevokeAccessDialog } from '../../src/elements/revoke-access-dialog/revoke-access-dialog.js';
import '../../src/elements/support-access-log/define.js';
import '../../src/elements/support-access-panel/define.js';
import '../../src/elements/support-access-settings/define.js';
import '../../src/elements/support-session-list/define.js';
import '../../src/elements/support-user-badge/define.js';
import type { MockOrganization, ScenarioName } from '../../src/mocks/index.js';
import { SupportAccessStore } from '../../src/state/store.js';
import { createClient, mockOrganization, NOW } from './mock-api.js';

export type Direction = 'ltr' | 'rtl';

export interface Rendered {
  /** The host page's container. */
  page: HTMLElement;
  /** The element under test. */
  element: HTMLElement;
  /** Two pieces in one row, the first at the inline start. */
  leading: () => Element;
  trailing: () => Element;
  /** What the pieces are laid out in: the host container, or the dialog for a modal. */
  frame: () => Element;
  /** A button that can take focus. */
  button: () => HTMLButtonElement;
  cleanup: () => void;
}

interface Case {
  tag: string;
  scenario: ScenarioName;
  signInAs?: string;
  /** What happens in the organization before the element loads, e.g. its grant revoked. */
  prepare?: (org: MockOrganization) => void;
  template: (store: SupportAccessStore) => TemplateResult;
  ready: (element: HTMLElement) => boolean | Promise<boolean>;
  leading: (root: ShadowRoot) => Element | null | undefined;
  trailing: (root: ShadowRoot) => Element | null | undefined;
  button: (root: ShadowRoot) => HTMLButtonElement | null | undefined;
  frame?: (root: ShadowRoot) => Element | null;
}

const loaded = (element: HTMLElement) => element.shadowRoot?.querySelector('section[aria-busy="false"] [part~="heading"]') !== null;

export const CASES: Case[] = [
  {
    tag: 'support-access-panel',
    scenario: 'expiring-soon',
    template: (store) => html`<support-access-panel .store=${store} locale="en-US" time-zone="UTC"></support-access-panel>`,
    ready: (element) => loaded(element) && Boolean(element.shadowRoot!.querySelector('[part~="details"]')),
    // A detail's term and its value, side by side.
    leading: (root) => root.querySelector('[part~="details"] dt'),
    trailing: (root) => root.querySelector('[part~="details"] dd'),
    button: (root) => root.querySelector<HTMLButtonElement>('[part~="actions"] button'),
  },
  {
    tag: 'revoke-access-dialog',
    scenario: 'expiring-soon',
    template: (store) => html`<revoke-access-dialog .store=${store} locale="en-US" time-zone="UTC"></revoke-access-dialog>`,
    ready: async (element) => {
      const dialog = element as RevokeAccessDialog;
      if (!dialog.opened) void dialog.open();
      return Boolean(element.shadowRoot!.querySelector('input[type="radio"]:checked'));
    },
    // Cancel, then Revoke, at the end of the dialog.
    leading: (root) => root.querySelector('[part~="cancel"]'),
    trailing: (root) => root.querySelector('[part~="confirm"]'),
    button: (root) => root.querySelector<HTMLButtonElement>('[part~="cancel"]'),
    // A modal sits in the top layer, centred in the viewport rather than in the host's container.
    frame: (root) => root.querySelector('dialog'),
  },
  {
    tag: 'access-request-list',
    scenario: 'keboola',
    template: (store) => html`<access-request-list .store=${store} locale="en-US" time-zone="UTC"></access-request-list>`,
    ready: (element) => loaded(element) && Boolean(element.shadowRoot!.querySelector('[part~="request"] [part~="actions"] button')),
    // A request's Approve and Reject buttons.
    leading: (root) => root.querySelectorAll('[part~="request"] [part~="actions"] button')[0],
    trailing: (root) => root.querySelectorAll('[part~="request"] [part~="actions"] button')[1],
    button: (root) => root.querySelector<HTMLButtonElement>('[part~="request"] [part~="actions"] button'),
  },
  {
    tag: 'support-session-list',
    scenario: 'cumulocity',
    signInAs: 'u-ana',
    template: (store) => html`<support-session-list .store=${store} locale="en-US" time-zone="UTC"></support-session-list>`,
    ready: (element) => Boolean(element.shadowRoot!.querySelector('[part~="end-button"]')),
    // A session's name, and its End session button across the row.
    leading: (root) => root.querySelector('[part~="name"]'),
    trailing: (root) => root.querySelector('[part~="end-button"]'),
    button: (root) => root.querySelector<HTMLButtonElement>('[part~="end-button"]'),
  },
  {
    tag: 'support-access-settings',
    scenario: 'carto',
    template: (store) => html`<support-access-settings .store=${store} locale="en-US" time-zone="UTC"></support-access-settings>`,
    ready: (element) => loaded(element) && Boolean(element.shadowRoot!.querySelector('.choice input')),
    // A checkbox and its label.
    leading: (root) => root.querySelector('.choice input'),
    trailing: (root) => root.querySelector('.choice input')?.nextElementSibling ?? root.querySelector('.choice span'),
    button: (root) => root.querySelector<HTMLButtonElement>('[part~="actions"] button'),
  },
  {
    tag: 'support-access-log',
    scenario: 'carto',
    template: (store) => html`<support-access-log .store=${store} locale="en-US" time-zone="UTC"></support-access-log>`,
    ready: (element) => loaded(element) && element.shadowRoot!.querySelectorAll('[part~="row"]:not([part~="header"])').length > 0,
    // The first two column headers.
    leading: (root) => root.querySelectorAll('[part~="header"] [role="columnheader"]')[0],
    trailing: (root) => root.querySelectorAll('[part~="header"] [role="columnheader"]')[1],
    button: (root) => root.querySelector<HTMLButtonElement>('[part~="filters"] button, button'),
  },
  {
    tag: 'support-user-badge',
    scenario: 'carto',
    template: () =>
      html`<span>Support Engineer <support-user-badge kind="support" expires="2026-03-11T09:00:00.000Z" locale="en-US" time-zone="UTC"></support-user-badge></span>`,
    ready: (element) => {
      element.shadowRoot!.querySelector<HTMLElement>('[part~="base"]')?.focus();
      return Boolean(element.shadowRoot!.querySelector('[part~="tooltip"][data-open]'));
    },
    // The badge and its tooltip (open while the badge has focus), which starts where the badge does.
    leading: (root) => root.querySelector('[part~="base"]'),
    trailing: (root) => root.querySelector('[part~="tooltip"]'),
    button: () => null,
  },
];

let stores: SupportAccessStore[] = [];

/**
 * Renders one case inside a host container of the given direction and style. The data elements
 * share a connected store, as under a provider.
 */
export async function render(item: Case, dir: Direction = 'ltr', style = ''): Promise<Rendered> {
  const mock = await mockOrganization({ scenario: item.scenario, now: NOW });
  if (item.signInAs) mock.org.signInAs(item.signInAs);
  item.prepare?.(mock.org);
  const store = new SupportAccessStore(createClient());
  stores.push(store);
  store.connect();
  await store.refresh();
  const page = await fixture<HTMLElement>(
    html`<div dir=${dir} style=${`inline-size: 760px; padding: 16px; ${style}`}>${item.template(store)}</div>`,
  );
  const element = page.querySelector<HTMLElement>(item.tag)!;
  await waitUntil(() => item.ready(element), `<${item.tag}> shows its content`, { timeout: 8000 });
  await (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  const root = element.shadowRoot!;
  const need = <T>(found: T | null | undefined, what: string): T => {
    if (!found) throw new Error(`<${item.tag}>: no ${what}`);
    return found;
  };
  return {
    page,
    element,
    leading: () => need(item.leading(root), 'leading piece'),
    trailing: () => need(item.trailing(root), 'trailing piece'),
    button: () => need(item.button(root), 'button'),
    frame: () => item.frame?.(root) ?? page,
    cleanup: () => {
      if ((element as RevokeAccessDialog).opened) void (element as RevokeAccessDialog).close();
    },
  };
}

export function disconnectStores() {
  for (const store of stores) store.disconnect();
  stores = [];
}

/** Emulates CSS media features (`forced-colors` included) until the next call; `{}` ends it. */
export async function emulateMedia(features: Record<string, string>) {
  await executeServerCommand('emulate-media-features', features);
}
