// A host that imports one element, and nothing else, gets its events typed: the element's entry
// brings the global event map and exports the event classes.
import type { SaSessionEndEvent } from 'support-access-elements/support-session-list';

const list = document.createElement('support-session-list');
const ended: string[] = [];
list.addEventListener('sa-session-ended', (event) => ended.push(event.detail.session.id));
list.addEventListener('sa-session-end', (event: SaSessionEndEvent) => event.preventDefault());
// @ts-expect-error sa-session-ended's detail has no grant
list.addEventListener('sa-session-ended', (event) => ended.push(event.detail.grant.id));
// @ts-expect-error a listener for another event's detail is refused
list.addEventListener('sa-session-end', (event: CustomEvent<{ grant: string }>) => ended.push(event.detail.grant));

// Listened for where they bubble to: the document and the window.
document.addEventListener('sa-unauthenticated', (event) => ended.push(event.detail.operation));
window.addEventListener('sa-error', (event) => ended.push(event.detail.error.code));
// @ts-expect-error sa-unauthenticated's detail has no grant
document.addEventListener('sa-unauthenticated', (event) => ended.push(event.detail.grant.id));

export { ended };
