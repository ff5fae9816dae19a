/*
 * mmap.c - memory areas of a process, and the system calls that change
 * them: brk (the heap), mmap/munmap (anonymous memory and ramfs files,
 * private or shared), msync and madvise.  mprotect is in mprotect.c,
 * mremap in mremap.c.
 */
#include <linux/kernel.h>
#include <linux/mm.h>
#include <linux/fs.h>
#include <linux/slab.h>
#include <linux/sched.h>
#include <linux/syscalls.h>

/* Add [start, end) to mm's sorted area list, mapping file from page pgoff.  Overlaps are refused. */
int insert_vma(struct mm_struct *mm, unsigned long start, unsigned long end, unsigned long flags,
	       struct file *file, unsigned long pgoff)
{
	struct vm_area_struct **link = &mm->mmap, *vma;

	while (*link && (*link)->vm_start < start)
		link = &(*link)->vm_next;
	if (*link && (*link)->vm_start < end)
		return -ENOMEM;
	vma = kmalloc(sizeof(*vma), GFP_KERNEL);
	if (!vma)
		return -ENOMEM;
	vma->vm_start = start;
	vma->vm_end = end;
	vma->vm_flags = flags;
	vma->vm_file = file ? get_file(file) : NULL;
	vma->vm_pgoff = pgoff;
	vma->vm_next = *link;
	*link = vma;
	return 0;
}

/* Free an area already taken off its list. */
void remove_vma(struct vm_area_struct *vma)
{
	if (vma->vm_file)
		fput(vma->vm_file);
	kfree(vma);
}

/* Cut vma in two at addr (inside it): vma keeps [vm_start, addr), a new area after it the rest. */
int split_vma(struct vm_area_struct *vma, unsigned long addr)
{
	struct vm_area_struct *tail = kmalloc(sizeof(*tail), GFP_KERNEL);

	if (!tail)
		return -ENOMEM;
	*tail = *vma;
	tail->vm_start = addr;
	tail->vm_pgoff += (addr - vma->vm_start) >> PAGE_SHIFT;
	if (tail->vm_file)
		get_file(tail->vm_file);
	vma->vm_end = addr;
	vma->vm_next = tail;
	return 0;
}

/*
 * Join the next area to vma when it continues vma exactly: adjacent, the same
 * protection, and anonymous or the same file's following pages.  Returns 1 if joined.
 */
int vma_merge_next(struct vm_area_struct *vma)
{
	struct vm_area_struct *next = vma->vm_next;

	if (!next || next->vm_start != vma->vm_end || next->vm_flags != vma->vm_flags ||
	    next->vm_file != vma->vm_file)
		return 0;
	if (vma->vm_file && next->vm_pgoff != vma->vm_pgoff + ((vma->vm_end - vma->vm_start) >> PAGE_SHIFT))
		return 0;
	vma->vm_end = next->vm_end;
	vma->vm_next = next->vm_next;
	remove_vma(next);
	return 1;
}

/* The first area that overlaps [start, end), or NULL. */
struct vm_area_struct *find_vma_intersection(struct mm_struct *mm, unsigned long start, unsigned long end)
{
	struct vm_area_struct *vma;

	for (vma = mm->mmap; vma && vma->vm_start < end; vma = vma->vm_next)
		if (vma->vm_end > start)
			return vma;
	return NULL;
}

/* Is any part of [start, end) already in use? */
int range_in_use(struct mm_struct *mm, unsigned long start, unsigned long end)
{
	return find_vma_intersection(mm, start, end) != NULL;
}

/* Does [start, end) have a page that no area covers?  msync and madvise say ENOMEM then. */
static int range_has_hole(struct mm_struct *mm, unsigned long start, unsigned long end)
{
	struct vm_area_struct *vma = find_vma_intersection(mm, start, end);

	for (; start < end; vma = vma->vm_next) {
		if (!vma || vma->vm_start > start)
			return 1;
		start = vma->vm_end;
	}
	return 0;
}

/* A free range of len bytes for mmap(NULL, ...): addresses go upward from mmap_base. */
unsigned long get_unmapped_area(struct mm_struct *mm, unsigned long len)
{
	unsigned long addr = mm->mmap_base;

	while (range_in_use(mm, addr, addr + len))
		addr += PAGE_SIZE;
	mm->mmap_base = addr + len;
	return addr;
}

