/*
 * binfmt_elf.c - loading static ELF64 executables.
 *
 * load_elf_binary() builds the new address space: one memory area per
 * PT_LOAD segment, filled from the file now (the bytes past p_filesz are
 * the zeroed .bss), the heap starting after the last segment, and an
 * 8 MiB stack area below STACK_TOP that is filled in on demand.
 *
 * create_elf_tables() then lays out the initial stack the way Linux and
 * the x86-64 ABI say a program finds it:
 *
 *   STACK_TOP:  8 zero bytes, the file name (AT_EXECFN), the argument
 *               and environment strings, "x86_64" (AT_PLATFORM),
 *               16 "random" bytes (AT_RANDOM), padding;
 *   rsp ->      argc, argv[0..argc-1], NULL, envp[...], NULL,
 *               auxv (type, value) pairs ending with AT_NULL.
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/sched.h>
#include <linux/mm.h>
#include <linux/fs.h>
#include <linux/slab.h>
#include <linux/elf.h>
#include <linux/binfmts.h>
#include <linux/uaccess.h>

static unsigned long elf_flags_to_vm(u32 p_flags)
{
	unsigned long vm = 0;

	if (p_flags & PF_R)
		vm |= VM_READ;
	if (p_flags & PF_W)
		vm |= VM_WRITE;
	if (p_flags & PF_X)
		vm |= VM_EXEC;
	return vm;
}

/* Copy a segment's file bytes into freshly allocated, mapped pages. */
static int load_segment(struct linux_binprm *bprm, struct elf64_phdr *ph)
{
	unsigned long start = ph->p_vaddr & PAGE_MASK;
	unsigned long end = PAGE_ALIGN(ph->p_vaddr + ph->p_memsz);
	unsigned long vm = elf_flags_to_vm(ph->p_flags);
	unsigned long va;
	struct vm_area_struct *prev;
	int err;

	/* Two segments may share a boundary page: the later one takes the rest. */
	prev = find_vma(bprm->mm, start);
	if (prev) {
		prev->vm_flags |= vm;
		start = prev->vm_end;
	}
	if (start < end) {
		err = insert_vma(bprm->mm, start, end, vm, NULL, 0);
		if (err)
			return err;
	}
	for (va = ph->p_vaddr & PAGE_MASK; va < end; va += PAGE_SIZE) {
		unsigned long lo = va > ph->p_vaddr ? va : ph->p_vaddr;
		unsigned long hi = va + PAGE_SIZE;
		pte_t *pte = lookup_pte(bprm->mm->pgd, va, 0);
		unsigned long page;

		if (pte && (*pte & _PAGE_PRESENT)) {
			page = (unsigned long)__va(*pte & PTE_PFN_MASK);
		} else {
			page = get_zeroed_page(GFP_KERNEL);
			if (!page)
				return -ENOMEM;
		}
		if (hi > ph->p_vaddr + ph->p_filesz)
			hi = ph->p_vaddr + ph->p_filesz;
		if (lo < hi)
			kernel_read(bprm->file, ph->p_offset + (lo - ph->p_vaddr),
				    (char *)page + (lo - va), hi - lo);
		err = map_page(bprm->mm, va, page, find_vma(bprm->mm, va)->vm_flags);
		if (err)
			return err;
	}
	return 0;
}

