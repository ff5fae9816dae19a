import { describe, expect, it } from 'vitest';
import { autoconfHeader, configString, parseKconfig, parseKernelVersion } from '../../cli/build/kconfig.js';

describe('.config and the version', () => {
  const config = parseKconfig('# comment\nCONFIG_LOCALVERSION="-stephen"\nCONFIG_SMP=y\nCONFIG_LOG_BUF_SHIFT=17\n# CONFIG_X86_X32_ABI is not set\nCONFIG_FOO=n\n');

  it('reads strings, booleans and numbers; "is not set" and =n are unset', () => {
    expect(configString(config, 'CONFIG_LOCALVERSION')).toBe('-stephen');
    expect(config.options.has('CONFIG_X86_X32_ABI')).toBe(false);
    expect(config.options.has('CONFIG_FOO')).toBe(false);
  });

  it('writes autoconf.h as Kconfig does', () => {
    const h = autoconfHeader(config);
    expect(h).toContain('#define CONFIG_LOCALVERSION "-stephen"\n');
    expect(h).toContain('#define CONFIG_SMP 1\n');
    expect(h).toContain('#define CONFIG_LOG_BUF_SHIFT 17\n');
  });

  it('reads VERSION, PATCHLEVEL, SUBLEVEL and an empty EXTRAVERSION from the Makefile', () => {
    const v = parseKernelVersion('VERSION = 4\nPATCHLEVEL = 7\nSUBLEVEL = 1\nEXTRAVERSION =\nNAME = Psychotic Stoned Sheep\n');
    expect(v).toEqual({ version: '4', patchlevel: '7', sublevel: '1', extraversion: '', name: 'Psychotic Stoned Sheep' });
  });
});
