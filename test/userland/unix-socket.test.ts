/**
 * Unix-domain sockets that behave as Linux's: socketpair between a parent and a child,
 * message boundaries, end of file, ECONNRESET, EPIPE and SIGPIPE, nonblocking sockets,
 * poll and select, options and misuse (unix_pair_case); a server bound to a path with
 * fork()ed clients, the errors of bind and connect, accept's forms, datagrams to a
 * path and abstract names (unix_named_case); passing descriptors and credentials
 * (unix_scm_case).  Each case (test/userland/c/NAME.c) must
 * print natively what glibc prints, and the same in the emulator, where our kernel's
 * net/ does the work.  socket_headers_case checks sys/socket.h and sys/un.h.
 */
import { describe, expect, it } from 'vitest';
import { itPrintsGlibcOutputInEmulator, useGlibcCases } from './glibc-cases.js';

const cases = useGlibcCases('tcc-lite-unix-socket-');
const { expectSameAsGlibc } = cases;

describe('Unix-domain sockets', () => {
  it('sys/socket.h and sys/un.h: layouts, constants and CMSG_* as glibc', async () => {
    const out = await expectSameAsGlibc('socket_headers_case');
    expect(out).toContain('sizeof(struct sockaddr_un) 110\n');
    expect(out).toContain('header 1 at offset 32, data at 48, len 28\n');
  });

  it('socket pairs: echo with a child, boundaries, EOF, ECONNRESET, SIGPIPE, EAGAIN, poll, options, errors', async () => {
    const out = await expectSameAsGlibc('unix_pair_case');
    expect(out).toContain('echo: UNIX DOMAIN\n');
    expect(out).toContain('one write of 600000 bytes: 600000\nthe child read 600000 bytes, checksum f536acc5f9869320\n');
    expect(out).toContain('recv into 5 bytes: 5\n  got "three"\n');
    expect(out).toContain('then the reset: -1 Connection reset by peer\n');
    expect(out).toContain('write to a closed peer: -1 Broken pipe\nSIGPIPE caught 1 times\n');
    expect(out).toContain('select waited for the child: 1, readable 1\n');
    expect(out).toContain('socket of family 100: -1 Address family not supported by protocol\n');
  });

  it('named sockets: bind, listen, accept, connect, datagrams to a path, abstract names', async () => {
    const out = await expectSameAsGlibc('unix_named_case');
    expect(out).toContain('  S_ISSOCK 1, mode 755, size 0\n');
    expect(out).toContain('  got 3\nchild exited 0\n');
    expect(out).toContain('connect after the server closed: -1 Connection refused\n');
    expect(out).toContain('bind the same path again: -1 Address already in use\n');
    expect(out).toContain('connect to nothing: -1 No such file or directory\n');
    expect(out).toContain('accept interrupted: -1 Interrupted system call\n');
    expect(out).toContain('  sender: DIR/dcl (len = path + 3)\n');
  });

  it('passing descriptors and credentials: SCM_RIGHTS, MSG_CTRUNC, MSG_CMSG_CLOEXEC, SO_PASSCRED', async () => {
    const out = await expectSameAsGlibc('unix_scm_case');
    expect(out).toContain('the child wrote "456" into the pipe\n');
    expect(out).toContain('read "from the child"\n');
    expect(out).toContain('  got 2 descriptors, MSG_CTRUNC set\n');
    expect(out).toContain('  level 1 type 2 len 28: pid is the child\'s 1, uid 1, gid 1\n');
  });

  itPrintsGlibcOutputInEmulator(cases, ['unix_pair_case', 'unix_named_case', 'unix_scm_case']);
});
