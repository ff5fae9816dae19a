/*
 * memory.c - user page tables.
 *
 * Each process has its own PML4 whose upper half is a copy of the
 * kernel's (so the kernel is mapped in every address space) and whose
 * lower half maps the process's pages.  Pages are allocated when first
 * touched (handle_mm_fault); fork copies every private page at once and
 * shares the page-cache pages that file mappings map (_PAGE_SHM), which
 * are counted.  A private file mapping maps the file's page until its
 * first store, which copies it (do_wp_page).
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/mm.h>
#include <linux/slab.h>
#include <linux/sched.h>
#include <linux/fs.h>
#include <asm/pgtable.h>
#include <asm/processor.h>
#include <asm/traps.h>

#define USER_PGD_PTRS	256	/* PML4 entries below the kernel half */

static pte_t *table_of(pte_t entry)
{
	return (pte_t *)__va(entry & PTE_PFN_MASK);
}

/* The PTE for addr in pgd, optionally creating missing tables. */
pte_t *lookup_pte(pte_t *pgd, unsigned long addr, int create)
{
	pte_t *table = pgd;
	int shift;

	for (shift = PGDIR_SHIFT; shift > PAGE_SHIFT; shift -= 9) {
		pte_t *entry = &table[(addr >> shift) & 511];

		if (!(*entry & _PAGE_PRESENT)) {
			unsigned long page;

			if (!create)
				return NULL;
			page = get_zeroed_page(GFP_KERNEL);
			if (!page)
				return NULL;
			*entry = __pa((void *)page) | _PAGE_TABLE;
		}
		table = table_of(*entry);
	}
	return &table[pte_index(addr)];
}

/*
 * The entry bits for a page in an area with vm_flags; cached: the page is a file's
 * page-cache page.  A private area never writes to one: its first store faults
 * and gets a copy (do_wp_page).
 */
static pte_t pte_flags(unsigned long vm_flags, int cached)
{
	pte_t shm = cached ? _PAGE_SHM : 0;
	pte_t flags = _PAGE_PRESENT | _PAGE_USER | _PAGE_ACCESSED | shm;

	if (!(vm_flags & (VM_READ | VM_WRITE | VM_EXEC)))
		return _PAGE_PROTNONE | shm;
	if ((vm_flags & VM_WRITE) && (!cached || (vm_flags & VM_SHARED)))
		flags |= _PAGE_RW | _PAGE_DIRTY;
	if (!(vm_flags & VM_EXEC))
		flags |= _PAGE_NX;
	return flags;
}

static int install_page(struct mm_struct *mm, unsigned long addr, unsigned long page, pte_t flags)
{
	pte_t *pte = lookup_pte(mm->pgd, addr, 1);

	if (!pte)
		return -ENOMEM;
	if (!*pte && ++mm->rss > mm->hiwater_rss)
		mm->hiwater_rss = mm->rss;
	*pte = __pa((void *)page) | flags;
	invlpg(addr);
	return 0;
}

/* Map the process's own page "page" (direct-map address) at user address addr. */
int map_page(struct mm_struct *mm, unsigned long addr, unsigned long page, unsigned long vm_flags)
{
	return install_page(mm, addr, page, pte_flags(vm_flags, 0));
}

struct vm_area_struct *find_vma(struct mm_struct *mm, unsigned long addr)
{
	struct vm_area_struct *vma;

	for (vma = mm->mmap; vma; vma = vma->vm_next)
		if (addr >= vma->vm_start && addr < vma->vm_end)
			return vma;
	return NULL;
}

/* Does the area forbid the access the fault made?  (A fault with no vma is no access error.) */
int access_error(unsigned long error_code, struct vm_area_struct *vma)
{
	if (error_code & PF_WRITE)
		return !(vma->vm_flags & VM_WRITE);
	if (error_code & PF_INSTR)
		return !(vma->vm_flags & VM_EXEC);
	return !(vma->vm_flags & (VM_READ | VM_WRITE | VM_EXEC));
}

/* Map a page just allocated for the process (0: none could be) at address. */
static int map_new_page(struct mm_struct *mm, unsigned long address, unsigned long page,
			unsigned long vm_flags)
{
	if (!page)
		return VM_FAULT_OOM;
	if (map_page(mm, address, page, vm_flags)) {
		free_page(page);
		return VM_FAULT_OOM;
	}
	return 0;
}

