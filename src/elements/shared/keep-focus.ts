import type { ReactiveControllerHost, ReactiveElement } from 'lit';

/**
 * Keeps the person inside `host` when the control they were on goes away or is disabled in an update
 * (the form after enabling, a Try again once what it loaded is shown, everything when a grant ended):
 * `elsewhere` puts focus where they can go on, rather than letting it drop to the page. Focus
 * outside the host's shadow root is not touched. Call once, from the constructor. By default the
 * element's heading takes focus.
 */
export function keepFocus(host: ReactiveControllerHost & HTMLElement, elsewhere = () => focusHeading(host)): void {
  let focused: Element | null | undefined;
  host.addController({
    // After willUpdate, before rendering: what has focus now may be gone after.
    hostUpdate: () => (focused = host.shadowRoot?.activeElement),
    hostUpdated: () => {
      // Gone, or disabled (the new owners while a revoke is sent): the browser drops focus from a disabled control too.
      if (focused && (!focused.isConnected || focused.matches(':disabled'))) elsewhere();
      focused = undefined;
    },
  });
}

/** Focuses the element's heading (`#heading`, see `card`), where there is one. */
export const focusHeading = (host: HTMLElement): void => host.shadowRoot?.querySelector<HTMLElement>('#heading')?.focus();

/** Focuses what `selector` finds in `host` once the update under way has rendered (a field to fix, a control that replaced another). */
export async function focusRendered(host: ReactiveElement, selector: string): Promise<void> {
  await host.updateComplete;
  host.renderRoot.querySelector<HTMLElement>(selector)?.focus();
}
