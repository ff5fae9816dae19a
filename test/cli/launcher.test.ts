/**
 * bin/tcc-lite starts node without NODE_EXTRA_CA_CERTS: tcc-lite opens no TLS
 * connection, and node would parse the named CA bundle at every start-up (~70 ms), or
 * warn on every command when it names no readable file. And it runs under any
 * NODE_OPTIONS: V8 refuses the start-up snapshot made without the user's V8 flags.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, it } from 'vitest';

const launcher = join(__dirname, '../..', 'bin/tcc-lite');

it('starts node without NODE_EXTRA_CA_CERTS', () => {
  for (const snapshot of [{}, { TCC_LITE_NO_SNAPSHOT: '1' }]) {
    const r = spawnSync(launcher, ['--version'], { encoding: 'utf8', env: { ...process.env, ...snapshot, NODE_EXTRA_CA_CERTS: '/nonexistent/ca.pem' } });
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe('0.1.0');
    expect(r.status).toBe(0);
  }
});

it('runs with V8 flags in NODE_OPTIONS (the start-up snapshot was made without them)', () => {
  const r = spawnSync(launcher, ['--version'], { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '--max-old-space-size=4096' } });
  expect(r.stderr).toBe('');
  expect(r.stdout.trim()).toBe('0.1.0');
  expect(r.status).toBe(0);
});
