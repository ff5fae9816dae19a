/* magic.h - the file-system types statfs reports in f_type (Linux 4.7's values). */
#ifndef __LINUX_MAGIC_H__
#define __LINUX_MAGIC_H__

#define RAMFS_MAGIC		0x858458f6
#define TMPFS_MAGIC		0x01021994
#define PROC_SUPER_MAGIC	0x9fa0
#define DEVPTS_SUPER_MAGIC	0x1cd1
#define PIPEFS_MAGIC		0x50495045
#define SOCKFS_MAGIC		0x534F434B
#define MQUEUE_MAGIC		0x19800202

#endif
