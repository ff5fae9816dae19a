/*
 * futex.h - the futex system call and robust futex lists as user space sees
 * them (Linux's numbers and layouts).
 */
#ifndef _UAPI_LINUX_FUTEX_H
#define _UAPI_LINUX_FUTEX_H

#include <linux/compiler.h>
#include <linux/types.h>

/* Operations: the low bits of futex()'s op. */
#define FUTEX_WAIT		0
#define FUTEX_WAKE		1
#define FUTEX_FD		2
#define FUTEX_REQUEUE		3
#define FUTEX_CMP_REQUEUE	4
#define FUTEX_WAKE_OP		5
#define FUTEX_LOCK_PI		6
#define FUTEX_UNLOCK_PI		7
#define FUTEX_TRYLOCK_PI	8
#define FUTEX_WAIT_BITSET	9
#define FUTEX_WAKE_BITSET	10
#define FUTEX_WAIT_REQUEUE_PI	11
#define FUTEX_CMP_REQUEUE_PI	12

#define FUTEX_PRIVATE_FLAG	128
#define FUTEX_CLOCK_REALTIME	256
#define FUTEX_CMD_MASK		~(FUTEX_PRIVATE_FLAG | FUTEX_CLOCK_REALTIME)

/*
 * Robust futexes: each thread registers (set_robust_list) the head of a list
 * of the locks it holds, threaded through user memory.  When the thread dies,
 * the kernel walks the list and marks every lock still held by it.
 */
struct robust_list {
	struct robust_list __user *next;
};

struct robust_list_head {
	struct robust_list list;	/* the first lock, or the head itself: empty */
	long futex_offset;		/* the futex word is at entry + futex_offset */
	struct robust_list __user *list_op_pending;	/* a lock being taken or released */
};

/* The futex word of a robust lock: the holder's tid and two flags. */
#define FUTEX_WAITERS		0x80000000	/* someone sleeps: the unlocker must wake */
#define FUTEX_OWNER_DIED	0x40000000	/* the holder died holding it */
#define FUTEX_TID_MASK		0x3fffffff

/* At most this many entries are looked at: the list may be circular or garbage. */
#define ROBUST_LIST_LIMIT	2048

/* FUTEX_WAIT_BITSET/WAKE_BITSET: a wake reaches waiters whose bitset shares a bit. */
#define FUTEX_BITSET_MATCH_ANY	0xffffffff

/*
 * FUTEX_WAKE_OP's val3: an operation on *uaddr2 and a comparison of its old
 * value that decides whether waiters on uaddr2 are woken too.
 */
#define FUTEX_OP_SET		0	/* *uaddr2 = oparg */
#define FUTEX_OP_ADD		1	/* *uaddr2 += oparg */
#define FUTEX_OP_OR		2	/* *uaddr2 |= oparg */
#define FUTEX_OP_ANDN		3	/* *uaddr2 &= ~oparg */
#define FUTEX_OP_XOR		4	/* *uaddr2 ^= oparg */
#define FUTEX_OP_OPARG_SHIFT	8	/* use (1 << oparg) as the operand */

#define FUTEX_OP_CMP_EQ		0	/* wake if old == cmparg */
#define FUTEX_OP_CMP_NE		1
#define FUTEX_OP_CMP_LT		2
#define FUTEX_OP_CMP_LE		3
#define FUTEX_OP_CMP_GT		4
#define FUTEX_OP_CMP_GE		5

#define FUTEX_OP(op, oparg, cmp, cmparg) \
	((((op) & 0xf) << 28) | (((cmp) & 0xf) << 24) | (((oparg) & 0xfff) << 12) | ((cmparg) & 0xfff))

#endif
