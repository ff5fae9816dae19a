/*
 * System V shared memory as an operating-systems course uses it: a segment shared
 * by parent and child, attachments counted through fork, exec, shmdt and exit,
 * read-only attachments, chosen addresses, keys and their errors, and IPC_RMID
 * while attached.  Every segment is removed before the program ends.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ipc.h>
#include <sys/shm.h>
#include <sys/wait.h>
#include <unistd.h>
#include "sysv_ipc_util.h"

#define PAGE 4096UL

static unsigned long nattch(int id)
{
	struct shmid_ds ds;

	if (shmctl(id, IPC_STAT, &ds) < 0)
		return 999;
	return ds.shm_nattch;
}

static void print_stat(const char *when, int id)
{
	struct shmid_ds ds;

	if (shmctl(id, IPC_STAT, &ds) < 0) {
		printf("%s: IPC_STAT %s\n", when, errname(errno));
		return;
	}
	printf("%s: size %zu, nattch %lu, mode %04o, key %s, cuid == uid %d, uid %s, cpid is me %d\n",
	       when, ds.shm_segsz, (unsigned long)ds.shm_nattch, (unsigned)ds.shm_perm.mode,
	       ds.shm_perm.__key == IPC_PRIVATE ? "private" : "set", ds.shm_perm.cuid == getuid(),
	       ds.shm_perm.uid == getuid() ? "mine" : "other", ds.shm_cpid == getpid());
}

/* Parent and child share a segment: the child's stores are the parent's, both ways. */
static void share_with_child(const char *self)
{
	int id = shmget(IPC_PRIVATE, 10000, IPC_CREAT | 0600);
	char arg[32], *p;

	print_stat("new segment", id);
	p = shmat(id, NULL, 0);
	strcpy(p, "parent wrote this");
	printf("attached once: nattch %lu\n", nattch(id));
	if (fork() == 0) {
		char *q = shmat(id, NULL, 0);

		printf("child sees \"%s\" at both attachments: %d, nattch %lu\n", p, strcmp(p, q) == 0, nattch(id));
		strcpy(q + 5000, "child wrote this");
		shmdt(q);
		printf("child after shmdt: nattch %lu\n", nattch(id));
		_exit(0);
	}
	wait_child("sharing");
	printf("parent reads \"%s\", nattch %lu\n", p + 5000, nattch(id));

	/* exec drops the attachments inherited by fork; the new program sees only the parent's */
	snprintf(arg, sizeof(arg), "%d", id);
	if (fork() == 0) {
		execlp(self, self, "--nattch", arg, (char *)NULL);
		_exit(127);
	}
	wait_child("exec");

	/* an attachment in a child that exits without shmdt goes with it */
	if (fork() == 0) {
		shmat(id, NULL, 0);
		shmat(id, NULL, SHM_RDONLY);
		printf("child attached twice more: nattch %lu\n", nattch(id));
		_exit(0);
	}
	wait_child("exit");
	printf("after the child's exit: nattch %lu\n", nattch(id));
	printf("shmdt: %s, ", result(shmdt(p)));
	printf("nattch %lu\n", nattch(id));
	printf("IPC_RMID: %s, ", result(shmctl(id, IPC_RMID, NULL)));
	printf("then IPC_STAT: %s\n", result(shmctl(id, IPC_STAT, &(struct shmid_ds){0})));
}

/* SHM_RDONLY maps the segment readable only: a store is a SIGSEGV. */
static void read_only(void)
{
	int id = shmget(IPC_PRIVATE, PAGE, 0600);
	char *p = shmat(id, NULL, 0);

	strcpy(p, "read me");
	if (fork() == 0) {
		volatile char *r = shmat(id, NULL, SHM_RDONLY);

		printf("read-only attachment reads \"%s\"\n", (char *)r);
		fflush(stdout);
		r[0] = 'X';
		printf("store went through\n");
		_exit(0);
	}
	wait_child("store to SHM_RDONLY");
	printf("segment still reads \"%s\"\n", p);
	shmdt(p);
	shmctl(id, IPC_RMID, NULL);
}

/* Attaching at a chosen address: page aligned, SHM_RND rounding, overlaps refused. */
static void addresses(void)
{
	int id = shmget(IPC_PRIVATE, 2 * PAGE, 0600);
	char *p = shmat(id, NULL, 0), *q;

	p[PAGE] = 'z';
	shmdt(p);
	q = shmat(id, p, 0);
	printf("attach at the same address: %s, byte '%c'\n", q == p ? "same" : "moved", q[PAGE]);
	printf("attach over it: %s\n", result((long)shmat(id, p + PAGE, 0)));
	printf("attach misaligned: %s\n", result((long)shmat(id, p + 100, 0)));
	printf("shmdt misaligned: %s\n", result(shmdt(p + 100)));
	printf("shmdt of the second page: %s\n", result(shmdt(p + PAGE)));
	shmdt(q);
	q = shmat(id, p + 100, SHM_RND);
	printf("SHM_RND rounds down: %s\n", q == p ? "yes" : "no");
	printf("shmdt: %s, ", result(shmdt(q)));
	printf("again: %s\n", result(shmdt(q)));
	printf("SHM_REMAP without an address: %s\n", result((long)shmat(id, NULL, SHM_REMAP)));
	shmctl(id, IPC_RMID, NULL);
}

