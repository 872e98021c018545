import type en from '../en/storage';

export default {
  action: {
    'create-folder': 'Der Ordner für die Datendatei konnte in {{where}} nicht angelegt werden',
    open: 'Die Datendatei {{file}} konnte nicht geöffnet werden',
    lock: 'Die Datendatei {{file}} konnte nicht gesperrt werden ({{where}})',
    read: 'Die Datendatei {{file}} konnte nicht gelesen werden',
    create: 'Die neue Datendatei konnte in {{where}} nicht angelegt werden',
    write: 'Die Änderung konnte in {{where}} nicht gespeichert werden',
    backup: 'Die heutige Sicherung konnte in {{where}} nicht angelegt werden',
    'move-aside': 'Die beschädigte Datendatei konnte in {{where}} nicht beiseitegelegt werden',
  },
  problem: {
    'no-permission': 'Sie haben dort keine Schreibrechte',
    'no-permission-read': 'Sie haben keine Leserechte dafür',
    'disk-full': 'der Datenträger ist voll',
    'read-only-disk': 'der Datenträger ist schreibgeschützt',
    'not-a-folder': 'dort liegt eine Datei dieses Namens, wo ein Ordner hingehört',
    'is-a-folder': 'dort liegt ein Ordner dieses Namens, wo eine Datei hingehört',
    missing: 'es gibt ihn nicht',
    other: 'das System hat abgelehnt ({{detail}})',
  },
  io: '{{action}}: {{problem}}{{code}}. Es wurde nichts geändert.',
  danglingLink:
    'Die Datendatei {{file}} ist eine Verknüpfung auf {{target}}, das es nicht gibt. Stellen Sie diese Datei wieder her (z. B. das Laufwerk oder den synchronisierten Ordner verbinden) oder entfernen Sie die Verknüpfung. Es wurde nichts geändert und keine neue, leere Datendatei angelegt.',
  readOnly:
    'Die Datendatei {{file}} ist schreibgeschützt, daher kann Tiefgang keine Änderungen speichern. Erlauben Sie das Schreiben (in den Eigenschaften oder mit chmod u+w) oder öffnen Sie eine Kopie. Es wurde nichts geändert.',
  encrypted:
    'Die Datendatei {{file}} ist verschlüsselt und öffnet sich nur mit ihrer Passphrase. Es wurde nichts geändert.',
  wrongPassphrase:
    'Die Passphrase passt nicht zur Datendatei {{file}}. Es wurde nichts geändert; versuchen Sie es noch einmal.',
} satisfies typeof en;
