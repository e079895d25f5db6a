// TypeScript: the tags in React's JSX, typed from the elements' own classes and events.
import type { Key, ReactNode, Ref } from 'react';
import type { LitElement } from 'lit';
import type { SupportAccessPanel } from 'support-access-elements/support-access-panel';
import type { SupportAccessProvider } from 'support-access-elements/support-access-provider';

type ElementProps<E extends LitElement, Events extends keyof HTMLElementEventMap> = Partial<Omit<E, keyof LitElement>> & {
  [Name in Events as `on${Name}`]?: (event: HTMLElementEventMap[Name]) => void;
} & { children?: ReactNode; key?: Key; ref?: Ref<E>; id?: string; class?: string; slot?: string };

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'support-access-provider': ElementProps<SupportAccessProvider, 'sa-change' | 'sa-expired' | 'sa-error' | 'sa-unauthenticated'>;
      'support-access-panel': ElementProps<
        SupportAccessPanel,
        'sa-grant' | 'sa-granted' | 'sa-extend' | 'sa-extended' | 'sa-revoke' | 'sa-revoked' | 'sa-error' | 'sa-unauthenticated'
      >;
    }
  }
}
