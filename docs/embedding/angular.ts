import '@angular/compiler'; // JIT: compiles the template in the browser (an AOT build needs no import)
import { Component, CUSTOM_ELEMENTS_SCHEMA, provideZonelessChangeDetection, signal } from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';
import { createSupportAccessClient } from 'support-access-elements';
import 'support-access-elements/support-access-provider';
import 'support-access-elements/support-access-panel';

@Component({
  selector: 'app-support-access',
  schemas: [CUSTOM_ELEMENTS_SCHEMA], // lets the template use the custom elements
  template: `
    <support-access-provider [client]="client">
      <support-access-panel locale="en-US" [timeZone]="timeZone" (sa-granted)="onGranted($event)"></support-access-panel>
    </support-access-provider>
    <p role="status">{{ notice() }}</p>`,
})
export class SupportAccessSettings {
  readonly client = createSupportAccessClient({
    baseUrl: '/api/orgs/42/support-access',
    headers: { 'X-Requested-With': 'angular' },
  });
  readonly timeZone = 'Europe/Berlin';
  readonly notice = signal('');

  onGranted(event: HTMLElementEventMap['sa-granted']) {
    this.notice.set(`Support access granted until ${event.detail.grant.expiresAt}`);
  }
}

await bootstrapApplication(SupportAccessSettings, { providers: [provideZonelessChangeDetection()] });
