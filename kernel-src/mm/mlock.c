/*
 * mlock.c - locking memory into RAM: mlock, mlock2, munlock, mlockall and
 * munlockall.  We never swap, so a lock changes what Linux's does that a
 * program can see: the area is VM_LOCKED (/proc/PID/status's VmLck
 * counts it), and its pages are faulted in at once (mincore shows them),
 * unless MLOCK_ONFAULT/MCL_ONFAULT asks for them to be locked as they
 * come.  We run as root, which may lock any amount (CAP_IPC_LOCK):
 * RLIMIT_MEMLOCK limits no one yet.
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/mm.h>
#include <linux/syscalls.h>

#define MLOCK_ONFAULT	0x01	/* mlock2: lock the pages as they are faulted in */
#define MCL_CURRENT	1	/* mlockall: what is mapped now */
#define MCL_FUTURE	2	/* ... and what will be */
#define MCL_ONFAULT	4	/* ... as it is faulted in */

#define VM_LOCKED_MASK	(VM_LOCKED | VM_LOCKONFAULT)

/* The pages of mm's locked areas (Linux's mm->locked_vm), for VmLck. */
unsigned long locked_vm(struct mm_struct *mm)
{
	struct vm_area_struct *vma;
	unsigned long pages = 0;

	for (vma = mm->mmap; vma; vma = vma->vm_next)
		if (vma->vm_flags & VM_LOCKED)
			pages += (vma->vm_end - vma->vm_start) >> PAGE_SHIFT;
	return pages;
}

/*
 * Fault in the pages of [start, end) in vma, as a locked area's are: a
 * private writable area's by a store, so that they are its own.  PROT_NONE
 * areas are left alone.  0, or the error mlock reports.
 */
static int populate_vma_range(struct mm_struct *mm, struct vm_area_struct *vma,
			      unsigned long start, unsigned long end)
{
	int write = (vma->vm_flags & (VM_WRITE | VM_SHARED)) == VM_WRITE;
	unsigned long addr;

	if (!(vma->vm_flags & (VM_READ | VM_WRITE | VM_EXEC)))
		return 0;
	for (addr = start; addr < end; addr += PAGE_SIZE) {
		pte_t *pte = lookup_pte(mm->pgd, addr, 0);
		int fault;

		if (pte && *pte && (!write || (*pte & _PAGE_RW)))
			continue;
		fault = handle_mm_fault(mm, vma, addr, write);
		if (fault == VM_FAULT_OOM)
			return -EAGAIN;
		if (fault)
			return -ENOMEM;	/* past the end of a mapped file */
	}
	return 0;
}

/*
 * Fault in the pages of the areas in [start, end) (Linux's __mm_populate),
 * but not those of an area locked on fault.  ignore_errors: go on past an
 * area that fails (mlockall, MAP_POPULATE).
 */
int __mm_populate(struct mm_struct *mm, unsigned long start, unsigned long end, int ignore_errors)
{
	struct vm_area_struct *vma;
	int err;

	for (vma = mm->mmap; vma && vma->vm_start < end; vma = vma->vm_next) {
		if (vma->vm_end <= start || (vma->vm_flags & VM_LOCKONFAULT))
			continue;
		err = populate_vma_range(mm, vma, max(start, vma->vm_start), min(end, vma->vm_end));
		if (err && !ignore_errors)
			return err;
	}
	return 0;
}

/* Give [start, end), part of *pvma, the lock flags; *pvma becomes its own area. */
static int mlock_fixup(struct vm_area_struct **pvma, unsigned long start, unsigned long end,
		       unsigned long flags)
{
	struct vm_area_struct *vma = *pvma;

	if ((vma->vm_flags & VM_LOCKED_MASK) == flags)
		return 0;
	if (vma->vm_start < start) {
		if (split_vma(vma, start))
			return -EAGAIN;
		vma = vma->vm_next;
	}
	if (vma->vm_end > end && split_vma(vma, end))
		return -EAGAIN;
	vma->vm_flags = (vma->vm_flags & ~VM_LOCKED_MASK) | flags;
	*pvma = vma;
	return 0;
}

