/*
 * futex.c - fast user-space locking: the sleeping half of a lock whose
 * fast path is an atomic instruction in user space.
 *
 * FUTEX_WAIT(uaddr, val) sleeps only if *uaddr still holds val: the check
 * and the sleep are atomic because this kernel never switches tasks
 * inside a system call except in schedule() (one CPU, interrupts off), so
 * no FUTEX_WAKE can slip in between.  FUTEX_WAKE(uaddr, n) wakes up to n
 * of the waiters whose key is the one uaddr gives now, first queued first
 * (Linux's plist order for tasks of one priority).  The same atomicity makes
 * FUTEX_WAKE_OP's read-modify-write of a user word and the robust-list walk
 * at thread exit (exit_robust_list) atomic without a locked instruction.
 *
 * The key (linux/futex.h, Linux's get_futex_key) says which waiters a wake
 * can reach.  With FUTEX_PRIVATE_FLAG it is the address space and the
 * address.  Without it, a word in a page-cache page is keyed by the file and
 * its offset there, so processes sharing memory (MAP_SHARED, even at
 * different addresses) meet on it; a word in a private page (anonymous, or
 * a writable private file mapping's, which the operation copies first, as
 * Linux does) gets the address space and the address, as with the flag, but
 * the two kinds never match each other (private and shared operations on one
 * word stay apart, as on Linux).
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/time.h>
#include <linux/fs.h>
#include <linux/mm.h>
#include <linux/futex.h>
#include <linux/syscalls.h>
#include <asm/setup.h>
#include <asm/uaccess.h>

/* Every futex waiter sleeps on this one channel; its futex_q tells them apart. */
static int futex_queue;

/* The order tasks were queued in: wakes take the earliest first. */
static unsigned long futex_seq;

/*
 * A page-cache page mapped at address, keyed by its file: the inode and the
 * byte offset.  The key holds a reference to the inode, so the file and its
 * pages stay while someone waits on them, even if every mapping goes.
 * Returns 0 when the page there is not a file's (a private page).
 */
static int get_inode_key(struct mm_struct *mm, unsigned long address, struct futex_key *key)
{
	struct vm_area_struct *vma = find_vma(mm, address);
	pte_t *pte = lookup_pte(mm->pgd, address, 0);
	unsigned long index;

	if (!vma || !vma->vm_file || !pte || !(*pte & _PAGE_PRESENT) || !(*pte & _PAGE_SHM))
		return 0;
	index = vma->vm_pgoff + ((address - vma->vm_start) >> PAGE_SHIFT);
	key->kind = FUTEX_KEY_INODE;
	key->object = vma->vm_file->f_inode;
	key->offset = (index << PAGE_SHIFT) | (address & ~PAGE_MASK);
	iget(vma->vm_file->f_inode);
	return 1;
}

/*
 * Map the page at address as Linux's get_futex_key does (get_user_pages, for
 * writing if the area allows it, else for reading): a writable private file
 * mapping gets its own copy of the page here, so its futexes are its own.
 */
static int fault_in_futex_page(struct mm_struct *mm, int __user *uaddr)
{
	struct vm_area_struct *vma = find_vma(mm, (unsigned long)uaddr);
	int word;

	if (vma && (vma->vm_flags & VM_WRITE))
		return handle_mm_fault(mm, vma, (unsigned long)uaddr, 1) ? -EFAULT : 0;
	return get_user(word, uaddr) ? -EFAULT : 0;
}

/*
 * The key of the futex word at uaddr: -EINVAL if it is not aligned.  A
 * shared one needs the page mapped to know what backs it: an address with
 * no page to map is -EFAULT.  Private keys need no reference: their waiters
 * keep their own address space, and wakers do not sleep holding a key.  On
 * failure the key holds nothing, so put_futex_key on it is harmless.
 */
static int get_futex_key(int __user *uaddr, int fshared, struct futex_key *key)
{
	unsigned long address = (unsigned long)uaddr;
	int err;

	key->kind = FUTEX_KEY_PRIVATE;
	key->object = current->mm;
	key->offset = address;
	if (address % sizeof(u32))
		return -EINVAL;
	if (!access_ok(VERIFY_WRITE, uaddr, sizeof(int)))
		return -EFAULT;
	if (!fshared)
		return 0;
	err = fault_in_futex_page(current->mm, uaddr);
	if (err)
		return err;
	if (!get_inode_key(current->mm, address, key))
		key->kind = FUTEX_KEY_MM;
	return 0;
}

