import { html, LitElement, nothing, type PropertyDeclarations } from 'lit';
import { LocalizeController } from '../../i18n/localize-controller.js';
import { storeContext } from '../../state/context.js';
import { ProviderSubscription } from '../../state/late-provider.js';
import type { SupportAccessStore } from '../../state/store.js';
import { defineElement } from '../shared/define-element.js';
import { baseStyles } from '../shared/styles.js';
import { STATE } from '../shared/state.js';
import { userBadgeStyles } from './styles.js';

export type SupportUserKind = 'support' | 'maintainer';

/** The badge whose tooltip shows. One at a time: hovering one badge and focusing another would overlap two. */
let showing: SupportUserBadge | undefined;

/**
 * A small marker a host puts next to a member's name in its own member list, to show that the
 * member is a vendor's support (or maintainer) account. Its expiry shows in a tooltip on hover and
 * on keyboard focus, and is part of its accessible name; once it has passed, the badge is muted and
 * its outline dashed. The tooltip is a popover, in the page's
 * top layer: a host container that clips its content (a table cell that truncates) does not hide it.
 * It talks to no server; inside a provider it counts on the server's clock, as the panel does.
 *
 * @summary Marks a member as a support account, with its expiry on hover and focus.
 * @csspart base - The badge.
 * @csspart tooltip - The tooltip with the expiry.
 * @cssproperty [--support-access-color=inherit] - Text colour; the host's by default.
 * @cssproperty [--support-access-font=inherit] - Font; the host's by default.
 * @cssproperty [--support-access-accent-color=light-dark(#1d4ed8, #8ab4ff)] - Primary buttons, links, selection and focus rings; a darker blue on light hosts, a lighter one on dark hosts.
 * @cssproperty [--support-access-on-accent-color=light-dark(#fff, #0b1220)] - Text on the accent colour.
 * @cssproperty [--support-access-danger-color=light-dark(#b91c1c, #fca5a5)] - Destructive buttons, rejections and error messages.
 * @cssproperty [--support-access-on-danger-color] - Text on the danger colour; the on-accent colour by default.
 * @cssproperty [--support-access-success-color=light-dark(#15803d, #86efac)] - Approvals and other good outcomes.
 * @cssproperty [--support-access-warning-color=light-dark(#b45309, #fcd34d)] - The edge of a warning.
 * @cssproperty [--support-access-warning-background] - Behind warnings; a faint amber by default.
 * @cssproperty [--support-access-border-color] - Borders; a faint shade of the text colour by default.
 * @cssproperty [--support-access-muted-color] - Secondary text; a lighter shade of the text colour by default.
 * @cssproperty [--support-access-focus-ring-color] - The focus outline; the accent colour by default.
 * @cssproperty [--support-access-surface-color=Canvas] - Behind raised pieces (pop-overs, sticky headers, dialogs); the system's page colour by default, which follows the host's color-scheme.
 * @cssproperty [--support-access-radius=6px] - Corner radius.
 * @cssproperty [--support-access-spacing=0.75rem] - The base space between pieces.
 * @cssproperty [--support-access-transition-duration=120ms] - How long hover and state changes take; nothing moves under prefers-reduced-motion.
 * @cssproperty [--support-access-badge-color] - A support badge's text and border; the accent colour by default.
 * @cssproperty [--support-access-maintainer-color=light-dark(#6d28d9, #c4b5fd)] - A maintainer badge's text and border.
 * @cssproperty [--support-access-tooltip-background=light-dark(#1f2937, #e5e7eb)] - The tooltip's background.
 * @cssproperty [--support-access-tooltip-color=light-dark(#fff, #111827)] - The tooltip's text.
 * @tagname support-user-badge
 */
export class SupportUserBadge extends LitElement {
  static override styles = [baseStyles, userBadgeStyles];

  static override properties: PropertyDeclarations = {
    kind: { reflect: true },
    expires: {},
    locale: {},
    timeZone: { attribute: 'time-zone' },
    _hovered: STATE,
    _focused: STATE,
    _dismissed: STATE,
  };

  /** What the member is: `support` or `maintainer`. Reflected, for a host to style against. */
  kind: SupportUserKind = 'support';
  /** When the account's access ends: an RFC 3339 time (attribute) or a `Date` (property). */
  expires?: string | Date;
  /** The language; by default the nearest `lang`. */
  locale?: string;
  /** The time zone the expiry is shown in, e.g. `Europe/Berlin`; by default the browser's. */
  timeZone?: string;

  private _hovered = false;
  private _focused = false;
  /** Escape, or another badge's tooltip opening, hides the tooltip until the pointer or focus leaves and comes back. */
  private _dismissed = false;

  #i18n = new LocalizeController(this);
  /** A provider's store, whose server clock the countdown follows, so the badge and the panel agree. */
  #store?: SupportAccessStore;
  /** Redraws at the moment of expiry, so the name and tooltip then say access ended. */
  #expiryTimer?: ReturnType<typeof setTimeout>;

