import type { PropertyDeclaration } from 'lit';

/**
 * How each element declares its private reactive state (`_x: STATE`): Lit gives it no attribute,
 * and the manifest's config drops the one the analyzer would list for it. One object for all, as
 * the bundle would otherwise carry `{ state: true }` once per property.
 */
export const STATE: PropertyDeclaration = { state: true };