/* One more holder of key (a requeued waiter's). */
static void get_futex_key_refs(const struct futex_key *key)
{
	if (key->kind == FUTEX_KEY_INODE)
		iget(key->object);
}

static void put_futex_key(struct futex_key *key)
{
	if (key->kind == FUTEX_KEY_INODE)
		iput(key->object);
}

static int match_futex(const struct futex_key *a, const struct futex_key *b)
{
	return a->kind == b->kind && a->object == b->object && a->offset == b->offset;
}

/* -EAGAIN unless *uaddr holds expected (FUTEX_WAIT's and CMP_REQUEUE's check). */
static int check_futex_value(int __user *uaddr, int expected)
{
	int cur;

	if (get_user(cur, uaddr))
		return -EFAULT;
	return cur == expected ? 0 : -EAGAIN;
}

/* Queue the current task on key; the queue takes over the caller's reference. */
static void queue_me(const struct futex_key *key, u32 bitset)
{
	current->futex.key = *key;
	current->futex.bitset = bitset;
	current->futex.seq = ++futex_seq;
}

/* Take p off the queue; kind NONE is also what tells a waiter it was woken. */
static void unqueue_futex(struct task_struct *p)
{
	put_futex_key(&p->futex.key);
	p->futex.key.kind = FUTEX_KEY_NONE;
}

static void wake_futex(struct task_struct *p)
{
	unqueue_futex(p);
	wake_up_process(p);
}

/*
 * Move waiter p to key's queue, behind the waiters already there (Linux's
 * requeue_futex); onto its own key it keeps its place, as on Linux.
 */
static void requeue_futex(struct task_struct *p, const struct futex_key *key)
{
	if (match_futex(&p->futex.key, key))
		return;
	get_futex_key_refs(key);
	put_futex_key(&p->futex.key);
	p->futex.key = *key;
	p->futex.seq = ++futex_seq;
}

/*
 * The earliest waiter on key whose bitset shares a bit with bitset, queued
 * after sequence number after (0: any); NULL if none.  Callers walk the queue
 * with that cursor, so a waiter requeued onto the same key is not met again.
 */
static struct task_struct *next_waiter(const struct futex_key *key, u32 bitset, unsigned long after)
{
	struct task_struct *first = NULL;
	int i;

	for (i = 1; i < NR_TASKS; i++) {
		struct task_struct *p = task[i];

		if (!p || p->state == EXIT_ZOMBIE || p->state == EXIT_DEAD ||
		    !match_futex(&p->futex.key, key) || !(p->futex.bitset & bitset) ||
		    p->futex.seq <= after)
			continue;
		if (!first || p->futex.seq < first->futex.seq)
			first = p;
	}
	return first;
}

/*
 * Wake waiters on key that bitset reaches, earliest first; returns how many.
 * As Linux counts after each wake, a waiter is woken even when nr_wake <= 0.
 */
static int wake_futex_key(const struct futex_key *key, int nr_wake, u32 bitset)
{
	struct task_struct *p;
	int woken = 0;

	while ((p = next_waiter(key, bitset, 0)) != NULL) {
		wake_futex(p);
		if (++woken >= nr_wake)
			break;
	}
	return woken;
}

static long do_futex_wake(int __user *uaddr, int fshared, int nr_wake, u32 bitset)
{
	struct futex_key key;
	int err;

	if (!bitset)
		return -EINVAL;
	err = get_futex_key(uaddr, fshared, &key);
	if (!err)
		err = wake_futex_key(&key, nr_wake, bitset);
	put_futex_key(&key);
	return err;
}

/* A shared FUTEX_WAKE from inside the kernel (CLONE_CHILD_CLEARTID, robust lists). */
int futex_wake(int __user *uaddr, int nr_wake)
{
	return do_futex_wake(uaddr, 1, nr_wake, FUTEX_BITSET_MATCH_ANY);
}

/* A timeout from user space in nanoseconds, checked as Linux's timespec_valid. */
static int get_timeout_ns(const struct timespec __user *utime, u64 *ns)
{
	struct timespec ts;

	if (copy_from_user(&ts, utime, sizeof(ts)))
		return -EFAULT;
	if (ts.tv_sec < 0 || ts.tv_nsec < 0 || ts.tv_nsec >= NSEC_PER_SEC)
		return -EINVAL;
	*ns = (u64)ts.tv_sec * NSEC_PER_SEC + (u64)ts.tv_nsec;
	return 0;
}

