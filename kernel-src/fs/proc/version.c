/*
 * version.c - /proc/version: the banner printk shows first, as uname
 * reports it.  (/proc/filesystems and /proc/mounts: fs/namespace.c.)
 */
#include <linux/kernel.h>
#include <linux/utsname.h>
#include <linux/proc_fs.h>

int version_proc_show(struct seq_file *m, struct task_struct *unused)
{
	seq_printf(m, "%s", linux_banner);
	return 0;
}