/*
 * Set the lock flags of every area in [start, start + len), which must all
 * be mapped (ENOMEM at the first hole, the areas before it changed, as
 * Linux's apply_vma_lock_flags).
 */
static int apply_vma_lock_flags(unsigned long start, size_t len, unsigned long flags)
{
	struct mm_struct *mm = current->mm;
	unsigned long end = start + len, at = start;
	struct vm_area_struct *vma;
	int err = 0;

	if (end < start)
		return -EINVAL;
	if (end == start)
		return 0;
	vma = find_vma(mm, start);
	if (!vma || vma->vm_start > start)
		return -ENOMEM;
	while (!err && at < end) {
		if (!vma || vma->vm_start > at)
			return -ENOMEM;
		err = mlock_fixup(&vma, at, min(end, vma->vm_end), flags);
		at = vma->vm_end;
		vma = vma->vm_next;
	}
	merge_range(mm, start, end);
	return err;
}

static long do_mlock(unsigned long start, size_t len, unsigned long flags)
{
	int err;

	len = PAGE_ALIGN(len + (start & ~PAGE_MASK));
	start &= PAGE_MASK;
	err = apply_vma_lock_flags(start, len, flags);
	if (!err)
		err = __mm_populate(current->mm, start, start + len, 0);
	return err;
}

SYSCALL_DEFINE2(mlock, unsigned long, start, size_t, len)
{
	return do_mlock(start, len, VM_LOCKED);
}

SYSCALL_DEFINE3(mlock2, unsigned long, start, size_t, len, int, flags)
{
	if (flags & ~MLOCK_ONFAULT)
		return -EINVAL;
	return do_mlock(start, len, flags & MLOCK_ONFAULT ? VM_LOCKED | VM_LOCKONFAULT : VM_LOCKED);
}

SYSCALL_DEFINE2(munlock, unsigned long, start, size_t, len)
{
	len = PAGE_ALIGN(len + (start & ~PAGE_MASK));
	return apply_vma_lock_flags(start & PAGE_MASK, len, 0);
}

/* mlockall's and munlockall's flags on every area, and on those still to come (def_flags). */
static int apply_mlockall_flags(int flags)
{
	struct mm_struct *mm = current->mm;
	unsigned long to_add = 0;
	struct vm_area_struct *vma;

	mm->def_flags &= ~VM_LOCKED_MASK;
	if (flags & MCL_FUTURE)
		mm->def_flags |= VM_LOCKED | (flags & MCL_ONFAULT ? VM_LOCKONFAULT : 0);
	if (flags == MCL_FUTURE)
		return 0;		/* what is mapped stays as it is (with MCL_ONFAULT too it is unlocked, as Linux) */
	if (flags & MCL_CURRENT)
		to_add = VM_LOCKED | (flags & MCL_ONFAULT ? VM_LOCKONFAULT : 0);
	for (vma = mm->mmap; vma; vma = vma->vm_next)
		vma->vm_flags = (vma->vm_flags & ~VM_LOCKED_MASK) | to_add;
	merge_range(mm, 0, TASK_SIZE);
	return 0;
}

SYSCALL_DEFINE1(mlockall, int, flags)
{
	int err;

	if (!flags || (flags & ~(MCL_CURRENT | MCL_FUTURE | MCL_ONFAULT)) || flags == MCL_ONFAULT)
		return -EINVAL;
	err = apply_mlockall_flags(flags);
	if (!err && (flags & MCL_CURRENT))
		__mm_populate(current->mm, 0, TASK_SIZE, 1);
	return err;
}

SYSCALL_DEFINE0(munlockall)
{
	return apply_mlockall_flags(0);
}
