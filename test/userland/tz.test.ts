/**
 * Time zones in the libc (timezone.c, tzif.c, calendar.c): tzset's choice of zone from TZ
 * (POSIX strings, TZif files under /usr/share/zoneinfo, UTC), localtime and strftime's
 * %Z/%z, mktime with tm_isdst -1/0/1 across skipped and repeated hours, and the overflow
 * of years past int. test/userland/c/tz_case.c is built three ways and must print what
 * glibc prints (glibc-cases.ts); its POSIX-string half also runs in the emulator, which
 * has no zoneinfo files.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { boot, buildTree, type Built } from '../golden/harness.js';
import { firstDifferences, useGlibcCases } from './glibc-cases.js';
import { runProgram } from './run.js';

const cases = useGlibcCases('tcc-lite-tz-');
const { buildCase, expectSameAsGlibc } = cases;

describe('time zones', () => {
  it('POSIX strings and TZif zones give glibc\'s tzname, localtime, strftime and mktime', async () => {
    const out = await expectSameAsGlibc('tz_case');
    expect(out).toContain('TZ="EST5EDT,M3.2.0,M11.1.0": tzname=[EST,EDT] timezone=18000 daylight=1\n');
    expect(out).toContain('TZ="Europe/London": tzname=[GMT,BST] timezone=0 daylight=1\n');
    expect(out).toContain('TZ="": tzname=[UTC,UTC] timezone=0 daylight=0\n');
    expect(out).toContain('  1636264800 2021-11-07 01:00:00 EST -0500 wday=0 yday=310 isdst=0 gmtoff=-18000\n');
    // The skipped 02:30 of New York read as standard time: 03:30 EDT.
    expect(out).toContain('  mktime(2021-3-14 2:30:0 isdst -1) = 1615707000 2021-03-14 03:30:00 EDT -0400');
    expect(out).toContain('mktime(all INT_MAX) = -1 errno=EOVERFLOW unchanged=1\n');
  });

  it('with only POSIX strings, the program prints the same natively', async () => {
    const env = { PATH: '/usr/bin:/bin', LC_ALL: 'C' };
    const glibc = runProgram(await buildCase('tz_case', 'glibc'), ['x', 'posix'], { env });
    const ours = runProgram(await buildCase('tz_case', 'ours'), ['x', 'posix'], { env });
    expect(glibc.stdout).toContain('TZ="NZST-12NZDT,M9.5.0,M4.1.0/3"');
    expect(firstDifferences(ours.stdout, glibc.stdout)).toEqual([]);
  });
});

describe('time zones in the emulator', () => {
  let built: Built;
  beforeAll(async () => {
    built = await buildTree();
  }, 120_000);

  it('compiled by tcc-lite, the POSIX-string zones print what glibc prints natively', async () => {
    const exe = await buildCase('tz_case', 'tcc');
    const expected = runProgram(await buildCase('tz_case', 'glibc'), ['/tmp/tz_case', 'posix'], {
      // As in the emulator: no zoneinfo, so TZ="UTC" is a POSIX string without an offset.
      env: { PATH: '/usr/bin:/bin', LC_ALL: 'C', TZDIR: '/nonexistent' },
    }).stdout;
    expect(expected).toContain('TZ="UTC": tzname=[UTC,] timezone=0 daylight=0\n');
    const booted = await boot(built, { command: 'tz_case /tmp/tz_case posix', files: [`/bin/tz_case=${exe}`] });
    expect(firstDifferences(booted.output, expected)).toEqual([]);
    expect(booted.exitCode).toBe(0);
  }, 120_000);
});
