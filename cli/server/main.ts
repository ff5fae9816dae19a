/**
 * The client process bin/tcc-lite starts first for `tcc-lite cc|as|ld` (client.ts): a
 * plain node, as it loads little (~40 ms; the snapshot of the whole command takes ~100).
 * Exit status 0: a server ran the command and its output is written; any other status,
 * whatever the cause, tells the launcher to run the command itself.
 */
import { runOnServer } from './client.js';

/** Not run by a server: the launcher goes on to run the command. */
const RUN_HERE = 75;

runOnServer(process.argv.slice(2)).then((served) => {
  // Not process.exit(): standard output may be a pipe still being written.
  process.exitCode = served ? 0 : RUN_HERE;
});