/* The size of mm's areas, in pages (Linux's total_vm). */
unsigned long total_vm(struct mm_struct *mm)
{
	struct vm_area_struct *vma;
	unsigned long pages = 0;

	for (vma = mm->mmap; vma; vma = vma->vm_next)
		pages += (vma->vm_end - vma->vm_start) >> PAGE_SHIFT;
	return pages;
}

/*
 * An address space only shrinks here (munmap, and brk and mremap through it),
 * so its peak size is recorded here, as Linux's update_hiwater_vm, and not at
 * every way it grows.
 */
unsigned long get_mm_hiwater_vm(struct mm_struct *mm)
{
	unsigned long now = total_vm(mm);

	return now > mm->hiwater_vm ? now : mm->hiwater_vm;
}

unsigned long get_mm_hiwater_rss(struct mm_struct *mm)
{
	return mm->hiwater_rss;		/* install_page keeps it up to date */
}

/* Remove [start, start + len) from every area, splitting areas as needed. */
int do_munmap(struct mm_struct *mm, unsigned long start, unsigned long len)
{
	unsigned long end = start + PAGE_ALIGN(len);
	struct vm_area_struct **link = &mm->mmap, *vma;

	if ((start & ~PAGE_MASK) || start >= TASK_SIZE || end > TASK_SIZE || end <= start)
		return -EINVAL;
	mm->hiwater_vm = get_mm_hiwater_vm(mm);
	while ((vma = *link) != NULL && vma->vm_start < end) {
		if (vma->vm_end <= start) {
			link = &vma->vm_next;
			continue;
		}
		if (vma->vm_start < start) {
			if (split_vma(vma, start))
				return -ENOMEM;
			link = &vma->vm_next;
			continue;
		}
		if (vma->vm_end > end && split_vma(vma, end))
			return -ENOMEM;
		*link = vma->vm_next;
		remove_vma(vma);
	}
	unmap_range(mm, start, end);
	return 0;
}

/* The pages of [start, end) that areas cover now (Linux's count_vma_pages_range). */
static unsigned long pages_in_use(struct mm_struct *mm, unsigned long start, unsigned long end)
{
	struct vm_area_struct *vma;
	unsigned long pages = 0;

	for (vma = mm->mmap; vma; vma = vma->vm_next) {
		unsigned long from = vma->vm_start > start ? vma->vm_start : start;
		unsigned long to = vma->vm_end < end ? vma->vm_end : end;

		if (from < to)
			pages += (to - from) >> PAGE_SHIFT;
	}
	return pages;
}

/* Private writable memory other than the stack: what RLIMIT_DATA counts (Linux's data_vm). */
static int is_data_mapping(unsigned long vm_flags)
{
	return (vm_flags & (VM_WRITE | VM_SHARED | VM_GROWSDOWN)) == VM_WRITE;
}

unsigned long data_vm(struct mm_struct *mm)
{
	struct vm_area_struct *vma;
	unsigned long pages = 0;

	for (vma = mm->mmap; vma; vma = vma->vm_next)
		if (is_data_mapping(vma->vm_flags))
			pages += (vma->vm_end - vma->vm_start) >> PAGE_SHIFT;
	return pages;
}

/* May mm grow by npages of an area with these flags?  RLIMIT_AS, and RLIMIT_DATA for data. */
int may_expand_vm(struct mm_struct *mm, unsigned long vm_flags, unsigned long npages)
{
	if (total_vm(mm) + npages > rlimit(RLIMIT_AS) >> PAGE_SHIFT)
		return 0;
	if (is_data_mapping(vm_flags) && data_vm(mm) + npages > rlimit(RLIMIT_DATA) >> PAGE_SHIFT)
		return 0;
	return 1;
}

SYSCALL_DEFINE1(brk, unsigned long, brk)
{
	struct mm_struct *mm = current->mm;
	unsigned long old_end = PAGE_ALIGN(mm->brk);
	unsigned long new_end = PAGE_ALIGN(brk);

	if (brk < mm->start_brk || brk >= mm->start_stack - STACK_RLIMIT)
		return mm->brk;
	if (new_end > old_end) {
		if (range_in_use(mm, old_end, new_end) ||
		    !may_expand_vm(mm, VM_READ | VM_WRITE, (new_end - old_end) >> PAGE_SHIFT) ||
		    insert_vma(mm, old_end, new_end, VM_READ | VM_WRITE, NULL, 0))
			return mm->brk;
	} else if (new_end < old_end) {
		do_munmap(mm, new_end, old_end - new_end);
	}
	mm->brk = brk;
	return brk;
}

