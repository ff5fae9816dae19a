/**
 * The kernel's configuration and version, read the way Linux's build reads them:
 * `.config` (CONFIG_* lines) and the top Makefile's VERSION/PATCHLEVEL/SUBLEVEL/EXTRAVERSION.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A `.config` value: `y`/`m`, a quoted string (kept with its quotes) or a number as written. */
export type KconfigValue = string;

export interface KernelConfig {
  /** CONFIG_* options that are set, in file order. */
  options: Map<string, KconfigValue>;
}

export interface KernelVersion {
  version: string;
  patchlevel: string;
  sublevel: string;
  extraversion: string;
  name: string;
}

export function parseKconfig(text: string): KernelConfig {
  const options = new Map<string, KconfigValue>();
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const eq = line.indexOf('=');
    if (eq < 0 || !line.startsWith('CONFIG_')) continue;
    const value = line.slice(eq + 1);
    if (value === 'n') continue; // "n" means unset, as in Kconfig
    options.set(line.slice(0, eq), value);
  }
  return { options };
}

/** `CONFIG_LOCALVERSION="-stephen"` → `-stephen`. */
export function configString(config: KernelConfig, name: string): string {
  const v = config.options.get(name);
  if (v === undefined) return '';
  if (v.length >= 2 && v.startsWith('"') && v.endsWith('"')) return unescapeKconfigString(v.slice(1, -1));
  return v;
}

function unescapeKconfigString(s: string): string {
  return s.replace(/\\(.)/g, '$1');
}

export function configEnabled(config: KernelConfig, name: string): boolean {
  return config.options.get(name) === 'y';
}

/** include/generated/autoconf.h as Kconfig writes it. */
export function autoconfHeader(config: KernelConfig): string {
  const lines = ['/*', ' * Automatically generated file; DO NOT EDIT.', ' * tcc-lite kernel configuration', ' */'];
  for (const [name, value] of config.options) {
    if (value === 'y') lines.push(`#define ${name} 1`);
    else if (value === 'm') lines.push(`#define ${name}_MODULE 1`);
    else lines.push(`#define ${name} ${value}`);
  }
  return lines.join('\n') + '\n';
}

/** Reads `NAME = value` assignments from the top Makefile. */
export function parseKernelVersion(makefileText: string): KernelVersion {
  const get = (key: string): string => {
    const m = new RegExp(`^${key}\\s*=[ \\t]*(.*)$`, 'm').exec(makefileText);
    return m ? m[1].trim() : '';
  };
  return {
    version: get('VERSION'),
    patchlevel: get('PATCHLEVEL'),
    sublevel: get('SUBLEVEL'),
    extraversion: get('EXTRAVERSION'),
    name: get('NAME'),
  };
}

/** KERNELRELEASE = VERSION.PATCHLEVEL.SUBLEVEL + EXTRAVERSION + localversion files + CONFIG_LOCALVERSION. */
export function kernelRelease(srcDir: string, version: KernelVersion, config: KernelConfig, localversionFiles: string[]): string {
  let release = `${version.version}.${version.patchlevel}.${version.sublevel}${version.extraversion}`;
  for (const f of localversionFiles) release += readFileSync(join(srcDir, f), 'utf8').trim();
  release += configString(config, 'CONFIG_LOCALVERSION');
  release += process.env.LOCALVERSION ?? '';
  return release;
}
