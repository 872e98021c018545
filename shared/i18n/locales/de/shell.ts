import type en from '../en/shell';

export default {
  dataFile: {
    title: 'Tiefgang kann seine Datendatei nicht öffnen',
    locked:
      'Die Datendatei {{file}} wird von einem anderen Tiefgang-Prozess verwendet (Prozess {{pid}} auf {{host}}, seit {{since}}).',
    lockedBusy: 'Die Datendatei {{file}} wird gerade von einem anderen Prozess geöffnet.',
    lockedDetail:
      'Schließen Sie das andere Tiefgang-Fenster oder den anderen Befehl und wählen Sie dann „Erneut versuchen“. Wenn dieser Prozess nicht mehr existiert, löschen Sie {{lockFile}}.',
    corrupt: 'Die Datendatei {{file}} konnte nicht gelesen werden: {{reason}}.',
    corruptMoved:
      'Die beschädigte Datei wurde unverändert nach {{corruptPath}} verschoben. Nichts wurde gelöscht.',
    corruptBackup: 'Die neueste Sicherung ist vom {{day}}: {{backup}}',
    corruptNoBackup:
      'Es gibt keine Sicherung, die wiederhergestellt werden könnte. Sie können mit einer leeren Datendatei beginnen.',
    tooNew:
      'Die Datendatei {{file}} wurde von einer neueren Tiefgang-Version geschrieben (Datenformat {{fileVersion}}; diese Version liest bis {{supportedVersion}}).',
    tooNewDetail:
      'Installieren Sie die neuere Tiefgang-Version, um sie zu öffnen. Die Datei wurde nicht verändert.',
    io: 'Die Datendatei {{file}} konnte nicht geöffnet werden: {{reason}}',
    ioDetail:
      'Prüfen Sie, ob der Ordner existiert und Sie darin schreiben dürfen. Es wurde nichts verändert.',
    restoreFailed: 'Die Sicherung konnte nicht wiederhergestellt werden: {{reason}}',
    reason: {
      empty: 'die Datei ist leer',
      syntax: 'sie ist kein gültiges JSON (Zeile {{line}}, Spalte {{column}})',
      syntaxNoPosition: 'sie ist kein gültiges JSON',
      format: 'sie ist keine Tiefgang-Datendatei ({{message}})',
      validation: 'sie enthält ungültige Daten ({{count}} Probleme; das erste: {{first}})',
    },
  },
  argument: {
    title: 'Tiefgang wurde mit einem falschen Argument gestartet',
    dbMissing: '„--db“ braucht den Pfad einer Datendatei, z. B. --db ~/tiefgang.json',
  },
  buttons: {
    ok: 'OK',
    retry: 'Erneut versuchen',
    quit: 'Beenden',
    restoreBackup: 'Sicherung vom {{day}} wiederherstellen',
    startEmpty: 'Mit einer leeren Datendatei beginnen',
    reload: 'Fenster neu laden',
  },
  crash: {
    title: 'In Tiefgang ist ein unerwarteter Fehler aufgetreten',
    message: 'In Tiefgang ist etwas schiefgegangen: {{message}}',
    detail: 'Die Einzelheiten stehen in {{log}}. Alles bisher Gespeicherte ist sicher in der Datendatei.',
  },
  rendererGone: {
    title: 'Das Tiefgang-Fenster wurde beendet',
    message: 'Das Fenster wurde unerwartet beendet ({{reason}}).',
    detail: 'Laden Sie es neu, um weiterzuarbeiten. Alles bisher Gespeicherte ist sicher in der Datendatei.',
  },
} satisfies typeof en;
