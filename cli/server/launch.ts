/** Starting a warm server in the background. */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { packageRoot } from '../package-root.js';
import { claimSlot, releaseSlot, type ServerPlace } from './place.js';

/**
 * Starts a server for `slot` with bin/tcc-lite, which runs the code the client's own
 * fingerprint names (the same node, from the snapshot when it is usable), unless
 * another client is already starting one there. The server is detached into its own session with no inherited standard streams:
 * a Makefile or a test harness reading our output through a pipe must see it end when we
 * end, not when the server does. True when a server was started.
 */
export function startServer(place: ServerPlace, slot: number): boolean {
  if (!claimSlot(place, slot)) return false;
  try {
    const child = spawn(join(packageRoot(), 'bin/tcc-lite'), ['server', 'serve', String(slot)], {
      detached: true,
      stdio: 'ignore',
      cwd: '/',
    });
    child.on('error', () => releaseSlot(place, slot));
    child.unref();
    return true;
  } catch {
    releaseSlot(place, slot);
    return false;
  }
}
