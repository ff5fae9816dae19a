/*
 * futex.c - fast user-space locking: the sleeping half of a lock whose
 * fast path is an atomic instruction in user space.
 *
 * FUTEX_WAIT(uaddr, val) sleeps only if *uaddr still holds val: the check
 * and the sleep are atomic because this kernel never switches tasks
 * inside a system call except in schedule() (one CPU, interrupts off), so
 * no FUTEX_WAKE can slip in between.  FUTEX_WAKE(uaddr, n) wakes up to n
 * of the waiters whose key is the one uaddr gives now.
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
#include <asm/uaccess.h>

#define FUTEX_WAIT		0
#define FUTEX_WAKE		1
#define FUTEX_PRIVATE_FLAG	128
#define FUTEX_CLOCK_REALTIME	256
#define FUTEX_CMD_MASK		(~(FUTEX_PRIVATE_FLAG | FUTEX_CLOCK_REALTIME))

/* Every futex waiter sleeps on this one channel; its futex_key tells them apart. */
static int futex_queue;

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
 * The key of the futex word at uaddr (already checked to be aligned).  A
 * shared one needs the page mapped to know what backs it: an address with
 * no page to map is -EFAULT.  Private keys need no reference: their waiters
 * keep their own address space, and wakers do not sleep holding a key.
 */
static int get_futex_key(int __user *uaddr, int fshared, struct futex_key *key)
{
	unsigned long address = (unsigned long)uaddr;
	int err;

	key->kind = FUTEX_KEY_PRIVATE;
	key->object = current->mm;
	key->offset = address;
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

static void put_futex_key(struct futex_key *key)
{
	if (key->kind == FUTEX_KEY_INODE)
		iput(key->object);
}

static int match_futex(const struct futex_key *a, const struct futex_key *b)
{
	return a->kind == b->kind && a->object == b->object && a->offset == b->offset;
}

/* Wake up to nr_wake tasks waiting on key; returns how many. */
static int wake_futex_key(const struct futex_key *key, int nr_wake)
{
	int i, woken = 0;

	for (i = 1; i < NR_TASKS && woken < nr_wake; i++) {
		struct task_struct *p = task[i];

		if (!p || p->state == EXIT_ZOMBIE || p->state == EXIT_DEAD ||
		    !match_futex(&p->futex_key, key))
			continue;
		p->futex_key.kind = FUTEX_KEY_NONE;	/* tells the waiter it was woken */
		wake_up_process(p);
		woken++;
	}
	return woken;
}

static long do_futex_wake(int __user *uaddr, int fshared, int nr_wake)
{
	struct futex_key key;
	int err = get_futex_key(uaddr, fshared, &key);

	if (err)
		return err;
	err = wake_futex_key(&key, nr_wake);
	put_futex_key(&key);
	return err;
}

/* A shared FUTEX_WAKE from inside the kernel (CLONE_CHILD_CLEARTID at thread exit). */
int futex_wake(int __user *uaddr, int nr_wake)
{
	return do_futex_wake(uaddr, 1, nr_wake);
}

/* A relative timeout as a local_clock() deadline; 0 means none.  semtimedop's too. */
int timeout_deadline(const struct timespec __user *utime, u64 *deadline)
{
	struct timespec ts;

	*deadline = 0;
	if (!utime)
		return 0;
	if (copy_from_user(&ts, utime, sizeof(ts)))
		return -EFAULT;
	if (ts.tv_sec < 0 || ts.tv_nsec < 0 || ts.tv_nsec >= NSEC_PER_SEC)
		return -EINVAL;
	*deadline = local_clock() + (u64)ts.tv_sec * NSEC_PER_SEC + (u64)ts.tv_nsec;
	if (!*deadline)
		*deadline = 1;
	return 0;
}

/* Sleep on key until a wake, the deadline or a signal. */
static long futex_wait_queue(const struct futex_key *key, u64 deadline)
{
	current->futex_key = *key;
	current->wake_time = deadline;
	sleep_on(&futex_queue);
	current->wake_time = 0;
	if (current->futex_key.kind == FUTEX_KEY_NONE)
		return 0;			/* wake_futex_key chose us */
	current->futex_key.kind = FUTEX_KEY_NONE;
	if (deadline && local_clock() >= deadline)
		return -ETIMEDOUT;
	if (signal_pending(current))
		return deadline ? -EINTR : -ERESTARTSYS;
	return 0;				/* spurious: callers re-check their word */
}

static long futex_wait(int __user *uaddr, int fshared, int val,
		       const struct timespec __user *utime)
{
	struct futex_key key;
	u64 deadline;
	int cur, err;

	err = timeout_deadline(utime, &deadline);
	if (err)
		return err;
	err = get_futex_key(uaddr, fshared, &key);
	if (err)
		return err;
	if (get_user(cur, uaddr))
		err = -EFAULT;
	else if (cur != val)
		err = -EAGAIN;
	else
		err = futex_wait_queue(&key, deadline);
	put_futex_key(&key);
	return err;
}

SYSCALL_DEFINE6(futex, int __user *, uaddr, int, op, int, val,
		const struct timespec __user *, utime, int __user *, uaddr2, int, val3)
{
	int fshared = !(op & FUTEX_PRIVATE_FLAG);

	if ((unsigned long)uaddr & 3)
		return -EINVAL;
	switch (op & FUTEX_CMD_MASK) {
	case FUTEX_WAIT:
		return futex_wait(uaddr, fshared, val, utime);
	case FUTEX_WAKE:
		return do_futex_wake(uaddr, fshared, val);
	default:
		return -ENOSYS;
	}
}
