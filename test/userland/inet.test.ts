/**
 * TCP and UDP over loopback (kernel-src/net/ipv4) and the libc calls the sockets chapter
 * of an operating-systems course makes (netdb.h): an echo server and its client, a poll
 * server with several clients, a UDP exchange, the errors of connect, bind, send and
 * receive, and getaddrinfo and friends. Each case (test/userland/c/NAME.c) must print
 * natively what glibc prints on the host's loopback, and the same in the emulator, where
 * our kernel does the work. Ports are picked by the kernel and never printed.
 */
import { describe, expect, it } from 'vitest';
import { itPrintsGlibcOutputInEmulator, useGlibcCases } from './glibc-cases.js';

const cases = useGlibcCases('tcc-lite-inet-');
const { expectSameAsGlibc } = cases;

describe('TCP and UDP over loopback', () => {
  it('TCP: echo over fork, names, shutdown, MSG_PEEK/WAITALL/DONTWAIT, RST, EPIPE and SIGPIPE, bind errors, options', async () => {
    const out = await expectSameAsGlibc('inet_tcp_case');
    expect(out).toContain('client got 17 bytes: operating systems\n');
    expect(out).toContain('closed with unread data: the peer reads: -1 ECONNRESET\n');
    expect(out).toContain('write again: -1 EPIPE\nSIGPIPE 1\n');
    expect(out).toContain('connect to a bound port nobody listens on: -1 ECONNREFUSED\n');
    expect(out).toContain('with SO_REUSEADDR: 0\nlisten: 0\n');
    expect(out).toContain('SO_RCVBUF 16384 SO_SNDBUF 16384 after setting 8192\n');
  });

  it('TCP: readiness under poll and select, and one poll loop serving three forked clients', async () => {
    const out = await expectSameAsGlibc('inet_poll_case');
    expect(out).toContain('the client closed: poll 1 revents 0x2005\n');
    expect(out).toContain('served 3 clients, 24 bytes\n');
  });

  it('UDP: ping and pong, boundaries, MSG_TRUNC, connected sockets and ECONNREFUSED on the next call', async () => {
    const out = await expectSameAsGlibc('inet_udp_case');
    expect(out).toContain('server got 4 bytes ping from len 16 family 2 127.0.0.1 port matches\n');
    expect(out).toContain('recv 4 with MSG_TRUNC gives the real length: 10\n');
    expect(out).toContain('send: 1\nnext recv: -1 ECONNREFUSED\nthen: -1 EAGAIN\n');
  });

  it('netdb: byte order, getaddrinfo (numeric, localhost, AI_PASSIVE, unknown names), getnameinfo, gethostbyname', async () => {
    const out = await expectSameAsGlibc('inet_netdb_case');
    expect(out).toContain('  family 2 socktype 2 protocol 17 addrlen 16 127.0.0.1:0 canon localhost\n');
    expect(out).toContain('getaddrinfo(nosuch.invalid, 80, flags 0, socktype 1): -2 Name or service not known\n');
    expect(out).toContain('server read 15: via getaddrinfo\n');
  });

  itPrintsGlibcOutputInEmulator(cases, ['inet_tcp_case', 'inet_poll_case', 'inet_udp_case', 'inet_netdb_case']);
});
