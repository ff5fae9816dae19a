/*
 * shmem.c - MAP_SHARED | MAP_ANONYMOUS memory.  As Linux does, the mapping is of a
 * file: an unnamed ramfs file of the mapping's size, whose page cache holds the
 * pages.  fork copies the mapping, not the memory, so parent and child fault in the
 * same pages, whichever touches a page first.  The file goes when its last mapping does.
 * Also tmpfs's fallocate, for every ramfs file, and memfd_create: a file like that
 * with a name only for /proc, whose changes F_ADD_SEALS can forbid.
 */
#include <linux/kernel.h>
#include <linux/slab.h>
#include <linux/fs.h>
#include <linux/mm.h>
#include <linux/string.h>
#include <linux/sched.h>
#include <linux/uaccess.h>
#include <linux/syscalls.h>
#include <uapi/linux/falloc.h>

struct file *shmem_file_setup(unsigned long size)
{
	struct inode *inode = ramfs_get_inode(S_IFREG | 0600, 0);
	struct file *file;

	if (!inode)
		return NULL;
	inode->i_size = size;
	file = alloc_file(inode, O_RDWR, inode->i_fop);
	if (!file)
		kfree(inode);
	return file;
}

/*
 * Zero bytes [start, end) of the file, which lie below its end.  Whole pages
 * go back to the allocator (a hole reads as zeros) unless a mapping may hold
 * them; then they are cleared in place, which every mapping sees.
 */
static void shmem_punch_hole(struct inode *inode, loff_t start, loff_t end)
{
	int mapped = mapping_mapped(inode);

	while (start < end) {
		unsigned long index = start >> PAGE_SHIFT, page = find_get_page(inode, index);
		size_t off = start & ~PAGE_MASK, n = min_t(loff_t, PAGE_SIZE - off, end - start);

		if (page && n == PAGE_SIZE && !mapped) {
			delete_from_page_cache(inode, index);
		} else if (page) {
			memset((char *)page + off, 0, n);
		}
		start += n;
	}
}

/* A page for every page of [start, end), holes included: ENOSPC once memory runs out. */
static int shmem_alloc_range(struct inode *inode, loff_t start, loff_t end)
{
	unsigned long index;

	for (index = start >> PAGE_SHIFT; (loff_t)index << PAGE_SHIFT < end; index++)
		if (!find_or_create_page(inode, index))
			return -ENOSPC;
	return 0;
}

/*
 * fallocate on our files, as tmpfs does: allocate the range (growing the
 * file unless FALLOC_FL_KEEP_SIZE), or punch a hole in it; no other mode.
 * The page cache keeps no page wholly past the end (filemap.c), so
 * KEEP_SIZE reserves nothing there.
 */
long shmem_fallocate(struct file *file, int mode, loff_t offset, loff_t len)
{
	struct inode *inode = file->f_inode;
	loff_t end = offset + len, size = inode->i_size, new_size = size;
	int err;

	if (mode & ~(FALLOC_FL_KEEP_SIZE | FALLOC_FL_PUNCH_HOLE))
		return -EOPNOTSUPP;
	if (mode & FALLOC_FL_PUNCH_HOLE) {
		if (inode->i_seals & F_SEAL_WRITE)
			return -EPERM;
		shmem_punch_hole(inode, offset, min(end, size));
		return 0;
	}
	if ((inode->i_seals & F_SEAL_GROW) && end > size)
		return -EPERM;
	if (!(mode & FALLOC_FL_KEEP_SIZE) && end > size)
		new_size = end;
	err = shmem_alloc_range(inode, offset, min(end, new_size));
	if (err) {
		truncate_inode_pages(inode, size);	/* none past the old end */
		return err;
	}
	if (new_size > size)
		ramfs_resize(inode, new_size);
	current_time(&inode->i_ctime);
	return 0;
}

/* memfd_create's flags, and its names: "memfd:" and the caller's, at most NAME_MAX in all */
#define MFD_CLOEXEC		0x0001U
#define MFD_ALLOW_SEALING	0x0002U
#define MFD_ALL_FLAGS		(MFD_CLOEXEC | MFD_ALLOW_SEALING)
#define MFD_NAME_PREFIX		"/memfd:"	/* with the "/" /proc shows first */
#define MFD_NAME_PREFIX_LEN	(sizeof(MFD_NAME_PREFIX) - 1)
#define MFD_NAME_MAX_LEN	(NAME_MAX - (MFD_NAME_PREFIX_LEN - 1))
#define F_ALL_SEALS		(F_SEAL_SEAL | F_SEAL_SHRINK | F_SEAL_GROW | F_SEAL_WRITE)

/* "/memfd:NAME" from the user's NAME, as /proc/PID/fd shows it (with " (deleted)"). */
static char *memfd_name(const char __user *uname, long *err)
{
	long len = strnlen_user(uname, MFD_NAME_MAX_LEN + 1);	/* with its NUL */
	char *name;

	*err = len <= 0 ? -EFAULT : -EINVAL;
	if (len <= 0 || len > MFD_NAME_MAX_LEN + 1)
		return NULL;
	name = kmalloc(MFD_NAME_PREFIX_LEN + len, GFP_KERNEL);
	*err = -ENOMEM;
	if (!name)
		return NULL;
	strcpy(name, MFD_NAME_PREFIX);
	*err = -EFAULT;
	if (copy_from_user(name + MFD_NAME_PREFIX_LEN, uname, len) || name[MFD_NAME_PREFIX_LEN + len - 1]) {
		kfree(name);		/* the NUL moved since strnlen_user saw it */
		return NULL;
	}
	return name;
}

SYSCALL_DEFINE2(memfd_create, const char __user *, uname, unsigned int, flags)
{
	struct file *file;
	long err;
	char *name;
	int fd;

	if (flags & ~MFD_ALL_FLAGS)
		return -EINVAL;
	name = memfd_name(uname, &err);
	if (!name)
		return err;
	fd = get_unused_fd();
	file = fd < 0 ? NULL : shmem_file_setup(0);
	if (!file) {
		kfree(name);
		return fd < 0 ? fd : -ENOMEM;
	}
	file->f_inode->i_mode = S_IFREG | 0777;
	file->f_inode->i_deleted_name = name;
	if (flags & MFD_ALLOW_SEALING)
		file->f_inode->i_seals &= ~F_SEAL_SEAL;
	fd_install(fd, file);
	if (flags & MFD_CLOEXEC)
		current->files->close_on_exec |= 1UL << fd;
	return fd;
}

/*
 * F_ADD_SEALS: from now on refuse what the seals name.  Sealing writes needs
 * every mapping that could write gone (EBUSY), as Linux's.
 */
static long shmem_add_seals(struct file *file, unsigned int seals)
{
	struct inode *inode = file->f_inode;

	if (!file_writable(file))
		return -EPERM;
	if (seals & ~F_ALL_SEALS)
		return -EINVAL;
	if (inode->i_seals & F_SEAL_SEAL)
		return -EPERM;
	if ((seals & F_SEAL_WRITE) && !(inode->i_seals & F_SEAL_WRITE) && mapping_writably_mapped(inode))
		return -EBUSY;
	inode->i_seals |= seals;
	return 0;
}

/* fcntl's F_ADD_SEALS and F_GET_SEALS: only our regular files (tmpfs's) have seals. */
long shmem_fcntl(struct file *file, unsigned int cmd, unsigned long arg)
{
	if (file->f_op != &ramfs_file_operations)
		return -EINVAL;
	if (cmd == F_ADD_SEALS)
		return shmem_add_seals(file, (unsigned int)arg);
	return file->f_inode->i_seals;
}