/*
 * A private copy of file page index (from the cache page "page"): the bytes past
 * the end of the file read as zeros.
 */
static unsigned long copy_file_page(struct inode *inode, unsigned long index, unsigned long page)
{
	unsigned long copy = __get_free_page(GFP_KERNEL);
	loff_t valid = inode->i_size - ((loff_t)index << PAGE_SHIFT);

	if (!copy)
		return 0;
	memcpy((void *)copy, (void *)page, PAGE_SIZE);
	if (valid < (loff_t)PAGE_SIZE)
		memset((char *)copy + valid, 0, PAGE_SIZE - valid);
	return copy;
}

static unsigned long file_index(struct vm_area_struct *vma, unsigned long address)
{
	return vma->vm_pgoff + ((address - vma->vm_start) >> PAGE_SHIFT);
}

/*
 * A page of a file mapping: the page-cache page itself, which the mapping and the
 * file share, except for a private mapping's store, which gets a copy of it at once.
 * Past the end of the file there is no page: SIGBUS, as Linux.
 */
static int do_file_fault(struct mm_struct *mm, struct vm_area_struct *vma, unsigned long address, int write)
{
	struct inode *inode = vma->vm_file->f_inode;
	unsigned long index = file_index(vma, address);
	unsigned long page;

	if (index >= (unsigned long)PAGE_ALIGN(inode->i_size) >> PAGE_SHIFT)
		return VM_FAULT_SIGBUS;
	page = find_or_create_page(inode, index);
	if (!page)
		return VM_FAULT_OOM;
	if (write && !(vma->vm_flags & VM_SHARED))
		return map_new_page(mm, address, copy_file_page(inode, index, page), vma->vm_flags);
	if (install_page(mm, address, page, pte_flags(vma->vm_flags, 1)))
		return VM_FAULT_OOM;
	get_page(page);
	return 0;
}

/* A store to a file's page in a private mapping: the mapping gets its own copy. */
static int do_wp_page(struct mm_struct *mm, struct vm_area_struct *vma, unsigned long address, pte_t *pte)
{
	unsigned long page = (unsigned long)table_of(*pte);
	unsigned long copy = copy_file_page(vma->vm_file->f_inode, file_index(vma, address), page);

	if (!copy)
		return VM_FAULT_OOM;
	*pte = __pa((void *)copy) | pte_flags(vma->vm_flags, 0);
	invlpg(address);
	put_page(page);
	return 0;
}

/*
 * A page fault at a user address in vma, an access the area allows (access_error
 * said so; write: a store): map the page.  Returns 0 or a VM_FAULT_ code.
 */
int handle_mm_fault(struct mm_struct *mm, struct vm_area_struct *vma, unsigned long address, int write)
{
	pte_t *pte = lookup_pte(mm->pgd, address, 1);

	address &= PAGE_MASK;
	if (!pte)
		return VM_FAULT_OOM;
	if (*pte) {
		int cached = (*pte & _PAGE_SHM) != 0;

		if (write && cached && !(vma->vm_flags & VM_SHARED))
			return do_wp_page(mm, vma, address, pte);
		/* Otherwise the entry lags behind the area's protection: bring it in line. */
		*pte = (*pte & PTE_PFN_MASK) | pte_flags(vma->vm_flags, cached);
		invlpg(address);
		return 0;
	}
	if (vma->vm_file)
		return do_file_fault(mm, vma, address, write);
	return map_new_page(mm, address, get_zeroed_page(GFP_KERNEL), vma->vm_flags);
}

/*
 * The page at addr in mm, for another process's access to it (ptrace): faulted
 * in as the owner's own access would be, except that protection does not stop
 * it, as Linux's FOLL_FORCE.  A write to a private mapping of a file - program
 * text, say, where a debugger puts its breakpoints - gets the process its own
 * copy first; a shared mapping is written only where the owner may write.
 * Returns the page's direct-map address, or 0.
 */
