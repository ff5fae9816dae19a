/*
 * task_mmu.c - /proc/PID/maps and the memory sizes stat and status report.
 *
 * Our ELF loader copies the program's segments into anonymous memory, so
 * the areas of the program image (start_code..start_brk) are shown as
 * Linux shows them: mappings of the program file.
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/sched.h>
#include <linux/mm.h>
#include <linux/proc_fs.h>
#include <asm/pgtable.h>

#define MAPS_NAME_COLUMN	72	/* 25 + sizeof(void *) * 6 - 1, as Linux pads */

unsigned long task_vsize(struct mm_struct *mm)
{
	return total_vm(mm) << PAGE_SHIFT;
}

/* Resident pages: those the page tables map (mm/memory.c counts them). */
unsigned long task_rss(struct mm_struct *mm)
{
	return mm->rss;
}

static int in_image(struct mm_struct *mm, struct vm_area_struct *vma)
{
	return mm->exe_inode && vma->vm_start >= mm->start_code && vma->vm_end <= mm->start_brk;
}

/* One line: "start-end perms offset dev inode", then the name in its column. */
static void show_map_vma(struct seq_file *m, struct mm_struct *mm, struct vm_area_struct *vma)
{
	static char path[PATH_MAX];
	struct inode *inode = vma->vm_file ? vma->vm_file->f_inode :
			      in_image(mm, vma) ? mm->exe_inode : NULL;
	unsigned long pgoff = vma->vm_file ? vma->vm_pgoff << PAGE_SHIFT :
			      inode ? vma->vm_start - mm->start_code : 0;
	const char *name = NULL;
	size_t start = m->count;

	seq_printf(m, "%08lx-%08lx %c%c%c%c %08lx %02x:%02x %lu ", vma->vm_start, vma->vm_end,
		   vma->vm_flags & VM_READ ? 'r' : '-', vma->vm_flags & VM_WRITE ? 'w' : '-',
		   vma->vm_flags & VM_EXEC ? 'x' : '-', vma->vm_flags & VM_SHARED ? 's' : 'p',
		   pgoff, 0, inode ? 1 : 0, inode ? inode->i_ino : 0);
	if (inode)
		name = proc_inode_name(inode, path, sizeof(path)) >= 0 ? path : "(deleted)";
	else if (vma->vm_start <= mm->brk && vma->vm_end >= mm->start_brk)
		name = "[heap]";
	else if (vma->vm_start <= mm->start_stack && vma->vm_end >= mm->start_stack)
		name = "[stack]";
	if (name) {
		while (m->count < m->size && m->count - start < MAPS_NAME_COLUMN)
			seq_write(m, " ", 1);
		seq_printf(m, " %s", name);
	}
	seq_write(m, "\n", 1);
}

int proc_pid_maps(struct seq_file *m, struct task_struct *task)
{
	struct vm_area_struct *vma;

	if (!task->mm)
		return 0;
	for (vma = task->mm->mmap; vma; vma = vma->vm_next)
		show_map_vma(m, task->mm, vma);
	return 0;
}
