#!/usr/bin/env node
/**
 * The `tcc-lite` command, started from plain modules. bin/tcc-lite prefers the start-up
 * snapshot (cli/snapshot/entry.ts), which runs the same program without loading it.
 */
import { exitQuietlyOnBrokenPipe, exitWhenFlushed, runCommandLine } from './program.js';

exitQuietlyOnBrokenPipe();
runCommandLine(process.argv).then(exitWhenFlushed);