/* Keys: IPC_CREAT, IPC_EXCL, sizes; the key is free as soon as IPC_RMID runs. */
static void keys(void)
{
	key_t key = 0x5c000000 | (getpid() & 0xffffff);
	int id = shmget(key, 3 * PAGE, IPC_CREAT | IPC_EXCL | 0640), id2;
	char *p;

	printf("create with a key: %s\n", result(id));
	printf("same key again: %s\n", shmget(key, PAGE, 0) == id ? "same id" : "other");
	printf("IPC_CREAT | IPC_EXCL: %s\n", result(shmget(key, PAGE, IPC_CREAT | IPC_EXCL | 0600)));
	printf("IPC_CREAT alone: %s\n", shmget(key, PAGE, IPC_CREAT | 0600) == id ? "same id" : "other");
	printf("bigger than the segment: %s\n", result(shmget(key, 4 * PAGE, 0)));
	printf("unknown key: %s\n", result(shmget(key + 1, PAGE, 0)));
	printf("size 0: %s\n", result(shmget(IPC_PRIVATE, 0, 0600)));
	print_stat("keyed segment", id);

	p = shmat(id, NULL, 0);
	strcpy(p, "still here");
	printf("IPC_RMID while attached: %s\n", result(shmctl(id, IPC_RMID, NULL)));
	{
		struct shmid_ds ds;

		shmctl(id, IPC_STAT, &ds);
		printf("after IPC_RMID: nattch %lu, SHM_DEST %d, key %s\n", (unsigned long)ds.shm_nattch,
		       (ds.shm_perm.mode & SHM_DEST) != 0, ds.shm_perm.__key == IPC_PRIVATE ? "private" : "set");
	}
	printf("the key is gone: %s\n", result(shmget(key, PAGE, 0)));
	id2 = shmget(key, PAGE, IPC_CREAT | IPC_EXCL | 0600);
	printf("a new segment with the key: %s, different id %d\n", result(id2), id2 != id);
	printf("memory still reads \"%s\"\n", p);
	printf("last shmdt: %s, ", result(shmdt(p)));
	printf("then IPC_STAT: %s\n", result(shmctl(id, IPC_STAT, &(struct shmid_ds){0})));
	shmctl(id2, IPC_RMID, NULL);
}

/* What ipcs does: SHM_INFO gives the highest slot in use, SHM_STAT reads a slot and returns its id. */
static void find_by_slot(int id)
{
	struct shm_info info;
	struct shmid_ds ds;
	int maxid = shmctl(0, SHM_INFO, (struct shmid_ds *)&info), slot, found = 0;

	for (slot = 0; slot <= maxid; slot++)
		if (shmctl(slot, SHM_STAT, &ds) == id)
			found = ds.shm_segsz == 100;
	printf("SHM_INFO counts segments: %d, SHM_STAT finds this one: %d\n", info.used_ids >= 1, found);
}

/* IPC_SET, bad ids and commands, and the limits IPC_INFO reports. */
static void control(void)
{
	int id = shmget(IPC_PRIVATE, 100, 0600);
	struct shmid_ds ds;
	struct shminfo info;

	shmctl(id, IPC_STAT, &ds);
	ds.shm_perm.mode = 0404;
	printf("IPC_SET: %s\n", result(shmctl(id, IPC_SET, &ds)));
	print_stat("after IPC_SET", id);
	find_by_slot(id);
	printf("bad command: %s\n", result(shmctl(id, 12345, &ds)));
	printf("negative id: %s\n", result(shmctl(-1, IPC_STAT, &ds)));
	shmctl(id, IPC_RMID, NULL);
	printf("removed id: IPC_STAT %s, ", result(shmctl(id, IPC_STAT, &ds)));
	printf("shmat %s, ", result((long)shmat(id, NULL, 0)));
	printf("IPC_RMID %s\n", result(shmctl(id, IPC_RMID, NULL)));
	printf("shmdt of memory that is not a segment: %s\n", result(shmdt(&ds)));
	printf("IPC_INFO: %s, ", shmctl(0, IPC_INFO, (struct shmid_ds *)&info) >= 0 ? "ok" : errname(errno));
	printf("shmmin %lu, shmmni %lu, shmmax is ULONG_MAX - 2^24: %d\n", info.shmmin, info.shmmni,
	       info.shmmax == ~0UL - (1UL << 24));
}

int main(int argc, char **argv)
{
	if (argc == 3 && strcmp(argv[1], "--nattch") == 0) {
		printf("exec'd child: nattch %lu\n", nattch(atoi(argv[2])));
		return 0;
	}
	setvbuf(stdout, NULL, _IONBF, 0);
	share_with_child(argv[0]);
	read_only();
	addresses();
	keys();
	control();
	return 0;
}
