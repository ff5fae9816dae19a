/*
 * memory.c - user page tables.
 *
 * Each process has its own PML4 whose upper half is a copy of the
 * kernel's (so the kernel is mapped in every address space) and whose
 * lower half maps the process's pages.  Pages are allocated when first
 * touched (handle_mm_fault); fork copies every present page at once.
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/mm.h>
#include <linux/slab.h>
#include <linux/sched.h>
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

static pte_t vm_flags_to_pte(unsigned long vm_flags)
{
	pte_t flags = _PAGE_PRESENT | _PAGE_USER | _PAGE_ACCESSED;

	if (vm_flags & VM_WRITE)
		flags |= _PAGE_RW | _PAGE_DIRTY;
	if (!(vm_flags & VM_EXEC))
		flags |= _PAGE_NX;
	return flags;
}

/* Map the kernel page "page" (direct-map address) at user address addr. */
int map_page(struct mm_struct *mm, unsigned long addr, unsigned long page, unsigned long vm_flags)
{
	pte_t *pte = lookup_pte(mm->pgd, addr, 1);

	if (!pte)
		return -ENOMEM;
	*pte = __pa((void *)page) | vm_flags_to_pte(vm_flags);
	invlpg(addr);
	return 0;
}

struct vm_area_struct *find_vma(struct mm_struct *mm, unsigned long addr)
{
	struct vm_area_struct *vma;

	for (vma = mm->mmap; vma; vma = vma->vm_next)
		if (addr >= vma->vm_start && addr < vma->vm_end)
			return vma;
	return NULL;
}

/*
 * A page fault at a user address: allocate the page if it lies in an
 * area that allows the access.  The stack area grows down on demand.
 */
int handle_mm_fault(struct mm_struct *mm, unsigned long address, unsigned long error_code)
{
	struct vm_area_struct *vma = find_vma(mm, address);
	unsigned long page;

	if (!vma || (error_code & PF_PROT))
		return -EFAULT;
	if ((error_code & PF_WRITE) && !(vma->vm_flags & VM_WRITE))
		return -EFAULT;
	if ((error_code & PF_INSTR) && !(vma->vm_flags & VM_EXEC))
		return -EFAULT;
	page = get_zeroed_page(GFP_KERNEL);
	if (!page)
		return -ENOMEM;
	if (map_page(mm, address & PAGE_MASK, page, vma->vm_flags)) {
		free_page(page);
		return -ENOMEM;
	}
	return 0;
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
 * The first present entry in [entry, end), or end.  Tables are mostly empty and every
 * fork, exec and exit walks them, so a run of empty entries is skipped by one
 * "repe scasq" (an entry here is either 0 or present: nothing is ever swapped out).
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
		if (level > 0)
			free_entries(below, PTRS_PER_TABLE, level - 1);
		free_page((unsigned long)below);
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
	for (vma = mm->mmap; vma; vma = next) {
		next = vma->vm_next;
		kfree(vma);
	}
	kfree(mm);
}

/* Copy n entries of old (level 3 = PML4 .. 0 = PT) into new, duplicating every page. */
static int copy_entries(pte_t *old, pte_t *new, int n, int level)
{
	pte_t *end = old + n, *entry;

	for (entry = next_present(old, end); entry < end; entry = next_present(entry + 1, end)) {
		unsigned long page = get_zeroed_page(GFP_KERNEL);

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
	link = &mm->mmap;
	for (vma = old->mmap; vma; vma = vma->vm_next) {
		struct vm_area_struct *copy = kmalloc(sizeof(*copy), GFP_KERNEL);

		if (!copy)
			goto fail;
		*copy = *vma;
		copy->vm_next = NULL;
		*link = copy;
		link = &copy->vm_next;
	}
	if (copy_entries(old->pgd, mm->pgd, USER_PGD_PTRS, 3))
		goto fail;
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

/* Remove the pages of [start, end) from the page table. */
void unmap_range(struct mm_struct *mm, unsigned long start, unsigned long end)
{
	unsigned long addr;

	for (addr = start; addr < end; addr += PAGE_SIZE) {
		pte_t *pte = lookup_pte(mm->pgd, addr, 0);

		if (pte && (*pte & _PAGE_PRESENT)) {
			free_page((unsigned long)table_of(*pte));
			*pte = 0;
			invlpg(addr);
		}
	}
}
