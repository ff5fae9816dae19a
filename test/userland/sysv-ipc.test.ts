/**
 * System V IPC as Linux has it: shared memory (shmget/shmat/shmdt/shmctl), semaphores
 * (semget/semop/semtimedop/semctl) and message queues (msgget/msgsnd/msgrcv/msgctl),
 * through the classic operating-systems exercises and their error paths. Each case
 * (test/userland/c/NAME.c) must print natively what glibc prints, and the same in the
 * emulator, where our kernel does the work. The cases create private or pid-derived
 * keys and remove every object they make, so no host IPC objects are left behind.
 */
import { describe, expect, it } from 'vitest';
import { itPrintsGlibcOutputInEmulator, useGlibcCases } from './glibc-cases.js';

const cases = useGlibcCases('tcc-lite-sysv-ipc-');
const { expectSameAsGlibc } = cases;

describe('System V IPC', () => {
  it("headers: the structures and constants of sys/ipc.h, shm.h, sem.h and msg.h are glibc's; ftok is glibc's", async () => {
    const out = await expectSameAsGlibc('sysv_ipc_layout_case');
    expect(out).toContain('sizeof(struct shmid_ds) = 112\n');
    expect(out).toContain('sizeof(struct semid_ds) = 104\n');
    expect(out).toContain('sizeof(struct msqid_ds) = 120\n');
    expect(out).toContain(`ftok(".", 0x41) is glibc's key: 1\n`);
  });

  it('shared memory: fork, exec and exit count attachments, SHM_RDONLY faults, keys, IPC_RMID while attached', async () => {
    const out = await expectSameAsGlibc('sysv_shm_case');
    expect(out).toContain('child sees "parent wrote this" at both attachments: 1, nattch 3\n');
    expect(out).toContain('parent reads "child wrote this", nattch 1\n');
    expect(out).toContain("exec'd child: nattch 1\n");
    expect(out).toContain('store to SHM_RDONLY: child killed by signal 11\n');
    expect(out).toContain('after IPC_RMID: nattch 1, SHM_DEST 1, key private\n');
    expect(out).toContain('last shmdt: ok, then IPC_STAT: EINVAL\n');
  });

  it('semaphores: a guarded shared counter, sleepers in order, NOWAIT, timeout, signal, EIDRM, SEM_UNDO (threads share it), semctl', async () => {
    const out = await expectSameAsGlibc('sysv_sem_case');
    expect(out).toContain('counter after 300 + 300 guarded increments: 600, semaphore 1\n');
    expect(out).toContain('B (wants 1): ok\nafter +1: value 0, GETNCNT 1, GETPID is B 1\nA (wants 2): ok\n');
    expect(out).toContain('semop under a signal: EINTR\n');
    expect(out).toContain('semop when the array is removed: EIDRM\n');
    expect(out).toContain('after its exit: 5 1\n');
    expect(out).toContain("after the thread's end: 2\nthreads: child exited 0\nafter the process's end: 3\n");
    expect(out).toContain('past SEMVMX: ERANGE, sem_num 3: EFBIG, nsops 0: EINVAL, nsops 501: E2BIG\n');
  });

  it('message queues: producer and consumer through a small queue, selection by type, truncation, waiters, msgctl', async () => {
    const out = await expectSameAsGlibc('sysv_msg_case');
    expect(out).toContain('full queue: qnum 4, cbytes 32, qbytes 32');
    expect(out).toContain('consumer got 12 items, sum 650, queue now 0\n');
    expect(out).toContain('type -3 (lowest up to 3): type 1, 4 bytes "one"\n');
    expect(out).toContain('3 bytes for "one again": E2BIG\nstill queued: 1\n');
    expect(out).toContain('waiting with a 4-byte buffer: E2BIG\n');
    expect(out).toContain('msgrcv when the queue is removed: EIDRM\n');
    expect(out).toContain('msgsnd into a full queue when it is removed: EIDRM\n');
  });

  itPrintsGlibcOutputInEmulator(cases, ['sysv_ipc_layout_case', 'sysv_shm_case', 'sysv_sem_case', 'sysv_msg_case']);
});
