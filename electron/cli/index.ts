/** The `tiefgang` command (npm run cli, or the bin built to out/cli/tiefgang.mjs). Never imports electron. */
import { tolerateClosedPipe } from './closed-pipe';
import { run } from './run';

tolerateClosedPipe(process.stdout);
tolerateClosedPipe(process.stderr);

process.exitCode = await run(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
});