/* A relative timeout as a local_clock() deadline; 0 means none.  semtimedop's too. */
int timeout_deadline(const struct timespec __user *utime, u64 *deadline)
{
	u64 ns;
	int err;

	*deadline = 0;
	if (!utime)
		return 0;
	err = get_timeout_ns(utime, &ns);
	if (err)
		return err;
	*deadline = local_clock() + ns;
	if (!*deadline)
		*deadline = 1;		/* 0 would mean none */
	return 0;
}

/*
 * FUTEX_WAIT_BITSET's absolute timeout, on CLOCK_MONOTONIC (local_clock())
 * or with FUTEX_CLOCK_REALTIME on the wall clock (boot_epoch later), as a
 * local_clock() deadline; a time already past is deadline 1.
 */
static int absolute_deadline(const struct timespec __user *utime, int clockrt, u64 *deadline)
{
	u64 at, epoch = clockrt ? (u64)boot_epoch * NSEC_PER_SEC : 0;
	int err;

	*deadline = 0;
	if (!utime)
		return 0;
	err = get_timeout_ns(utime, &at);
	if (!err)
		*deadline = at > epoch ? at - epoch : 1;
	return err;
}

/*
 * Sleep, queued on key (whose reference the queue takes), until a wake, the
 * deadline or a signal.  A deadline already past returns at once, as Linux's
 * expired hrtimer does.
 */
static long futex_wait_queue(const struct futex_key *key, u32 bitset, u64 deadline)
{
	queue_me(key, bitset);
	current->wake_time = deadline;
	if (!deadline || local_clock() < deadline)
		sleep_on(&futex_queue);
	current->wake_time = 0;
	if (current->futex.key.kind == FUTEX_KEY_NONE)
		return 0;			/* a wake chose us */
	unqueue_futex(current);
	if (deadline && local_clock() >= deadline)
		return -ETIMEDOUT;
	if (signal_pending(current))
		return deadline ? -EINTR : -ERESTARTSYS;
	return 0;				/* spurious: callers re-check their word */
}

static long futex_wait(int __user *uaddr, int fshared, int val, u64 deadline, u32 bitset)
{
	struct futex_key key;
	int err;

	if (!bitset)
		return -EINVAL;
	err = get_futex_key(uaddr, fshared, &key);
	if (!err)
		err = check_futex_value(uaddr, val);
	if (err) {
		put_futex_key(&key);
		return err;
	}
	return futex_wait_queue(&key, bitset, deadline);
}

/*
 * Wake nr_wake waiters of from, then move up to nr_requeue more to to's
 * queue, where a wake on to reaches them; returns both counts together.
 * The loop is Linux's, negative counts included.
 */
static int requeue_waiters(const struct futex_key *from, const struct futex_key *to,
			   int nr_wake, int nr_requeue)
{
	unsigned long cursor = 0;
	struct task_struct *p;
	int count = 0;

	while (count - nr_wake < nr_requeue &&
	       (p = next_waiter(from, FUTEX_BITSET_MATCH_ANY, cursor)) != NULL) {
		cursor = p->futex.seq;
		if (++count <= nr_wake)
			wake_futex(p);
		else
			requeue_futex(p, to);
	}
	return count;
}

/*
 * FUTEX_REQUEUE and FUTEX_CMP_REQUEUE (with cmpval: only while *uaddr still
 * holds it, else -EAGAIN).  A condition variable's broadcast wakes one waiter
 * and moves the rest to the mutex, instead of waking them all to fight for it.
 */
static long futex_requeue(int __user *uaddr, int fshared, int __user *uaddr2,
			  int nr_wake, int nr_requeue, const int *cmpval)
{
	struct futex_key key1, key2;
	int err;

	err = get_futex_key(uaddr, fshared, &key1);
	if (err)
		return err;
	err = get_futex_key(uaddr2, fshared, &key2);
	if (!err && cmpval)
		err = check_futex_value(uaddr, *cmpval);
	if (!err)
		err = requeue_waiters(&key1, &key2, nr_wake, nr_requeue);
	put_futex_key(&key2);
	put_futex_key(&key1);
	return err;
}

/* A 12-bit field of FUTEX_WAKE_OP's val3, sign-extended as Linux reads it. */
static int sign_extend12(u32 field)
{
	return (int)((field & 0xfff) ^ 0x800) - 0x800;
}

/*
 * FUTEX_WAKE_OP's operation on *uaddr, then the comparison of the value it
 * had before: 1 (true) or 0, or -ENOSYS for an unknown operation (before
 * touching the word) or comparison (after, as Linux), or -EFAULT.
 */
