/*
 * futex.h - what a futex waiter is keyed by (kernel/futex.c).
 *
 * As Linux's union futex_key, there are three kinds of key, and futexes match only
 * when kind, object and offset are all equal:
 *  - FUTEX_KEY_PRIVATE: an operation with FUTEX_PRIVATE_FLAG; the address space and
 *    the address.  Only threads of one process can meet on it.
 *  - FUTEX_KEY_MM: a shared operation on a page private to one address space (private
 *    anonymous memory, or a copied page of a private file mapping); the address space
 *    and the address again, kept apart from the private kind as Linux keeps them.
 *  - FUTEX_KEY_INODE: a shared operation on a page of a file's page cache (a MAP_SHARED
 *    file, MAP_SHARED | MAP_ANONYMOUS memory, which is an unnamed ramfs file, or a
 *    file page a private mapping has not copied yet); the file and the byte offset in
 *    it, so every process mapping that page meets there, at whatever address.  Such a
 *    key holds a reference to the inode.
 */
#ifndef _LINUX_FUTEX_H
#define _LINUX_FUTEX_H

#include <uapi/linux/futex.h>

struct mm_struct;
struct inode;
struct task_struct;

enum futex_key_kind {
	FUTEX_KEY_NONE,			/* not waiting */
	FUTEX_KEY_PRIVATE,
	FUTEX_KEY_MM,
	FUTEX_KEY_INODE,
};

struct futex_key {
	enum futex_key_kind kind;
	void *object;			/* the struct mm_struct or the struct inode */
	unsigned long offset;		/* the user address, or the byte offset in the file */
};

/*
 * A task's place in the futex wait queue (Linux's struct futex_q).  While
 * queued, the key holds its own reference (an inode key's); whoever unqueues
 * the task (a wake, a requeue, the waiter itself on a timeout) moves or drops it.
 */
struct futex_q {
	struct futex_key key;		/* kind FUTEX_KEY_NONE: not queued */
	u32 bitset;			/* FUTEX_WAIT_BITSET's: which wakes reach us */
	unsigned long seq;		/* queue order: wakes take the earliest first */
};

/* kernel/futex.c: at thread exit and exec, mark the robust locks the task holds. */
void exit_robust_list(struct task_struct *curr);

#endif
