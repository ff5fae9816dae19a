/**
 * The entry point of the start-up snapshot (built by cli/snapshot/build.ts, started by
 * bin/tcc-lite). Node would spend ~0.3 s loading ~130 modules and building chevrotain's
 * grammar on every `tcc-lite` run; a V8 start-up snapshot holds that heap ready-made.
 *
 * Every command is imported here, not on demand as in cli/program.ts, so that all of
 * them are in the snapshot.
 */
import { startupSnapshot } from 'node:v8';
import { pathToFileURL } from 'node:url';
import '../commands/build.js';
import '../commands/binutils.js';
import '../commands/cc.js';
import '../commands/run.js';
import '../commands/run-build.js';
import { exitQuietlyOnBrokenPipe, exitWhenFlushed, runCommandLine } from '../program.js';
import { warmUp } from './warm-up.js';

declare global {
  /** What `import.meta.url` reads in the bundle (see build.ts): the bundle's own URL. */
  var __tccModuleUrl: string;
}

function start(argv: string[]): void {
  exitQuietlyOnBrokenPipe();
  runCommandLine(argv).then(exitWhenFlushed);
}

if (startupSnapshot.isBuildingSnapshot()) {
  warmUp();
  startupSnapshot.setDeserializeMainFunction(() => {
    // bin/tcc-lite passes the bundle's path where a script's path would be, so argv has
    // its usual shape and the code learns where it lives now (the package may have moved
    // since the snapshot was built).
    globalThis.__tccModuleUrl = pathToFileURL(process.argv[1]).href;
    start(process.argv);
  });
} else {
  start(process.argv);
}
