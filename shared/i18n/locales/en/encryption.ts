// Settings → Encryption, and the screen that asks for the passphrase of an encrypted data file.
export default {
  title: 'Encryption',
  offText:
    'Encrypt the data file and its backups with a passphrase. Someone who copies the files — from a lost laptop, a backup drive or a synced folder — cannot read them without it. Tiefgang cannot recover a forgotten passphrase: without it the data is lost.',
  onText:
    'The data file and its backups are encrypted (AES-256 with a key from your passphrase). While Tiefgang is open and unlocked, anyone at this computer can see your data, as before.',
  passphrase: 'Passphrase',
  passphraseHint:
    'At least {{min}} characters; a sentence only you know is easy to remember and hard to guess.',
  repeat: 'Repeat the passphrase',
  remember: 'Remember the key on this computer (system keychain)',
  rememberHint: 'Tiefgang then opens without asking. Anyone who can log in as you can open it too.',
  rememberUnavailable: 'This system offers no keychain, so Tiefgang asks for the passphrase at every start.',
  enable: 'Encrypt the data file',
  enabling: 'Encrypting…',
  enabled:
    'The data file and its backups are encrypted now. The file as it was is kept, encrypted too, as {{keptAs}}.',
  disableTitle: 'Turn encryption off',
  disableText:
    'The data file and its backups are written unencrypted again. The encrypted file is kept beside it; it opens only with the passphrase.',
  disable: 'Turn encryption off',
  disabling: 'Decrypting…',
  disabled: 'The data file is no longer encrypted. The encrypted file is kept as {{keptAs}}.',
  rememberedOn: 'The key is kept in this computer’s keychain.',
  rememberedOff:
    'The key was removed from this computer’s keychain; Tiefgang asks for the passphrase at the next start.',
  tooShort: 'The passphrase needs at least {{min}} characters.',
  mismatch: 'The two passphrases differ.',
  wrong: 'The passphrase does not fit. Nothing was changed.',
  empty: 'Enter the passphrase.',
  unlockTitle: 'The data file is encrypted',
  unlockText: 'Enter the passphrase of {{file}} to open it.',
  unlock: 'Open',
  unlocking: 'Opening…',
  forgotten:
    'Without the passphrase the data cannot be opened. If you kept an unencrypted export, you can start a new data file and import it.',
};