static unsigned long get_user_page(struct mm_struct *mm, unsigned long addr, int write)
{
	struct vm_area_struct *vma = find_vma(mm, addr);
	pte_t *pte;

	if (!vma || (write && (vma->vm_flags & VM_SHARED) && !(vma->vm_flags & VM_WRITE)))
		return 0;
	pte = lookup_pte(mm->pgd, addr, 0);
	if (!pte || !*pte || (write && (*pte & _PAGE_SHM) && !(vma->vm_flags & VM_SHARED))) {
		if (handle_mm_fault(mm, vma, addr, write))
			return 0;
		pte = lookup_pte(mm->pgd, addr, 0);
	}
	return pte && *pte ? (unsigned long)table_of(*pte) : 0;
}

/* Copy len bytes between buf and tsk's memory at addr (write: into it); returns the bytes done. */
int access_process_vm(struct task_struct *tsk, unsigned long addr, void *buf, int len, int write)
{
	int done = 0;

	while (tsk->mm && done < len && addr < TASK_SIZE_MAX) {
		unsigned long page = get_user_page(tsk->mm, addr, write);
		unsigned long offset = addr & ~PAGE_MASK;
		int n = (int)min(PAGE_SIZE - offset, (unsigned long)(len - done));

		if (!page)
			break;
		if (write)
			memcpy((char *)page + offset, (char *)buf + done, n);
		else
			memcpy((char *)buf + done, (char *)page + offset, n);
		done += n;
		addr += n;
	}
	return done;
}

struct mm_struct *mm_alloc(void)
{
	struct mm_struct *mm = kzalloc(sizeof(*mm), GFP_KERNEL);

	if (!mm)
		return NULL;
	mm->pgd = (pte_t *)get_zeroed_page(GFP_KERNEL);
	if (!mm->pgd) {
		kfree(mm);
		return NULL;
	}
	memcpy(mm->pgd + USER_PGD_PTRS, init_level4_pgt + USER_PGD_PTRS,
	       USER_PGD_PTRS * sizeof(pte_t));
	mm->mmap_base = TASK_UNMAPPED_BASE;
	mm->mm_users = 1;
	return mm;
}

/*
 * The first used entry in [entry, end), or end.  Tables are mostly empty and every
 * fork, exec and exit walks them, so a run of empty entries is skipped by one
 * "repe scasq" (an entry here is either 0 or holds a table or page: nothing is ever
 * swapped out).
 */
static pte_t *next_present(pte_t *entry, pte_t *end)
{
	unsigned long n = end - entry;

	if (!n)
		return end;
	asm volatile("repe scasq" : "+D" (entry), "+c" (n) : "a" (0UL) : "cc", "memory");
	return entry[-1] ? entry - 1 : end;
}

/* Free the pages and tables below n entries of table (level 3 = PML4 .. 0 = PT). */
static void free_entries(pte_t *table, int n, int level)
{
	pte_t *end = table + n, *entry;

	for (entry = next_present(table, end); entry < end; entry = next_present(entry + 1, end)) {
		pte_t *below = table_of(*entry);

		*entry = 0;
		if (level > 0) {
			free_entries(below, PTRS_PER_TABLE, level - 1);
			free_page((unsigned long)below);
		} else {
			put_page((unsigned long)below);
		}
	}
}

static void free_user_tables(pte_t *pgd)
{
	free_entries(pgd, USER_PGD_PTRS, 3);
}

void mmput(struct mm_struct *mm)
{
	struct vm_area_struct *vma, *next;

	if (!mm || --mm->mm_users > 0)
		return;		/* other threads still run in it */
	if (current && current->mm == mm)
		switch_mm(NULL);
	free_user_tables(mm->pgd);
	free_page((unsigned long)mm->pgd);
	if (mm->exe_inode)
		iput(mm->exe_inode);
	for (vma = mm->mmap; vma; vma = next) {
		next = vma->vm_next;
		remove_vma(vma);
	}
	kfree(mm);
}

