/**
 * The German catalog (`support-access-elements/i18n/de`). Elements load it on their own, lazily,
 * when their locale is `de` or `de-*`, so it never adds to an element's own code. Its type is the
 * English catalog's: a message added in English and not here fails type-checking.
 *
 * Import it to adapt it, e.g. `registerTranslations('de-CH', { ...de, 'panel.revoke': '…' })`.
 */
import type { Catalog } from '../en.js';

export const de: Catalog = {
  // Shared
  'common.accessLevel.admin': 'Administrator',
  'common.accessLevel.read-only': 'Nur Lesen',
  'common.asset.map.one': '{count} Karte',
  'common.asset.map.other': '{count} Karten',
  'common.asset.workflow.one': '{count} Workflow',
  'common.asset.workflow.other': '{count} Workflows',
  'common.asset.other': '{type}: {count}',
  'common.notConfigured':
    'Noch kein Server verbunden: Setzen Sie base-url oder client an diesem Element oder am umgebenden <support-access-provider>.',
  'common.cancel': 'Abbrechen',
  'common.close': 'Schließen',

  // <support-access-panel>
  'panel.title': 'Zugriff für den Support',
  'panel.loading': 'Zugriff für den Support wird geladen…',
  'panel.staleState': 'Angezeigt wird der zuletzt bekannte Stand.',

  'panel.off.heading': 'Zugriff für den Support ist deaktiviert',
  'panel.off.intro':
    'Gewähren Sie dem Support-Team für begrenzte Zeit Zugriff auf diese Organisation. Alle Administratoren sehen das, und der Zugriff lässt sich jederzeit widerrufen.',
  'panel.off.viewOnly.admins': 'Nur Administratoren können den Zugriff für den Support aktivieren.',
  'panel.off.viewOnly.users': 'Sie können den Zugriff für den Support nicht aktivieren.',

  'panel.form.duration': 'Dauer',
  'panel.form.accessLevel': 'Zugriffsstufe',
  'panel.form.reason': 'Grund',
  'panel.form.reasonHint': 'Was soll sich der Support ansehen?',
  'panel.form.ticket': 'Ticket',
  'panel.form.ticketHint': 'Das Support-Ticket, für das dieser Zugriff gilt.',
  'panel.form.confirm':
    'Ich erlaube dem Support-Team, auf diese Organisation zuzugreifen, bis der Zugriff abläuft oder widerrufen wird.',
  'panel.form.submit': 'Zugriff aktivieren',
  'panel.form.submitting': 'Wird aktiviert…',
  'panel.form.reasonRequired': 'Geben Sie einen Grund an.',
  'panel.form.ticketRequired': 'Geben Sie das Ticket an.',
  'panel.form.confirmRequired': 'Setzen Sie zur Bestätigung das Häkchen.',

  'panel.on.heading': 'Zugriff für den Support ist aktiv',
  'panel.on.grantedBy': 'Gewährt von',
  'panel.on.grantedByValue': '{name} am {date}',
  'panel.on.expires': 'Läuft ab',
  'panel.on.countdown': 'noch {duration}',
  'panel.on.account': 'Support-Konto',
  'panel.on.mfa': 'Anmeldung mit MFA',
  'panel.on.noMfa': 'Anmeldung ohne MFA',
  'panel.on.accessLevel': 'Zugriffsstufe',
  'panel.on.ticket': 'Ticket',
  'panel.on.reason': 'Grund',
  'panel.on.extensions': 'Verlängerungen',
  'panel.on.noExtensions': 'Keine',
  'panel.on.extension': '{duration}, hinzugefügt von {name} am {date}',
  'panel.on.noDetails': 'Der Server hat die Details dieser Freigabe nicht übermittelt.',
  'panel.on.viewOnly': 'Sie können den Zugriff für den Support sehen, aber nicht ändern.',

  'panel.warning': 'Der Zugriff für den Support endet {relative}.',
  'panel.extend.by': 'Um {duration} verlängern',
  'panel.extend.duration': 'Verlängern um',
  'panel.extend.submit': 'Verlängern',
  'panel.extend.busy': 'Wird verlängert…',
  'panel.extend.atCap': 'Der Zugriff hat bereits die Höchstdauer erreicht: {duration}.',
  'panel.revoke': 'Zugriff widerrufen',

  'panel.alwaysOn.heading': 'Zugriff für den Support ist immer aktiv',
  'panel.alwaysOn.body':
    'Ihr Anbieter verwaltet den Zugriff für den Support für alle Organisationen, daher kann sich das Support-Team jederzeit anmelden. Hier gibt es nichts zu ändern.',

  'panel.unavailable.heading': 'Zugriff für den Support ist nicht verfügbar',
  'panel.unavailable.forced-sso': 'Dieser Arbeitsbereich erfordert Single Sign-on, das Support-Konten nicht nutzen können.',
  'panel.unavailable.plan': 'Ihr Tarif umfasst keinen Zugriff für den Support.',
  'panel.unavailable.provider-disabled': 'Ihr Anbieter hat den Zugriff für den Support deaktiviert.',
  'panel.unavailable.other': 'Angegebener Grund: {reason}',

  'panel.ended.expired': 'Der Zugriff für den Support endete am {date}: Die Zeit ist abgelaufen.',
  'panel.ended.revoked': 'Der Zugriff für den Support wurde widerrufen.',
  'panel.ended.ended': 'Jemand anderes hat den Zugriff für den Support beendet.',

  'panel.announce.on': 'Der Zugriff für den Support ist bis {date} aktiv.',
  'panel.announce.extended': 'Der Zugriff für den Support gilt jetzt bis {date}.',
  'panel.announce.off': 'Der Zugriff für den Support ist deaktiviert.',

  // <revoke-access-dialog>
  'dialog.title': 'Zugriff für den Support widerrufen',
  'dialog.intro': 'Der Zugriff, den {name} am {date} gewährt hat, endet jetzt, und {account} kann sich nicht mehr anmelden.',
  'dialog.noGrant': 'Der Zugriff für den Support ist nicht aktiv, es gibt also nichts zu widerrufen.',
  'dialog.endedElsewhere': 'Der Zugriff für den Support ist bereits beendet, es gibt nichts mehr zu widerrufen.',
  'dialog.revokedAfterAll': 'Der Zugriff für den Support wurde doch widerrufen: Nur die Antwort auf Ihre Anfrage ging unterwegs verloren.',
  'dialog.loading': 'Zugriff für den Support wird geladen…',

  'dialog.assets.heading': 'Was {account} erstellt hat',
  'dialog.assets.none': '{account} hat nichts erstellt, das einen neuen Besitzer braucht.',

  'dialog.inheritor.legend': 'Wer übernimmt diese Elemente?',
  'dialog.inheritor.required': 'Zum Widerrufen wird trotzdem ein neuer Besitzer gebraucht. Wer soll es sein?',
  'dialog.inheritor.granter': 'hat den Zugriff gewährt',
  'dialog.inheritor.summary': 'Die Elemente gehen an {name}.',

  'dialog.search.label': 'Benutzer nach Name oder E-Mail-Adresse suchen',
  'dialog.list.loading': 'Benutzer werden geladen…',
  'dialog.list.empty': 'Kein Benutzer passt zu „{query}“.',
  'dialog.list.none': 'Niemand kann diese Elemente übernehmen.',
  'dialog.list.count.one': '{count} Benutzer angezeigt',
  'dialog.list.count.other': '{count} Benutzer angezeigt',
  'dialog.list.more': 'Mehr anzeigen',
  'dialog.list.loadingMore': 'Weitere werden geladen…',

  'dialog.confirm': 'Zugriff widerrufen',
  'dialog.confirming': 'Wird widerrufen…',

  // <access-request-list>
  'requests.title': 'Zugriffsanfragen',
  'requests.loading': 'Zugriffsanfragen werden geladen…',
  'requests.noPermission': 'Sie haben keine Berechtigung, Zugriffsanfragen zu genehmigen oder abzulehnen.',

  'requests.pending.heading': 'Warten auf Entscheidung ({count})',
  'requests.pending.empty': 'Keine offenen Anfragen',
  'requests.decided.heading': 'Entschieden',
  'requests.decided.empty': 'Es wurde noch keine Anfrage entschieden.',
  'requests.shown': '{shown} von {total} angezeigt.',
  'requests.more': 'Mehr anzeigen',
  'requests.loadingMore': 'Weitere werden geladen…',

  'requests.kind.support': 'Support-Mitarbeiter',
  'requests.kind.maintainer': 'Maintainer',
  'requests.reason': 'Grund',
  'requests.ticket': 'Ticket',
  'requests.requestedAt': 'Angefragt',
  'requests.when': '{date} ({relative})',

  'requests.approvals': '{count} von {required} Genehmigungen',
  'requests.approvedBy': 'Genehmigt von {name} am {date}',
  'requests.youApproved': 'Sie haben genehmigt; eine zweite Person muss noch zustimmen.',

  'requests.approve': 'Genehmigen',
  'requests.approve.label': 'Genehmigen (Anfrage von {name})',
  'requests.approving': 'Wird genehmigt…',
  'requests.error.alreadyOn': 'Der Zugriff für den Support ist bereits aktiv: Widerrufen Sie ihn zuerst und genehmigen Sie dann diese Anfrage.',
  'requests.reject': 'Ablehnen',
  'requests.reject.label': 'Ablehnen (Anfrage von {name})',
  'requests.rejecting': 'Wird abgelehnt…',
  'requests.note.toggle': 'Notiz hinzufügen',
  'requests.note.toggle.label': 'Notiz hinzufügen (Anfrage von {name})',
  'requests.note.label': 'Notiz (optional)',
  'requests.note.hint': 'Wird mit Ihrer Genehmigung oder Ablehnung gesendet und bei der Anfrage gespeichert.',

  'requests.decision': 'Entscheidung',
  'requests.decidedAt': 'Entschieden',
  'requests.note': 'Notiz',
  'requests.status.approved': 'Genehmigt',
  'requests.status.rejected': 'Abgelehnt',
  'requests.status.expired': 'Ohne Entscheidung abgelaufen',
  'requests.status.withdrawn': 'Zurückgezogen',
  'requests.status.pending': 'Offen',
  'requests.decidedBy': '{status} von {name}',
  'requests.ended': 'Ausgang: {outcome}.',

  'requests.announce.approved': 'Die Anfrage von {name} wurde genehmigt.',
  'requests.announce.firstApproval':
    'Sie haben die Anfrage von {name} genehmigt. Eine zweite Person muss sie ebenfalls genehmigen.',
  'requests.announce.rejected': 'Die Anfrage von {name} wurde abgelehnt.',
  'requests.announce.more.one': '{count} weitere Anfrage angezeigt, bisher {shown}.',
  'requests.announce.more.other': '{count} weitere Anfragen angezeigt, bisher {shown}.',

  // <support-access-settings>
  'settings.title': 'Richtlinie für den Support-Zugriff',
  'settings.loading': 'Richtlinie wird geladen…',
  'settings.intro':
    'Legen Sie fest, wie das Support-Team Zugang erhält: wer ihn gewähren darf, für wie lange und welche Angaben nötig sind.',
  'settings.staleState': 'Angezeigt wird die zuletzt bekannte Richtlinie.',
  'settings.readOnly.provider': 'Ihr Anbieter verwaltet den Zugriff für den Support, daher lässt sich diese Richtlinie hier nicht ändern.',
  'settings.readOnly.unavailable': 'Der Zugriff für den Support ist für diese Organisation nicht verfügbar, daher lässt sich diese Richtlinie hier nicht ändern.',
  'settings.readOnly.permission': 'Sie können diese Richtlinie sehen, haben aber keine Berechtigung, sie zu ändern.',

  'settings.group.who': 'Wer entscheidet',
  'settings.group.durations': 'Wie lange',
  'settings.group.extension': 'Verlängerung und Ablauf',
  'settings.group.enabling': 'Beim Aktivieren',

  'settings.whoCanEnable': 'Wer den Zugriff für den Support aktivieren darf',
  'settings.whoCanEnable.admins': 'Administratoren',
  'settings.whoCanEnable.all-users': 'Alle Benutzer',
  'settings.requireApproval': 'Der Support muss Zugriff anfragen und auf eine Genehmigung warten',
  'settings.approvalsRequired': 'Erforderliche Genehmigungen',
  'settings.approvalsRequired.1': 'Eine Person',
  'settings.approvalsRequired.2': 'Zwei verschiedene Personen',

  'settings.durations': 'Angebotene Zeiträume',
  'settings.defaultDuration': 'Standarddauer',
  'settings.notOffered': '{duration} (nicht angeboten)',
  'settings.maxTotalDuration': 'Höchstdauer insgesamt, Verlängerungen eingeschlossen',
  'settings.noMaximum': 'Keine Höchstdauer',

  'settings.extension': 'Verlängerungen',
  'settings.extension.none': 'Nicht erlaubt',
  'settings.extension.prolong': 'Um einen festen Zeitraum verlängern',
  'settings.extension.choose': 'Die Person wählt die Dauer',
  'settings.extensionStep': 'Jede Verlängerung fügt hinzu',
  'settings.noStep': 'Zeitraum wählen',
  'settings.expiryWarning': 'Vor Ablauf des Zugriffs warnen',
  'settings.noWarning': 'Keine Warnung',

  'settings.requireReason': 'Nach einem Grund fragen',
  'settings.requireTicket': 'Nach einer Ticketnummer fragen',
  'settings.accessLevels': 'Angebotene Zugriffsstufen',

  'settings.value.yes': 'Ja',
  'settings.value.no': 'Nein',
  'settings.value.none': 'Keine',

  'settings.save': 'Änderungen speichern',
  'settings.saving': 'Wird gespeichert…',
  'settings.discard': 'Änderungen verwerfen',
  'settings.saved': 'Richtlinie gespeichert.',

  'settings.error.default-not-offered': 'Wählen Sie als Standard einen der angebotenen Zeiträume.',
  'settings.error.cap-below-longest-offer':
    'Die Höchstdauer muss mindestens so lang sein wie der längste angebotene Zeitraum ({duration}).',
  'settings.error.step-required': 'Wählen Sie, wie viel Zeit jede Verlängerung hinzufügt.',
  'settings.error.duplicate-duration':
    'Zwei der angebotenen Zeiträume sind gleich lang. Bieten Sie jede Dauer nur einmal an.',
  'settings.error.durations-required': 'Bieten Sie mindestens einen Zeitraum an.',
  'settings.error.accessLevels-required': 'Bieten Sie mindestens eine Zugriffsstufe an.',

  'settings.conflict.title': 'Jemand anderes hat die Richtlinie geändert, während Sie sie bearbeitet haben.',
  'settings.conflict.body':
    'Das Formular zeigt die neue Fassung mit Ihren Änderungen darüber; jedes geänderte Feld stellt beide gegenüber. Behalten Sie Ihre Änderungen, um sie über die neue Fassung zu speichern, oder verwerfen Sie sie.',
  'settings.conflict.compare': 'Jetzt: {theirs} · Ihre Eingabe: {yours}',
  'settings.conflict.theirs': 'Von jemand anderem geändert: vorher {was}.',
  'settings.conflict.keep': 'Meine Änderungen behalten',
  'settings.conflict.discard': 'Meine verwerfen',

  // <support-session-list>
  'sessions.title': 'Support-Sitzungen',
  'sessions.loading': 'Support-Sitzungen werden geladen…',
  'sessions.empty': 'Niemand vom Support ist angemeldet.',
  'sessions.forbidden': 'Nur Administratoren können Support-Sitzungen sehen.',
  'sessions.stateFailed': 'Sobald der Zugriff für den Support geladen ist, lassen sich hier Sitzungen beenden.',
  'sessions.more': 'Die {count} neuesten Sitzungen werden angezeigt.',
  'sessions.actingAsName': '{engineer}${user}',
  'sessions.actingAsSpoken': '{engineer} als {user}',
  'sessions.engineer': 'Mitarbeiter',
  'sessions.actingAs': 'Handelt als',
  'sessions.since': 'Angemeldet seit',
  'sessions.lastSeen': 'Zuletzt aktiv',
  'sessions.end': 'Sitzung beenden',
  'sessions.endOf': '(Sitzung von {name})',
  'sessions.ending': 'Wird beendet…',
  'sessions.announce.ended': '{name} wurde abgemeldet. Der Zugriff für den Support selbst bleibt unverändert.',

  // <support-user-badge>
  'badge.support': 'Support',
  'badge.maintainer': 'Maintainer',
  'badge.account.support': 'Support-Konto',
  'badge.account.maintainer': 'Maintainer-Konto',
  'badge.accountUntil': '{account}, Zugriff bis {date}',
  'badge.accountEnded': '{account}, Zugriff endete am {date}',
  'badge.until': 'Zugriff bis {date} ({relative})',
  'badge.ended': 'Zugriff endete am {date} ({relative})',

  // <support-access-log>
  'log.title': 'Protokoll',
  'log.loading': 'Ereignisse werden geladen…',
  'log.loadingMore': 'Weitere Ereignisse werden geladen…',
  'log.noPermission': 'Sie haben keine Berechtigung, das Protokoll einzusehen.',
  'log.empty': 'Noch keine Ereignisse',
  'log.emptyFiltered': 'Keine Ereignisse entsprechen diesen Filtern.',
  'log.clearFilters': 'Filter zurücksetzen',
  'log.count.one': '{count} Ereignis geladen',
  'log.count.other': '{count} Ereignisse geladen',
  'log.count.more': '{count} Ereignisse geladen; scrollen Sie für weitere',

  'log.filters': 'Filter',
  'log.filter.types': 'Ereignistypen',
  'log.filter.types.all': 'Ereignistypen: alle',
  'log.filter.types.some': 'Ereignistypen: {count} ausgewählt',
  'log.filter.from': 'Von',
  'log.filter.to': 'Bis',
  'log.filter.backwards': 'Von liegt nach Bis: Wählen Sie einen Bis-Tag am oder nach dem Von-Tag.',
  'log.filter.zone': 'Die Datumsangaben gelten als ganze Tage in der Zeitzone {zone}.',
  'log.filter.zone.local': 'Die Datumsangaben gelten als ganze Tage in Ihrer Zeitzone.',

  'log.column.time': 'Zeit',
  'log.column.type': 'Ereignis',
  'log.column.actor': 'Ausgeführt von',
  'log.column.summary': 'Beschreibung',
  'log.column.ticket': 'Ticket',
  'log.column.grant': 'Freigabe',

  'log.type.access.granted': 'Zugriff gewährt',
  'log.type.access.extended': 'Zugriff verlängert',
  'log.type.access.revoked': 'Zugriff widerrufen',
  'log.type.access.expired': 'Zugriff abgelaufen',
  'log.type.support.login': 'Support-Anmeldung',
  'log.type.support.action': 'Support-Aktion',
  'log.type.request.created': 'Zugriff angefragt',
  'log.type.request.approved': 'Anfrage genehmigt',
  'log.type.request.rejected': 'Anfrage abgelehnt',
  'log.type.policy.updated': 'Richtlinie geändert',
  'log.type.session.ended': 'Sitzung beendet',

  'log.actor.system': 'System',
  'log.actor.support': '{name} (Support)',
  'log.actor.actingAs': '{engineer} als {user}',

  'log.grant.open': 'Verlauf von {grant} anzeigen',
  'log.timeline.heading': 'Verlauf von {grant}',
  'log.timeline.back': 'Zurück zu allen Ereignissen',
  'log.timeline.by': 'Von',
  'log.timeline.duration': 'Dauer',
  'log.timeline.accessLevel': 'Zugriffsstufe',
  'log.timeline.added': 'Hinzugefügt',
  'log.timeline.expiresAt': 'Neues Ablaufdatum',
  'log.timeline.inheritedBy': 'Elemente übernommen von',
  'log.timeline.assets': 'Elemente',
  'log.timeline.noAssets': 'Keine',
  'log.timeline.ticket': 'Ticket',
  'log.timeline.more': 'Mehr anzeigen',
  'log.when': '{date} ({relative})',

  'log.export': 'CSV exportieren',
  'log.export.progress.one': '{count} Ereignis exportiert…',
  'log.export.progress.other': '{count} Ereignisse exportiert…',
  'log.export.done.one': '{count} Ereignis exportiert.',
  'log.export.done.other': '{count} Ereignisse exportiert.',
  'log.export.cancel': 'Export abbrechen',
  'log.export.cancelled': 'Export abgebrochen.',
  'log.export.failed': 'Der Export ist fehlgeschlagen.',
  'log.reload.failed': 'Die angezeigten Ereignisse wurden zuvor geladen.',

  // Shared by every element
  'action.retry': 'Erneut versuchen',

  'state.loading': 'Wird geladen…',

  // Completes "Fehler beim {operation}." (error.couldNot)
  'operation.getState': 'Laden des Zugriffs für den Support',
  'operation.grant': 'Gewähren des Zugriffs für den Support',
  'operation.extend': 'Verlängern des Zugriffs für den Support',
  'operation.revoke': 'Widerrufen des Zugriffs für den Support',
  'operation.listInheritors': 'Laden der Benutzer, die die Elemente des Support-Kontos übernehmen können',
  'operation.listRequests': 'Laden der Zugriffsanfragen',
  'operation.approveRequest': 'Genehmigen der Zugriffsanfrage',
  'operation.rejectRequest': 'Ablehnen der Zugriffsanfrage',
  'operation.listSessions': 'Laden der Support-Sitzungen',
  'operation.endSession': 'Beenden der Support-Sitzung',
  'operation.updatePolicy': 'Speichern der Richtlinie für den Support-Zugriff',
  'operation.listEvents': 'Laden des Protokolls',

  'error.couldNot': 'Fehler beim {operation}.',
  'error.withReason': '{failure} {reason}',
  'error.unauthenticated': 'Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an, um fortzufahren.',
  'error.forbidden': 'Sie haben keine Berechtigung dafür.',
  'error.not-found': 'Das existiert nicht mehr oder wurde bereits beendet.',
  'error.not-found.read': 'Der Server bietet unter dieser Adresse nichts an; die Seite ist möglicherweise falsch eingerichtet.',
  'error.conflict': 'Das steht im Widerspruch zum aktuellen Stand des Zugriffs für den Support.',
  'error.precondition-failed':
    'Jemand anderes hat den Zugriff für den Support inzwischen geändert. Der aktuelle Stand wird angezeigt.',
  'error.validation': 'Einige Werte sind ungültig.',
  'error.checkFields': 'Prüfen Sie die markierten Felder.',
  'error.unavailable': 'Der Dienst ist vorübergehend nicht verfügbar. Versuchen Sie es in einigen Minuten erneut.',
  'error.rate-limited': 'Zu viele Anfragen in kurzer Zeit. Warten Sie einen Moment, und versuchen Sie es dann erneut.',
  'error.unavailable.wait': 'Der Dienst ist vorübergehend nicht verfügbar. Versuchen Sie es {relative} erneut.',
  'error.rate-limited.wait': 'Zu viele Anfragen in kurzer Zeit. Versuchen Sie es {relative} erneut.',
  'error.unavailable.ready': 'Der Dienst war vorübergehend nicht verfügbar. Sie können es jetzt erneut versuchen.',
  'error.rate-limited.ready': 'Es gab zu viele Anfragen in kurzer Zeit. Sie können es jetzt erneut versuchen.',
  'error.internal': 'Etwas Unerwartetes ist schiefgelaufen.',
  'error.timeout': 'Der Server hat nicht rechtzeitig geantwortet.',
  'error.offline': 'Ihr Gerät scheint offline zu sein.',
  'error.invalid-response': 'Der Server hat eine Antwort gesendet, die nicht verstanden werden konnte.',
  'error.invalidField': 'Das Feld „{field}“ der Antwort ist nicht wie erwartet.',
  'error.aborted': 'Die Anfrage wurde abgebrochen.',
};

export default de;