  constructor() {
    super();
    new ProviderSubscription(this, storeContext, (store) => {
      this.#store?.removeEventListener('change', this.#redraw);
      // Each state the provider loads redraws it too: after the computer slept past the expiry, the
      // panel's refresh tells it before its own timer, which stood still, would.
      (this.#store = store)?.addEventListener('change', this.#redraw);
      this.requestUpdate();
    });
    this.addEventListener('pointerenter', () => (this._hovered = true));
    this.addEventListener('pointerleave', () => {
      this._hovered = false;
      this._dismissed = false;
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.requestUpdate();
  }

  #redraw = () => this.requestUpdate();

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#store?.removeEventListener('change', this.#redraw);
    this.#listen(false);
    if (showing === this) showing = undefined;
    clearTimeout(this.#expiryTimer);
    this._hovered = false;
    this._focused = false;
    this._dismissed = false;
  }

  /** Whether the tooltip is showing. */
  get open(): boolean {
    return this.#expiry() !== undefined && (this._hovered || this._focused) && !this._dismissed;
  }

  protected override updated(): void {
    // Escape must work while only the pointer rests on the badge, so listen on the window while
    // open; and the tooltip follows the badge when the page or any box around it scrolls or resizes.
    const open = this.open;
    if (open && showing !== this) {
      if (showing?.open) showing._dismissed = true;
      // eslint-disable-next-line @typescript-eslint/no-this-alias -- the page's one showing badge, not an alias
      showing = this;
    }
    this.#listen(open);
    this.#place(open);
    clearTimeout(this.#expiryTimer);
    const left = (this.#expiry() ?? 0) - this.#now();
    if (left > 0 && this.isConnected) {
      // setTimeout waits at most about 24.8 days; a later expiry is reached in hops.
      this.#expiryTimer = setTimeout(() => this.requestUpdate(), Math.min(left + 50, 2 ** 31 - 1));
    }
  }

  /**
   * The tooltip is in the top layer (a popover), so no host container that clips or stacks its
   * content hides it. It opens below the badge, at its start, and moves back inside the window at
   * either edge, a small margin from it. Placed through the CSSOM, which a strict `style-src` allows.
   */
  #place(open: boolean) {
    const tooltip = this.renderRoot.querySelector<HTMLElement>('[role=tooltip]');
    if (!tooltip || !this.isConnected) return;
    tooltip.togglePopover?.(open);
    if (!open) return;
    const badge = this.renderRoot.querySelector('.badge')!.getBoundingClientRect();
    // Its size does not depend on where it is: measured once, before it moves.
    const { width, height } = tooltip.getBoundingClientRect();
    const { clientWidth, clientHeight } = document.documentElement;
    const margin = 8;
    // From the window's start edge (its right in a right-to-left page) to the badge's start.
    const start = this.matches(':dir(rtl)') ? clientWidth - badge.right : badge.left;
    tooltip.style.insetInlineStart = `${Math.max(margin, Math.min(start, clientWidth - margin - width))}px`;
    // Below the badge, or above it where the window has no room below.
    const gap = 6;
    const below = badge.bottom + gap + height <= clientHeight || badge.top - gap - height < 0;
    tooltip.style.insetBlockStart = `${below ? badge.bottom + gap : badge.top - gap - height}px`;
  }

  #follow = () => this.#place(this.open);

  #listen(on: boolean) {
    const listen = on ? addEventListener : removeEventListener;
    listen('keydown', this.#onKeydown);
    listen('scroll', this.#follow, true);
    listen('resize', this.#follow);
  }

  #onKeydown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !this.open) return;
    // Only the tooltip closes, not a host dialog around the badge.
    event.preventDefault();
    this._dismissed = true;
  };

  #now(): number {
    return this.#store?.serverNow() ?? Date.now();
  }

  #expiry(): number | undefined {
    if (!this.expires) return undefined;
    const time = this.expires instanceof Date ? this.expires.getTime() : Date.parse(this.expires);
    return isNaN(time) ? undefined : time;
  }

  protected override render() {
    const t = this.#i18n.t;
    // Any other value reads as support.
    const kind: SupportUserKind = this.kind === 'maintainer' ? 'maintainer' : 'support';
    const expiry = this.#expiry();
    const account = t(`badge.account.${kind}`);
    const now = this.#now();
    const ended = expiry !== undefined && expiry <= now;
    const date = expiry === undefined ? '' : this.#i18n.dateTime(expiry);
    const label = expiry === undefined ? account : t(ended ? 'badge.accountEnded' : 'badge.accountUntil', { account, date });
    const open = this.open;
    return html`<span
        part="base"
        class=${ended ? 'badge ended' : 'badge'}
        role="img"
        aria-label=${label}
        aria-describedby=${expiry === undefined ? nothing : 'tooltip'}
        tabindex=${expiry === undefined ? nothing : '0'}
        @focus=${() => (this._focused = true)}
        @blur=${() => {
          this._focused = false;
          this._dismissed = false;
        }}
        >${t(`badge.${kind}`)}</span
      >${expiry === undefined
        ? nothing
        : // The rule cannot see that the tooltip is named by its text, which is a translated message.
          // eslint-disable-next-line lit-a11y/accessible-name
          html`<span id="tooltip" part="tooltip" class="tooltip" role="tooltip" popover="manual" ?data-open=${open}>
            ${t(ended ? 'badge.ended' : 'badge.until', { date, relative: this.#i18n.relativeTime(expiry - now) })}
          </span>`}`;
  }

  /**
   * Registers the element as `tag` in `registry`, once; a second call with the same tag does nothing.
   * @param tag - `support-user-badge` by default.
   * @param registry - The global `customElements` by default.
   */
  static define(tag?: string, registry?: CustomElementRegistry): void {
    defineElement('support-user-badge', this, tag, registry);
  }
}