static int futex_atomic_op_inuser(u32 encoded_op, int __user *uaddr)
{
	int op = (encoded_op >> 28) & 7;
	int cmp = (encoded_op >> 24) & 15;
	int oparg = sign_extend12(encoded_op >> 12);
	int cmparg = sign_extend12(encoded_op);
	int oldval, newval;

	if (encoded_op & (FUTEX_OP_OPARG_SHIFT << 28))
		oparg = (int)(1U << (oparg & 31));	/* x86's shift count, as Linux gets */
	if (op > FUTEX_OP_XOR)
		return -ENOSYS;
	if (get_user(oldval, uaddr))
		return -EFAULT;
	switch (op) {
	case FUTEX_OP_SET:	newval = oparg; break;
	case FUTEX_OP_ADD:	newval = (int)((u32)oldval + (u32)oparg); break;
	case FUTEX_OP_OR:	newval = oldval | oparg; break;
	case FUTEX_OP_ANDN:	newval = oldval & ~oparg; break;
	default:		newval = oldval ^ oparg; break;
	}
	if (put_user(newval, uaddr))
		return -EFAULT;
	switch (cmp) {
	case FUTEX_OP_CMP_EQ:	return oldval == cmparg;
	case FUTEX_OP_CMP_NE:	return oldval != cmparg;
	case FUTEX_OP_CMP_LT:	return oldval < cmparg;
	case FUTEX_OP_CMP_LE:	return oldval <= cmparg;
	case FUTEX_OP_CMP_GT:	return oldval > cmparg;
	case FUTEX_OP_CMP_GE:	return oldval >= cmparg;
	default:		return -ENOSYS;
	}
}

/*
 * FUTEX_WAKE_OP: change *uaddr2 as encoded_op says, wake up to nr_wake on
 * uaddr and, if the comparison of *uaddr2's old value held, up to nr_wake2
 * on uaddr2.  Returns how many were woken in all.
 */
static long futex_wake_op(int __user *uaddr, int fshared, int __user *uaddr2,
			  int nr_wake, int nr_wake2, u32 encoded_op)
{
	struct futex_key key1, key2;
	int err, woken;

	err = get_futex_key(uaddr, fshared, &key1);
	if (err)
		return err;
	err = get_futex_key(uaddr2, fshared, &key2);
	if (!err)
		err = futex_atomic_op_inuser(encoded_op, uaddr2);
	if (err >= 0) {
		woken = wake_futex_key(&key1, nr_wake, FUTEX_BITSET_MATCH_ANY);
		if (err > 0)
			woken += wake_futex_key(&key2, nr_wake2, FUTEX_BITSET_MATCH_ANY);
		err = woken;
	}
	put_futex_key(&key2);
	put_futex_key(&key1);
	return err;
}

/*
 * Robust futexes.  A thread tells the kernel (set_robust_list) where the list
 * of the robust locks it holds starts; the C library keeps that list in user
 * memory, and a lock word holds its owner's tid.  When the thread dies
 * holding such a lock, nobody would ever unlock it: so at thread exit and
 * exec the kernel walks the list and, for each word still holding the dying
 * tid, sets FUTEX_OWNER_DIED and wakes a waiter, who then gets EOWNERDEAD
 * from the library.  The list is user data: the walk is bounded, and a
 * fault ends it quietly.
 */
SYSCALL_DEFINE2(set_robust_list, struct robust_list_head __user *, head, size_t, len)
{
	if (len != sizeof(*head))
		return -EINVAL;
	current->robust_list = head;
	return 0;
}

/* Any task's list may be read (everyone here is root, which ptrace_may_access allows). */
SYSCALL_DEFINE3(get_robust_list, int, pid, struct robust_list_head __user * __user *, head_ptr,
		size_t __user *, len_ptr)
{
	struct task_struct *p = pid ? find_task_by_pid(pid) : current;

	if (!p)
		return -ESRCH;
	if (put_user(sizeof(struct robust_list_head), len_ptr))
		return -EFAULT;
	return put_user(p->robust_list, head_ptr) ? -EFAULT : 0;
}

/*
 * A list pointer from user space.  Bit 0 marks a priority-inheritance futex,
 * whose waiters Linux wakes elsewhere; here it only keeps them from a wake.
 */
static int fetch_robust_entry(struct robust_list __user **entry,
			      struct robust_list __user * __user *head, unsigned int *pi)
{
	unsigned long uentry;

	if (get_user(uentry, (unsigned long __user *)head))
		return -EFAULT;
	*entry = (struct robust_list __user *)(uentry & ~1UL);
	*pi = uentry & 1;
	return 0;
}