unsigned long calc_vm_prot_bits(unsigned long prot)
{
	unsigned long vm_flags = 0;

	/* x86 pages cannot be writable or executable without being readable */
	if (prot & PROT_READ)
		vm_flags |= VM_READ;
	if (prot & PROT_WRITE)
		vm_flags |= VM_WRITE | VM_READ;
	if (prot & PROT_EXEC)
		vm_flags |= VM_EXEC | VM_READ;
	return vm_flags;
}

/*
 * Linux's checks on a file to map: a shared writable mapping needs the file open
 * for writing, any mapping needs it open for reading, and only ramfs files (and
 * /dev/zero, which gives anonymous memory) can be mapped.
 */
static int check_mapped_file(struct file *file, unsigned long prot, unsigned long type)
{
	if (type == MAP_SHARED && (prot & PROT_WRITE) && !file_writable(file))
		return -EACCES;
	/* A shared mapping of a file open for writing could write: not of a write-sealed one. */
	if (type == MAP_SHARED && file_writable(file) && file->f_inode && (file->f_inode->i_seals & F_SEAL_WRITE))
		return -EPERM;
	if (!file_readable(file))
		return -EACCES;
	if (file->f_op == &zero_fops)
		return 0;
	if (!file->f_inode || !S_ISREG(file->f_inode->i_mode))
		return -ENODEV;
	return 0;
}

/* Map len bytes at addr (MAP_FIXED) or where there is room; file NULL: anonymous memory. */
static long do_mmap(unsigned long addr, unsigned long len, unsigned long prot, unsigned long flags,
		    struct file *file, unsigned long pgoff)
{
	struct mm_struct *mm = current->mm;
	unsigned long type = flags & MAP_TYPE;
	unsigned long vm_flags = calc_vm_prot_bits(prot) | mm->def_flags;
	struct file *shmem = NULL;
	long err;

	if (!len)
		return -EINVAL;
	len = PAGE_ALIGN(len);
	if (!len || len > TASK_SIZE)
		return -ENOMEM;
	if (pgoff + (len >> PAGE_SHIFT) < pgoff)
		return -EOVERFLOW;
	if (flags & MAP_FIXED) {
		if (addr > TASK_SIZE - len)
			return -ENOMEM;
		if (addr & ~PAGE_MASK)
			return -EINVAL;
	}
	if (type != MAP_SHARED && type != MAP_PRIVATE)
		return -EINVAL;
	if (file) {
		err = check_mapped_file(file, prot, type);
		if (err)
			return err;
		if (file->f_op == &zero_fops)
			file = NULL;
	}
	if (flags & MAP_LOCKED)
		vm_flags |= VM_LOCKED;
	/* A MAP_FIXED mapping over old ones grows the address space by the difference only. */
	if (!may_expand_vm(mm, vm_flags | (type == MAP_SHARED ? VM_SHARED : 0),
			   (len >> PAGE_SHIFT) - (flags & MAP_FIXED ? pages_in_use(mm, addr, addr + len) : 0)))
		return -ENOMEM;
	if (type == MAP_SHARED) {
		vm_flags |= VM_SHARED;
		if (!file) {	/* shared anonymous memory is an unnamed file's */
			file = shmem = shmem_file_setup(len);
			if (!file)
				return -ENOMEM;
			pgoff = 0;
		}
	}

	if (flags & MAP_FIXED)
		do_munmap(mm, addr, len);
	else
		addr = get_unmapped_area(mm, len);
	err = insert_vma(mm, addr, addr + len, vm_flags, file, file ? pgoff : 0);
	if (shmem)
		fput(shmem);	/* the area holds the file now */
	if (err)
		return err;
	/* A locked area's pages come in at once, as MAP_POPULATE's: what cannot is no error. */
	if ((vm_flags & VM_LOCKED) || (flags & MAP_POPULATE))
		__mm_populate(mm, addr, addr + len, 1);
	return (long)addr;
}

SYSCALL_DEFINE6(mmap, unsigned long, addr, unsigned long, len, unsigned long, prot,
		unsigned long, flags, unsigned long, fd, unsigned long, off)
{
	struct file *file = NULL;

	if (off & ~PAGE_MASK)
		return -EINVAL;
	if (!(flags & MAP_ANONYMOUS)) {
		file = fget(fd);
		if (!file)
			return -EBADF;
	}
	return do_mmap(addr, len, prot, flags, file, off >> PAGE_SHIFT);
}