/* The new address space from the program headers: segments, heap and stack. */
static int load_elf_phdrs(struct linux_binprm *bprm, struct elf64_hdr *eh, struct elf64_phdr *phdrs)
{
	struct inode *inode = bprm->file->f_inode;
	unsigned long brk = 0, first_vaddr = 0;
	unsigned long stack_exec = VM_EXEC;	/* no PT_GNU_STACK: executable, as Linux */
	int i, err, have_load = 0;

	bprm->mm = mm_alloc();
	if (!bprm->mm)
		return -ENOMEM;
	bprm->mm->exe_inode = inode;
	iget(inode);
	bprm->phdr = 0;
	for (i = 0; i < eh->e_phnum; i++) {
		struct elf64_phdr *ph = &phdrs[i];

		if (ph->p_type == PT_INTERP)
			return -ENOEXEC;	/* static programs only */
		if (ph->p_type == PT_PHDR)
			bprm->phdr = ph->p_vaddr;
		/* Without PF_X the stack is not executable; gcc's trampolines
		 * (nested functions) ask for it. */
		if (ph->p_type == PT_GNU_STACK)
			stack_exec = (ph->p_flags & PF_X) ? VM_EXEC : 0;
		if (ph->p_type != PT_LOAD || !ph->p_memsz)
			continue;
		if (ph->p_filesz > ph->p_memsz || ph->p_offset + ph->p_filesz > (u64)inode->i_size ||
		    ph->p_vaddr + ph->p_memsz > TASK_SIZE - STACK_RLIMIT ||
		    ph->p_vaddr + ph->p_memsz < ph->p_vaddr)
			return -ENOEXEC;
		if (!have_load) {
			first_vaddr = ph->p_vaddr - ph->p_offset;
			have_load = 1;
		}
		err = load_segment(bprm, ph);
		if (err)
			return err;
		if (ph->p_vaddr + ph->p_memsz > brk)
			brk = ph->p_vaddr + ph->p_memsz;
	}
	if (!have_load || eh->e_entry >= TASK_SIZE)
		return -ENOEXEC;
	if (!bprm->phdr)
		bprm->phdr = first_vaddr + eh->e_phoff;
	bprm->phnum = eh->e_phnum;
	bprm->entry = eh->e_entry;
	bprm->mm->start_code = first_vaddr & PAGE_MASK;
	bprm->mm->start_brk = bprm->mm->brk = PAGE_ALIGN(brk);
	bprm->mm->start_stack = STACK_TOP;
	return insert_vma(bprm->mm, STACK_TOP - STACK_RLIMIT, STACK_TOP,
			  VM_READ | VM_WRITE | VM_GROWSDOWN | stack_exec, NULL, 0);
}

int load_elf_binary(struct linux_binprm *bprm)
{
	struct elf64_hdr *eh = (struct elf64_hdr *)bprm->buf;
	size_t size = eh->e_phnum * sizeof(struct elf64_phdr);
	struct elf64_phdr *phdrs;
	int err;

	if (memcmp(eh->e_ident, ELFMAG, 4) || eh->e_ident[4] != ELFCLASS64 ||
	    eh->e_ident[5] != ELFDATA2LSB)
		return -ENOEXEC;
	if (eh->e_type != ET_EXEC || eh->e_machine != EM_X86_64 ||
	    eh->e_phentsize != sizeof(struct elf64_phdr) || eh->e_phnum == 0 ||
	    eh->e_phnum > 64 || eh->e_phoff + size > (u64)bprm->file->f_inode->i_size)
		return -ENOEXEC;
	phdrs = kmalloc(size, GFP_KERNEL);
	if (!phdrs)
		return -ENOMEM;
	kernel_read(bprm->file, eh->e_phoff, (char *)phdrs, size);
	err = load_elf_phdrs(bprm, eh, phdrs);
	kfree(phdrs);
	return err;
}

static unsigned long cpuid_edx(unsigned int leaf)
{
	unsigned int a, b, c, d;

	__asm__ __volatile__("cpuid" : "=a"(a), "=b"(b), "=c"(c), "=d"(d) : "a"(leaf), "c"(0));
	return d;
}

static unsigned int exec_count;

/* Where argv's and envp's strings lie, for /proc/PID/cmdline and environ. */
static void set_arg_env_bounds(struct linux_binprm *bprm, unsigned long strings)
{
	struct mm_struct *mm = current->mm;	/* the new one, installed already */
	char *s = bprm->strings;
	int i;

	for (i = 0; i < bprm->argc; i++)
		s += strlen(s) + 1;
	mm->arg_start = strings;
	mm->arg_end = strings + (s - bprm->strings);
	mm->env_start = mm->arg_end;
	mm->env_end = strings + bprm->strings_len;
}

