/**
 * A second process that holds a store open: `node --import tsx test/harness/lock-holder.ts <file>`.
 * Prints `ready <pid>` once the lock is held, then waits until its stdin closes (or it is killed).
 */
import { openStore } from '../../electron/store/index';

const file = process.argv[2];
if (!file) throw new Error('usage: lock-holder.ts <data file>');
const store = await openStore({ path: file });
process.stdout.write(`ready ${process.pid}\n`);
process.stdin.resume();
process.stdin.on('end', () => {
  void store.close().then(() => process.exit(0));
});
