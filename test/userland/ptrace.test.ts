/**
 * ptrace as Linux's, for the course's "tiny strace" and "breakpoint debugger"
 * exercises: system-call stops (arguments, results and numbers changed by the tracer),
 * breakpoints poked into read-only text and single steps, fork/exec/exit events, attach,
 * seize, interrupt, detach, kill and the error codes; and the trap flag a program sets
 * itself (the emulator's single-step trap). Each case (test/userland/c/NAME.c) must print
 * natively what glibc prints, and the same in the emulator, where our kernel traces.
 */
import { describe, expect, it } from 'vitest';
import { itPrintsGlibcOutputInEmulator, useGlibcCases } from './glibc-cases.js';

const cases = useGlibcCases('tcc-lite-ptrace-');
const { expectSameAsGlibc } = cases;

describe('ptrace', () => {
  it('PTRACE_SYSCALL: entry and exit stops, a changed argument, result and skipped call', async () => {
    const out = await expectSameAsGlibc('ptrace_syscall_case');
    expect(out).toContain('entry open: rax -ENOSYS, orig_rax = PEEKUSER, "/nonexistent/file", 0\n');
    expect(out).toContain('exit open = -1 No such file or directory\n');
    expect(out).toContain('exit getpid = 777\n');
    expect(out).toContain('child exited with 6 (6: all it saw was as expected)\n');
  });

  it('a breakpoint debugger: int3 poked into text, registers at the hit, single steps', async () => {
    const out = await expectSameAsGlibc('ptrace_breakpoint_case');
    expect(out).toContain('hit 3: rip = work + 1, argument 30, si_code SI_KERNEL\n');
    expect(out).toContain('  stepped one instruction: yes, si_code TRAP_TRACE, TF clear\n');
    expect(out).toContain('child: exited 0\n');
  });

  it('events: fork (the child traced from birth), exit, exec, with their messages', async () => {
    const out = await expectSameAsGlibc('ptrace_events_case');
    expect(out).toContain('child forks: stopped by signal 5, event 1\n');
    expect(out).toContain('grandchild exits: stopped by signal 5, event 6\n');
    expect(out).toContain('exec event message is its pid: yes\n');
  });

  it('attach, seize, interrupt, detach, kill, PTRACE_O_EXITKILL and the error codes', async () => {
    const out = await expectSameAsGlibc('ptrace_attach_case');
    expect(out).toContain('PTRACE_CONT, running: -1 No such process\n');
    expect(out).toContain('interrupted spinner: stopped by signal 5, event 128\n');
    expect(out).toContain('its tracee: killed by signal 9\n');
  });

  it('the trap flag set by the program: SIGTRAP after each instruction', async () => {
    const out = await expectSameAsGlibc('trap_flag_case');
    expect(out).toBe('single-step traps: 6, with TRAP_TRACE: 6\n');
  });

  itPrintsGlibcOutputInEmulator(cases, [
    'ptrace_syscall_case', 'ptrace_breakpoint_case', 'ptrace_events_case', 'ptrace_attach_case', 'trap_flag_case',
  ]);
});