/*
 * The futex word at uaddr belongs to a dying thread's list: if the thread
 * still holds it, mark it FUTEX_OWNER_DIED (keeping FUTEX_WAITERS, clearing
 * the tid) and wake one waiter, with a shared wake as Linux's.  Nothing runs
 * between the read and the write here, so they are one atomic step.
 * Returns -1 when the word cannot be read or written: the walk stops.
 */
static int handle_futex_death(u32 __user *uaddr, struct task_struct *curr, int pi)
{
	u32 uval;

	if (get_user(uval, uaddr))
		return -1;
	if ((uval & FUTEX_TID_MASK) != (u32)curr->pid)
		return 0;
	if (put_user((uval & FUTEX_WAITERS) | FUTEX_OWNER_DIED, uaddr))
		return -1;
	if (!pi && (uval & FUTEX_WAITERS))
		futex_wake((int __user *)uaddr, 1);
	return 0;
}

/*
 * Walk the current task's robust list (Linux's exit_robust_list): each entry,
 * then list_op_pending (a lock the thread was taking or releasing when it
 * died, perhaps not yet or no longer on the list), at most ROBUST_LIST_LIMIT
 * entries.  The list is forgotten: exec and exit end it.
 */
void exit_robust_list(struct task_struct *curr)
{
	struct robust_list_head __user *head = curr->robust_list;
	struct robust_list __user *entry, *next_entry, *pending;
	unsigned int limit = ROBUST_LIST_LIMIT, pi, next_pi, pip;
	long futex_offset;
	int rc;

	curr->robust_list = NULL;
	if (!head)
		return;
	if (fetch_robust_entry(&entry, &head->list.next, &pi) ||
	    get_user(futex_offset, &head->futex_offset) ||
	    fetch_robust_entry(&pending, &head->list_op_pending, &pip))
		return;
	while (entry != &head->list) {
		/* Read the next link first: the library may reuse entry once the lock is marked. */
		rc = fetch_robust_entry(&next_entry, &entry->next, &next_pi);
		if (entry != pending &&
		    handle_futex_death((u32 __user *)((char __user *)entry + futex_offset), curr, pi))
			return;
		if (rc)
			return;
		if (!--limit)
			break;
		entry = next_entry;
		pi = next_pi;
	}
	if (pending)
		handle_futex_death((u32 __user *)((char __user *)pending + futex_offset), curr, pip);
}

/*
 * The x86-64 arguments as Linux's: REQUEUE, CMP_REQUEUE and WAKE_OP carry
 * their second count in utime's register; FUTEX_CLOCK_REALTIME is only for
 * the waits; the priority-inheritance operations are not implemented.
 */
SYSCALL_DEFINE6(futex, int __user *, uaddr, int, op, int, val,
		const struct timespec __user *, utime, int __user *, uaddr2, int, val3)
{
	int cmd = op & FUTEX_CMD_MASK;
	int fshared = !(op & FUTEX_PRIVATE_FLAG);
	int val2 = (int)(unsigned long)utime;
	u64 deadline;
	int err;

	if ((op & FUTEX_CLOCK_REALTIME) && cmd != FUTEX_WAIT && cmd != FUTEX_WAIT_BITSET &&
	    cmd != FUTEX_WAIT_REQUEUE_PI)
		return -ENOSYS;
	switch (cmd) {
	case FUTEX_WAIT:
		err = timeout_deadline(utime, &deadline);
		return err ? err : futex_wait(uaddr, fshared, val, deadline, FUTEX_BITSET_MATCH_ANY);
	case FUTEX_WAIT_BITSET:
		err = absolute_deadline(utime, op & FUTEX_CLOCK_REALTIME, &deadline);
		return err ? err : futex_wait(uaddr, fshared, val, deadline, val3);
	case FUTEX_WAKE:
		return do_futex_wake(uaddr, fshared, val, FUTEX_BITSET_MATCH_ANY);
	case FUTEX_WAKE_BITSET:
		return do_futex_wake(uaddr, fshared, val, val3);
	case FUTEX_REQUEUE:
		return futex_requeue(uaddr, fshared, uaddr2, val, val2, NULL);
	case FUTEX_CMP_REQUEUE:
		return futex_requeue(uaddr, fshared, uaddr2, val, val2, &val3);
	case FUTEX_WAKE_OP:
		return futex_wake_op(uaddr, fshared, uaddr2, val, val2, val3);
	default:
		return -ENOSYS;
	}
}
