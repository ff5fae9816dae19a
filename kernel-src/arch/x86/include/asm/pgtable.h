/*
 * pgtable.h - x86-64 four-level page table entries.  Every level is an
 * array of 512 u64 entries; bits 12..51 hold the next table's (or the
 * page's) physical address.
 */
#ifndef _ASM_X86_PGTABLE_H
#define _ASM_X86_PGTABLE_H

#include <linux/types.h>
#include <asm/page.h>

#define _PAGE_PRESENT	0x001UL
#define _PAGE_RW	0x002UL
#define _PAGE_USER	0x004UL
#define _PAGE_PWT	0x008UL
#define _PAGE_PCD	0x010UL
#define _PAGE_ACCESSED	0x020UL
#define _PAGE_DIRTY	0x040UL
#define _PAGE_PSE	0x080UL	/* 2 MiB page in a PMD entry */
#define _PAGE_GLOBAL	0x100UL
#define _PAGE_SOFTW1	0x200UL	/* bits 9-11 are ignored by the CPU: the kernel's own */
#define _PAGE_NX	(1UL << 63)

/*
 * A page of a MAP_SHARED mapping: fork maps the same page in the child (taking a
 * reference) where it copies every other page.
 */
#define _PAGE_SHM	_PAGE_SOFTW1
/*
 * A PROT_NONE page (as Linux): the entry keeps its page but is not present, so every
 * user access faults and mprotect can make it accessible again.  A user PTE is
 * therefore either 0 or holds a page, present or not.
 */
#define _PAGE_PROTNONE	_PAGE_GLOBAL

#define PTE_PFN_MASK	0x000ffffffffff000UL
#define PTRS_PER_TABLE	512

#define PGDIR_SHIFT	39
#define PUD_SHIFT	30
#define PMD_SHIFT	21

#define pgd_index(a)	(((a) >> PGDIR_SHIFT) & 511)
#define pud_index(a)	(((a) >> PUD_SHIFT) & 511)
#define pmd_index(a)	(((a) >> PMD_SHIFT) & 511)
#define pte_index(a)	(((a) >> PAGE_SHIFT) & 511)

/* Kernel page-table entries: present, writable, never user. */
#define _KERNPG_TABLE	(_PAGE_PRESENT | _PAGE_RW | _PAGE_ACCESSED | _PAGE_DIRTY)
/* A table pointed to from a user-reachable entry: permissions are decided in the PTE. */
#define _PAGE_TABLE	(_KERNPG_TABLE | _PAGE_USER)

typedef u64 pte_t;

extern pte_t *init_level4_pgt;	/* the kernel's page table (no user part) */

pte_t *lookup_pte(pte_t *pgd, unsigned long addr, int create);
void paging_init(unsigned long ram_size);

#endif
