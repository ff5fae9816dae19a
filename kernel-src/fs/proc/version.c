/*
 * version.c - /proc/version (the banner printk shows first, as uname
 * reports it), and what is mounted: /proc/filesystems, /proc/mounts.
 */
#include <linux/kernel.h>
#include <linux/utsname.h>
#include <linux/proc_fs.h>

int version_proc_show(struct seq_file *m, struct task_struct *unused)
{
	seq_printf(m, "%s", linux_banner);
	return 0;
}

int filesystems_proc_show(struct seq_file *m, struct task_struct *unused)
{
	seq_printf(m, "nodev\trootfs\nnodev\tramfs\nnodev\tproc\n");
	return 0;
}

int mounts_proc_show(struct seq_file *m, struct task_struct *unused)
{
	seq_printf(m, "rootfs / rootfs rw 0 0\nproc /proc proc rw,nosuid,nodev,noexec,relatime 0 0\n");
	return 0;
}
