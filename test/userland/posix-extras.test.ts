/**
 * POSIX and GNU pieces gnulib's configure and tests looked for: faccessat's flags
 * (faccessat2 with a fallback on older kernels, as the emulated one), eaccess and
 * euidaccess; timespec_get, clock_settime, getdtablesize, siginterrupt,
 * futimes, lutimes, close_range, ecvt/fcvt/gcvt, the C2x width macros, netdb's reentrant
 * lookups and fts. Each case (test/userland/c/NAME.c) is built three ways and must print
 * what glibc prints (glibc-cases.ts); the cases also run in the emulator, whose kernel
 * lacks the newer system calls, so the fallbacks are exercised there.
 */
import { describe, expect, it } from 'vitest';
import { itPrintsGlibcOutputInEmulator, useGlibcCases } from './glibc-cases.js';

const cases = useGlibcCases('tcc-lite-posix-extras-');
const { expectSameAsGlibc } = cases;

describe('faccessat flags', () => {
  it('AT_EACCESS and AT_SYMLINK_NOFOLLOW are honoured; eaccess and euidaccess use the effective ids', async () => {
    const out = await expectSameAsGlibc('posix_access_case');
    expect(out).toContain('  file5 F NOFOLLOW                   ok\n');
    expect(out).toContain('  bad flag 1                         -1 Invalid argument\n');
  });
});

describe('small POSIX, BSD and C11 calls', () => {
  it('timespec_get, clock_settime, getdtablesize, siginterrupt, futimes, lutimes, close_range, ecvt/fcvt/gcvt, width macros', async () => {
    const out = await expectSameAsGlibc('gnulib_functions_case');
    expect(out).toContain('close_range 0 fd0 open fd1 closed fd2 closed fd3 open\n');
    expect(out).toContain('9.995 1: ecvt "10" 2 0');
  });
});

describe("what Tcl's sources use", () => {
  it('in6addr_any/_loopback and IN6_IS_ADDR_*, fd_mask, sysconf _SC_GETPW_R_SIZE_MAX, the modem-control ioctls', async () => {
    const out = await expectSameAsGlibc('tcl_needs_case');
    expect(out).toContain(':: ::1 1 1\n');
    expect(out).toContain('getpw_r 1024 getgr_r 1024\n');
  });
});

describe('large-file names', () => {
  it('struct stat64, off64_t, open64, lseek64, pread64, stat64, fopen64, fseeko64 under _LARGEFILE64_SOURCE', async () => {
    expect(await expectSameAsGlibc('largefile64_case')).toContain('fstat64 0 size 8589934593\n');
  });
});

describe('netdb', () => {
  it('services from /etc/services (getservbyname/port, getaddrinfo and getnameinfo), gethostbyaddr, IPV6_V6ONLY', async () => {
    const out = await expectSameAsGlibc('netdb_services_case');
    expect(out).toContain('IPV6_V6ONLY 26: set 0 get 0 value 1\n');
  });
  it('getaddrinfo: glibc\'s order of wildcard and loopback addresses, AI_V4MAPPED and AI_ALL', async () => {
    const out = await expectSameAsGlibc('getaddrinfo_mapped_case');
    expect(out).toContain('passive unspec: ok [2 0.0.0.0] [10 ::]\n');
    expect(out).toContain('v6 127.0.0.1 mapped: ok [10 ::ffff:127.0.0.1]\n');
  });
  it('gethostbyname_r, gethostbyname2(_r), gethostbyaddr_r: entries, not found, ERANGE, a bad family or length', async () => {
    const out = await expectSameAsGlibc('hostent_r_case');
    expect(out).toContain('8-byte buffer: rc Numerical result out of range result NULL h_errno -1\n');
    expect(out).toContain('::1 (v6)               rc 0 result set name ::1 type 10 length 16 addr ::1\n');
  });
});

describe('fts', () => {
  it('walks as glibc: orders, links, cycles, FTS_SEEDOT/NOSTAT/SKIP/AGAIN/FOLLOW, fts_children, the working directory', async () => {
    const out = await expectSameAsGlibc('fts_case');
    expect(out).toContain('  DC     L2 up             path=t/a/up acc=t/a/up in=. cycle=t L0 namelen=2 pathlen=6\n');
    expect(out).toContain('  D      L2 deep           path=t/link-d/deep acc=deep in=t/a namelen=4 pathlen=13\n');
    expect(out).toContain('removed: 0\n');
  });
});

describe('nl_langinfo', () => {
  it('answers the era, alternative digit, currency and yes/no items as the C locale', async () => {
    expect(await expectSameAsGlibc('langinfo_items_case')).toContain('CRNCYSTR     "-"\n');
  });
});

describe('in the emulator', () => {
  // Not gnulib_functions_case: the emulated kernel lacks clock_settime and caps RLIMIT_NOFILE at 64.
  itPrintsGlibcOutputInEmulator(cases, ['posix_access_case', 'langinfo_items_case', 'fts_case']);
});
