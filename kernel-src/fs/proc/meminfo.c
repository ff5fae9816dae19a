/*
 * meminfo.c - /proc/meminfo in Linux 4.7's layout.  The page allocator
 * knows the total and the free pages; what we do not track is 0.
 */
#include <linux/kernel.h>
#include <linux/gfp.h>
#include <linux/mm.h>
#include <linux/proc_fs.h>

/* Linux 4.7's lines after MemAvailable, all in kB; we track none of them. */
static const char *const untracked_kb[] = {
	"Buffers", "Cached", "SwapCached", "Active", "Inactive", "Active(anon)",
	"Inactive(anon)", "Active(file)", "Inactive(file)", "Unevictable", "Mlocked",
	"SwapTotal", "SwapFree", "Dirty", "Writeback", "AnonPages", "Mapped", "Shmem",
	"Slab", "SReclaimable", "SUnreclaim", "KernelStack", "PageTables", "NFS_Unstable",
	"Bounce", "WritebackTmp", "CommitLimit", "Committed_AS", "VmallocTotal",
	"VmallocUsed", "VmallocChunk", "HardwareCorrupted", "AnonHugePages", "CmaTotal",
	"CmaFree",
};

static void show_val_kb(struct seq_file *m, const char *name, unsigned long kb)
{
	char label[20];

	snprintf(label, sizeof(label), "%s:", name);
	seq_printf(m, "%-15s %8lu kB\n", label, kb);
}

int meminfo_proc_show(struct seq_file *m, struct task_struct *unused)
{
	unsigned long free_kb = nr_free_pages() << (PAGE_SHIFT - 10);
	unsigned int i;

	show_val_kb(m, "MemTotal", totalram_pages << (PAGE_SHIFT - 10));
	show_val_kb(m, "MemFree", free_kb);
	show_val_kb(m, "MemAvailable", free_kb);
	for (i = 0; i < sizeof(untracked_kb) / sizeof(untracked_kb[0]); i++)
		show_val_kb(m, untracked_kb[i], 0);
	seq_printf(m, "HugePages_Total:   %5lu\nHugePages_Free:    %5lu\n"
		   "HugePages_Rsvd:    %5lu\nHugePages_Surp:    %5lu\n", 0UL, 0UL, 0UL, 0UL);
	show_val_kb(m, "Hugepagesize", 2048);
	show_val_kb(m, "DirectMap4k", 0);
	show_val_kb(m, "DirectMap2M", totalram_pages << (PAGE_SHIFT - 10));
	return 0;
}