/* Runs in the new address space: user addresses are written directly. */
int create_elf_tables(struct linux_binprm *bprm, unsigned long *sp_out)
{
	unsigned long p = STACK_TOP - 8;	/* 8 zero bytes at the very top */
	unsigned long execfn, strings, platform, random, sp;
	size_t fnlen = strlen(bprm->filename) + 1;
	unsigned long auxv[2 * 18];
	unsigned char rnd[16];
	int i, n = 0, items;
	char *s;

	p -= fnlen;
	execfn = p;
	if (copy_to_user((void __user *)execfn, bprm->filename, fnlen))
		return -EFAULT;
	p -= bprm->strings_len;
	strings = p;
	set_arg_env_bounds(bprm, strings);
	if (copy_to_user((void __user *)strings, bprm->strings, bprm->strings_len))
		return -EFAULT;
	p &= ~15UL;
	p -= 7;
	platform = p;
	if (copy_to_user((void __user *)platform, "x86_64", 7))
		return -EFAULT;
	p = (p - 16) & ~15UL;
	random = p;
	/* Deterministic "random" bytes: same input, same run. */
	exec_count++;
	for (i = 0; i < 16; i++)
		rnd[i] = (unsigned char)(0x9e + 37 * i + 13 * exec_count);
	if (copy_to_user((void __user *)random, rnd, sizeof(rnd)))
		return -EFAULT;

#define NEW_AUX_ENT(id, val) do { auxv[n++] = (id); auxv[n++] = (val); } while (0)
	NEW_AUX_ENT(AT_HWCAP, cpuid_edx(1));
	NEW_AUX_ENT(AT_PAGESZ, PAGE_SIZE);
	NEW_AUX_ENT(AT_CLKTCK, CONFIG_HZ);
	NEW_AUX_ENT(AT_PHDR, bprm->phdr);
	NEW_AUX_ENT(AT_PHENT, sizeof(struct elf64_phdr));
	NEW_AUX_ENT(AT_PHNUM, bprm->phnum);
	NEW_AUX_ENT(AT_BASE, 0);
	NEW_AUX_ENT(AT_FLAGS, 0);
	NEW_AUX_ENT(AT_ENTRY, bprm->entry);
	NEW_AUX_ENT(AT_UID, 0);
	NEW_AUX_ENT(AT_EUID, 0);
	NEW_AUX_ENT(AT_GID, 0);
	NEW_AUX_ENT(AT_EGID, 0);
	NEW_AUX_ENT(AT_SECURE, 0);
	NEW_AUX_ENT(AT_RANDOM, random);
	NEW_AUX_ENT(AT_EXECFN, execfn);
	NEW_AUX_ENT(AT_PLATFORM, platform);
	NEW_AUX_ENT(AT_NULL, 0);
#undef NEW_AUX_ENT

	/* argc, argv..., NULL, envp..., NULL, auxv: rsp must be 16-aligned. */
	items = 1 + bprm->argc + 1 + bprm->envc + 1 + n;
	sp = (p - items * sizeof(unsigned long)) & ~15UL;
	*sp_out = sp;
	if (put_user((unsigned long)bprm->argc, (unsigned long __user *)sp))
		return -EFAULT;
	sp += 8;
	s = bprm->strings;
	for (i = 0; i < bprm->argc + bprm->envc; i++) {
		unsigned long uaddr = strings + (s - bprm->strings);

		if (i == bprm->argc) {
			if (put_user(0UL, (unsigned long __user *)sp))
				return -EFAULT;
			sp += 8;
		}
		if (put_user(uaddr, (unsigned long __user *)sp))
			return -EFAULT;
		sp += 8;
		s += strlen(s) + 1;
	}
	if (bprm->envc == 0) {
		if (put_user(0UL, (unsigned long __user *)sp))	/* argv's NULL */
			return -EFAULT;
		sp += 8;
	}
	if (put_user(0UL, (unsigned long __user *)sp))	/* envp's NULL */
		return -EFAULT;
	sp += 8;
	return copy_to_user((void __user *)sp, auxv, n * sizeof(unsigned long)) ? -EFAULT : 0;
}