/* Copy n entries of old (level 3 = PML4 .. 0 = PT) into new, duplicating private pages. */
static int copy_entries(pte_t *old, pte_t *new, int n, int level)
{
	pte_t *end = old + n, *entry;

	for (entry = next_present(old, end); entry < end; entry = next_present(entry + 1, end)) {
		unsigned long page;

		if (level == 0 && (*entry & _PAGE_SHM)) {
			get_page((unsigned long)table_of(*entry));
			new[entry - old] = *entry;
			continue;
		}
		page = get_zeroed_page(GFP_KERNEL);

		if (!page)
			return -ENOMEM;
		new[entry - old] = __pa((void *)page) | (*entry & ~PTE_PFN_MASK);
		if (level > 0) {
			if (copy_entries(table_of(*entry), (pte_t *)page, PTRS_PER_TABLE, level - 1))
				return -ENOMEM;
		} else {
			memcpy((void *)page, table_of(*entry), PAGE_SIZE);
		}
	}
	return 0;
}

/* fork: a private copy of the whole address space. */
struct mm_struct *dup_mm(struct mm_struct *old)
{
	struct mm_struct *mm = mm_alloc();
	struct vm_area_struct *vma, **link;

	if (!mm)
		return NULL;
	mm->start_brk = old->start_brk;
	mm->brk = old->brk;
	mm->start_stack = old->start_stack;
	mm->mmap_base = old->mmap_base;
	mm->start_code = old->start_code;
	mm->arg_start = old->arg_start;
	mm->arg_end = old->arg_end;
	mm->env_start = old->env_start;
	mm->env_end = old->env_end;
	mm->exe_inode = old->exe_inode;
	if (mm->exe_inode)
		iget(mm->exe_inode);
	link = &mm->mmap;
	for (vma = old->mmap; vma; vma = vma->vm_next) {
		struct vm_area_struct *copy = kmalloc(sizeof(*copy), GFP_KERNEL);

		if (!copy)
			goto fail;
		*copy = *vma;
		copy->vm_next = NULL;
		copy->vm_flags &= ~(VM_LOCKED | VM_LOCKONFAULT);	/* locks are not inherited */
		if (copy->vm_file)
			get_file(copy->vm_file);
		*link = copy;
		link = &copy->vm_next;
	}
	if (copy_entries(old->pgd, mm->pgd, USER_PGD_PTRS, 3))
		goto fail;
	/* The child's peaks start from what it has now (Linux's dup_mm). */
	mm->rss = mm->hiwater_rss = old->rss;
	mm->hiwater_vm = 0;
	return mm;
fail:
	mmput(mm);
	return NULL;
}

/* Load mm's page table (NULL: the kernel's own). */
void switch_mm(struct mm_struct *mm)
{
	write_cr3(__pa(mm ? mm->pgd : init_level4_pgt));
}

/*
 * Where the 2 MiB that one page table maps ends, after addr (or end, if
 * sooner).  Walks go table by table: a missing table means nothing is
 * mapped in its 2 MiB, which is skipped at once (a thread's 8 MiB stack is
 * mostly never touched).
 */
static unsigned long pmd_end(unsigned long addr, unsigned long end)
{
	unsigned long next = (addr | ((1UL << PMD_SHIFT) - 1)) + 1;

	return next < end ? next : end;
}

/* Remove the pages of [start, end) from the page table. */
void unmap_range(struct mm_struct *mm, unsigned long start, unsigned long end)
{
	unsigned long addr = start;

	while (addr < end) {
		unsigned long stop = pmd_end(addr, end);
		pte_t *pte = lookup_pte(mm->pgd, addr, 0);

		for (; pte && addr < stop; addr += PAGE_SIZE, pte++) {
			if (*pte) {
				put_page((unsigned long)table_of(*pte));
				*pte = 0;
				invlpg(addr);
				mm->rss--;
			}
		}
		addr = stop;
	}
}

/* mprotect: give the pages of [start, end) the protection vm_flags. */
void change_protection(struct mm_struct *mm, unsigned long start, unsigned long end,
		       unsigned long vm_flags)
{
	unsigned long addr = start;

	while (addr < end) {
		unsigned long stop = pmd_end(addr, end);
		pte_t *pte = lookup_pte(mm->pgd, addr, 0);

		for (; pte && addr < stop; addr += PAGE_SIZE, pte++) {
			if (*pte) {
				*pte = (*pte & PTE_PFN_MASK) | pte_flags(vm_flags, (*pte & _PAGE_SHM) != 0);
				invlpg(addr);
			}
		}
		addr = stop;
	}
}