/*
 * Whether the areas from vma on cover [start, end) with one file mapped alike
 * throughout (Linux's checks before it emulates remap_file_pages).
 */
static int one_shared_mapping(struct vm_area_struct *vma, unsigned long start, unsigned long end)
{
	struct vm_area_struct *next;

	if (!vma || !(vma->vm_flags & VM_SHARED) || start < vma->vm_start)
		return 0;
	for (next = vma; end > next->vm_end; next = next->vm_next)
		if (!next->vm_next || next->vm_next->vm_start != next->vm_end ||
		    next->vm_next->vm_file != vma->vm_file || next->vm_next->vm_flags != vma->vm_flags)
			return 0;
	return 1;
}

/*
 * remap_file_pages, deprecated since Linux 3.16 and emulated as there: the
 * range of a shared mapping is mapped anew, to the file's pages from pgoff
 * (no longer a "nonlinear" mapping: an area of its own).
 */
SYSCALL_DEFINE5(remap_file_pages, unsigned long, start, unsigned long, size,
		unsigned long, prot, unsigned long, pgoff, unsigned long, flags)
{
	static int warned;
	struct vm_area_struct *vma;
	struct file *file;
	long ret;

	if (!warned++)
		printk(KERN_WARNING "%s (%d) uses deprecated remap_file_pages() syscall. "
		       "See Documentation/vm/remap_file_pages.txt.\n", current->comm, current->pid);
	if (prot)
		return -EINVAL;
	start &= PAGE_MASK;
	size &= PAGE_MASK;
	if (start + size <= start || pgoff + (size >> PAGE_SHIFT) < pgoff)
		return -EINVAL;
	vma = find_vma(current->mm, start);
	if (!one_shared_mapping(vma, start, start + size))
		return -EINVAL;
	prot = (vma->vm_flags & VM_READ ? PROT_READ : 0) | (vma->vm_flags & VM_WRITE ? PROT_WRITE : 0) |
	       (vma->vm_flags & VM_EXEC ? PROT_EXEC : 0);
	flags = MAP_SHARED | MAP_FIXED | MAP_POPULATE | (vma->vm_flags & VM_LOCKED ? MAP_LOCKED : 0);
	file = get_file(vma->vm_file);
	ret = do_mmap(start, size, prot, flags, file, pgoff);
	fput(file);
	return ret < 0 ? ret : 0;
}

SYSCALL_DEFINE2(munmap, unsigned long, addr, size_t, len)
{
	return do_munmap(current->mm, addr, len);
}

/* ramfs is memory: a mapping and its file are always in sync.  Only the arguments are checked. */
SYSCALL_DEFINE3(msync, unsigned long, start, size_t, len, int, flags)
{
	unsigned long end;

	if (flags & ~(MS_ASYNC | MS_INVALIDATE | MS_SYNC))
		return -EINVAL;
	if (start & ~PAGE_MASK)
		return -EINVAL;
	if ((flags & MS_ASYNC) && (flags & MS_SYNC))
		return -EINVAL;
	end = start + PAGE_ALIGN(len);
	if (end < start)
		return -ENOMEM;
	return range_has_hole(current->mm, start, end) ? -ENOMEM : 0;
}

static int madvise_behavior_valid(int behavior)
{
	return (behavior >= MADV_NORMAL && behavior <= MADV_DONTNEED) ||
	       (behavior >= MADV_MERGEABLE && behavior <= MADV_DODUMP);
}

/*
 * Advice is only advice, but MADV_DONTNEED drops the pages: a private anonymous page
 * reads as zeros again, a file page as the file's bytes.
 */
SYSCALL_DEFINE3(madvise, unsigned long, start, size_t, len_in, int, behavior)
{
	struct mm_struct *mm = current->mm;
	unsigned long len = PAGE_ALIGN(len_in), end = start + len;
	struct vm_area_struct *vma;

	if (!madvise_behavior_valid(behavior) || (start & ~PAGE_MASK) || (len_in && !len) || end < start)
		return -EINVAL;
	if (behavior == MADV_DONTNEED)
		for (vma = find_vma_intersection(mm, start, end); vma && vma->vm_start < end; vma = vma->vm_next)
			unmap_range(mm, max(start, vma->vm_start), min(end, vma->vm_end));
	return range_has_hole(mm, start, end) ? -ENOMEM : 0;
}
