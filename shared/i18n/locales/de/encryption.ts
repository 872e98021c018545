import type en from '../en/encryption';

export default {
  title: 'Verschlüsselung',
  offText:
    'Verschlüsseln Sie die Datendatei und ihre Sicherungen mit einer Passphrase. Wer die Dateien kopiert – von einem verlorenen Laptop, einem Sicherungslaufwerk oder einem synchronisierten Ordner –, kann sie ohne sie nicht lesen. Tiefgang kann eine vergessene Passphrase nicht wiederherstellen: Ohne sie sind die Daten verloren.',
  onText:
    'Die Datendatei und ihre Sicherungen sind verschlüsselt (AES-256 mit einem Schlüssel aus Ihrer Passphrase). Solange Tiefgang geöffnet und entsperrt ist, sieht jede Person an diesem Computer Ihre Daten, wie bisher.',
  passphrase: 'Passphrase',
  passphraseHint:
    'Mindestens {{min}} Zeichen; ein Satz, den nur Sie kennen, ist leicht zu merken und schwer zu erraten.',
  repeat: 'Passphrase wiederholen',
  remember: 'Schlüssel auf diesem Computer merken (Schlüsselbund des Systems)',
  rememberHint:
    'Tiefgang öffnet dann ohne Nachfrage. Wer sich als Sie anmelden kann, kann die Datei dann auch öffnen.',
  rememberUnavailable:
    'Dieses System bietet keinen Schlüsselbund; Tiefgang fragt daher bei jedem Start nach der Passphrase.',
  enable: 'Datendatei verschlüsseln',
  enabling: 'Wird verschlüsselt …',
  enabled:
    'Die Datendatei und ihre Sicherungen sind jetzt verschlüsselt. Die Datei im vorherigen Stand bleibt, ebenfalls verschlüsselt, als {{keptAs}} erhalten.',
  disableTitle: 'Verschlüsselung ausschalten',
  disableText:
    'Die Datendatei und ihre Sicherungen werden wieder unverschlüsselt geschrieben. Die verschlüsselte Datei bleibt daneben erhalten; sie öffnet sich nur mit der Passphrase.',
  disable: 'Verschlüsselung ausschalten',
  disabling: 'Wird entschlüsselt …',
  disabled:
    'Die Datendatei ist nicht mehr verschlüsselt. Die verschlüsselte Datei bleibt als {{keptAs}} erhalten.',
  rememberedOn: 'Der Schlüssel liegt im Schlüsselbund dieses Computers.',
  rememberedOff:
    'Der Schlüssel wurde aus dem Schlüsselbund dieses Computers entfernt; Tiefgang fragt beim nächsten Start nach der Passphrase.',
  tooShort: 'Die Passphrase braucht mindestens {{min}} Zeichen.',
  mismatch: 'Die beiden Passphrasen stimmen nicht überein.',
  wrong: 'Die Passphrase passt nicht. Es wurde nichts geändert.',
  empty: 'Bitte geben Sie die Passphrase ein.',
  unlockTitle: 'Die Datendatei ist verschlüsselt',
  unlockText: 'Geben Sie die Passphrase von {{file}} ein, um sie zu öffnen.',
  unlock: 'Öffnen',
  unlocking: 'Wird geöffnet …',
  forgotten:
    'Ohne die Passphrase lassen sich die Daten nicht öffnen. Wenn Sie einen unverschlüsselten Export haben, können Sie eine neue Datendatei beginnen und ihn importieren.',
} satisfies typeof en;
