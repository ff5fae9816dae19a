/*
 * shm.c - System V shared memory (Linux's ipc/shm.c): shmget, shmat, shmdt, shmctl.
 *
 * A segment is backed as MAP_SHARED | MAP_ANONYMOUS memory is (mm/shmem.c): an
 * unnamed ramfs file whose page cache holds the pages.  shmat maps that file
 * MAP_SHARED, so fork shares an attachment and exec and exit drop it as they do
 * any mapping, and the pages go with the file.
 *
 * The file's references say who still needs the segment: the segment holds one
 * while it has its id, each mapping area holds one.  So shm_nattch is the file's
 * count less the segment's own (an area split by mprotect counts twice, as
 * Linux's per-area count does).  IPC_RMID frees the key at once and gives up the
 * segment's reference; the id stays (with SHM_DEST) until the last area goes,
 * when the file's release frees the segment.
 */
#include <linux/kernel.h>
#include <linux/err.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/sched.h>
#include <linux/fs.h>
#include <linux/mm.h>
#include <linux/ipc.h>
#include <linux/syscalls.h>
#include <uapi/linux/shm.h>

struct shmid_kernel {
	struct kern_ipc_perm	shm_perm;
	struct file		*shm_file;
	size_t			shm_segsz;
	time_t			shm_atim, shm_dtim, shm_ctim;
	pid_t			shm_cprid, shm_lprid;
};

static struct ipc_ids shm_ids;
static unsigned long shm_tot;		/* pages in all segments */

static void shm_release(struct inode *inode, struct file *file);

/* The operations that make a file a segment's: only its release matters. */
static const struct file_operations shm_file_operations = {
	.release = shm_release,
};

/* The segment a table lookup found, or the lookup's error. */
static struct shmid_kernel *shm_of(struct kern_ipc_perm *perm)
{
	return IS_ERR(perm) ? (void *)perm : container_of(perm, struct shmid_kernel, shm_perm);
}

static unsigned long shm_pages(struct shmid_kernel *shp)
{
	return PAGE_ALIGN(shp->shm_segsz) >> PAGE_SHIFT;
}

static unsigned long shm_nattch(struct shmid_kernel *shp)
{
	return shp->shm_file->f_count - !(shp->shm_perm.mode & SHM_DEST);
}

/* The segment's file has no references left: no id, no attachment.  Free the segment. */
static void shm_release(struct inode *inode, struct file *file)
{
	struct shmid_kernel *shp = file->private_data;

	(void)inode;
	if (!shp->shm_perm.deleted)
		ipc_rmid(&shm_ids, &shp->shm_perm);
	shm_tot -= shm_pages(shp);
	kfree(shp);
}

static int newseg(struct ipc_params *params)
{
	size_t size = params->size;
	unsigned long numpages = PAGE_ALIGN(size) >> PAGE_SHIFT;
	struct shmid_kernel *shp;
	struct file *file;
	int id;

	if (size < SHMMIN || size > SHMMAX)
		return -EINVAL;
	if (numpages << PAGE_SHIFT < size)
		return -ENOSPC;
	if (shm_tot + numpages < shm_tot || shm_tot + numpages > SHMALL)
		return -ENOSPC;
	shp = kzalloc(sizeof(*shp), GFP_KERNEL);
	if (!shp)
		return -ENOMEM;
	file = shmem_file_setup(size);
	if (!file) {
		kfree(shp);
		return -ENOMEM;
	}
	shp->shm_perm.key = params->key;
	shp->shm_perm.mode = params->flg & S_IRWXUGO;
	shp->shm_segsz = size;
	shp->shm_ctim = ipc_time();
	shp->shm_cprid = current->tgid;
	id = ipc_addid(&shm_ids, &shp->shm_perm, SHMMNI);
	if (id < 0) {
		fput(file);
		kfree(shp);
		return id;
	}
	file->f_op = &shm_file_operations;
	file->private_data = shp;
	shp->shm_file = file;
	shm_tot += numpages;
	return id;
}

/* shmget of an existing key: it must be at least as big as asked. */
static int shm_more_checks(struct kern_ipc_perm *perm, struct ipc_params *params)
{
	struct shmid_kernel *shp = shm_of(perm);

	return shp->shm_segsz < params->size ? -EINVAL : 0;
}

static const struct ipc_ops shm_ops = {
	.getnew = newseg,
	.more_checks = shm_more_checks,
};

SYSCALL_DEFINE3(shmget, key_t, key, size_t, size, int, shmflg)
{
	struct ipc_params params = { .key = key, .flg = shmflg, .size = size };

	return ipcget(&shm_ids, &shm_ops, &params);
}

/* The attach address: the caller's (rounded down with SHM_RND) or 0 for the kernel's choice. */
static long shmat_address(unsigned long addr, int shmflg)
{
	if (!addr)
		return (shmflg & SHM_REMAP) ? -EINVAL : 0;
	if (addr & (SHMLBA - 1)) {
		if (!(shmflg & SHM_RND))
			return -EINVAL;
		addr &= ~(SHMLBA - 1);
	}
	return addr;
}

static long do_shmat(int shmid, unsigned long shmaddr, int shmflg)
{
	struct mm_struct *mm = current->mm;
	unsigned long vm_flags = VM_READ | VM_SHARED, len;
	short acc_mode = S_IRUGO;
	struct shmid_kernel *shp;
	long addr;
	int err;

	if (shmid < 0)
		return -EINVAL;
	addr = shmat_address(shmaddr, shmflg);
	if (addr < 0)
		return addr;
	if (!(shmflg & SHM_RDONLY)) {
		vm_flags |= VM_WRITE;
		acc_mode |= S_IWUGO;
	}
	if (shmflg & SHM_EXEC) {
		vm_flags |= VM_EXEC;
		acc_mode |= 0111;
	}
	shp = shm_of(ipc_obtain_object_check(&shm_ids, shmid));
	if (IS_ERR(shp))
		return PTR_ERR(shp);
	if (ipcperms(&shp->shm_perm, acc_mode))
		return -EACCES;
	len = PAGE_ALIGN(shp->shm_segsz);
	if (addr) {
		if (addr + len < (unsigned long)addr)
			return -EINVAL;
		if (len > TASK_SIZE || addr > TASK_SIZE - len)
			return -ENOMEM;
		if (!(shmflg & SHM_REMAP) && find_vma_intersection(mm, addr, addr + len))
			return -EINVAL;
		do_munmap(mm, addr, len);	/* SHM_REMAP: whatever was there goes */
	} else {
		addr = get_unmapped_area(mm, len);
	}
	err = insert_vma(mm, addr, addr + len, vm_flags, shp->shm_file, 0);
	if (err)
		return err;
	shp->shm_atim = ipc_time();
	shp->shm_lprid = current->tgid;
	return addr;
}

SYSCALL_DEFINE3(shmat, int, shmid, char __user *, shmaddr, int, shmflg)
{
	return do_shmat(shmid, (unsigned long)shmaddr, shmflg);
}

static struct shmid_kernel *shm_of_vma(struct vm_area_struct *vma)
{
	if (!vma->vm_file || vma->vm_file->f_op != &shm_file_operations)
		return NULL;
	return vma->vm_file->private_data;
}

/* Is vma the piece of an attachment at addr that maps the segment's page vm_pgoff? */
static int attached_at(struct vm_area_struct *vma, unsigned long addr)
{
	return shm_of_vma(vma) && (vma->vm_start - addr) / PAGE_SIZE == vma->vm_pgoff;
}

/*
 * Detach the segment attached at addr: as Linux, the first segment area from
 * addr on that starts at addr plus its page offset, and the further areas of the
 * same file within the segment's size from addr (mprotect may have split it).
 */
SYSCALL_DEFINE1(shmdt, char __user *, shmaddr)
{
	struct mm_struct *mm = current->mm;
	unsigned long addr = (unsigned long)shmaddr, size = 0;
	struct vm_area_struct *vma, *next;
	struct shmid_kernel *shp = NULL;

	if (addr & ~PAGE_MASK)
		return -EINVAL;
	for (vma = mm->mmap; vma; vma = next) {
		next = vma->vm_next;
		if (vma->vm_end <= addr || !attached_at(vma, addr))
			continue;
		shp = shm_of_vma(vma);
		size = PAGE_ALIGN(shp->shm_segsz);
		break;
	}
	if (!shp)
		return -EINVAL;
	shp->shm_dtim = ipc_time();
	shp->shm_lprid = current->tgid;
	for (vma = mm->mmap; vma; vma = next) {
		next = vma->vm_next;
		if (vma->vm_start >= addr && vma->vm_end - addr <= size && attached_at(vma, addr) &&
		    shm_of_vma(vma) == shp)
			do_munmap(mm, vma->vm_start, vma->vm_end - vma->vm_start);
	}
	return 0;
}

/* IPC_RMID: the key is free at once; the segment goes with its last attachment. */
static void do_shm_rmid(struct shmid_kernel *shp)
{
	if (shp->shm_perm.mode & SHM_DEST)
		return;
	shp->shm_perm.mode |= SHM_DEST;
	shp->shm_perm.key = IPC_PRIVATE;
	fput(shp->shm_file);		/* may free shp */
}

static long shmctl_stat(struct shmid_kernel *shp, struct shmid64_ds __user *buf)
{
	struct shmid64_ds tbuf;

	if (ipcperms(&shp->shm_perm, S_IRUGO))
		return -EACCES;
	memset(&tbuf, 0, sizeof(tbuf));
	kernel_to_ipc64_perm(&shp->shm_perm, &tbuf.shm_perm);
	tbuf.shm_segsz = shp->shm_segsz;
	tbuf.shm_atime = shp->shm_atim;
	tbuf.shm_dtime = shp->shm_dtim;
	tbuf.shm_ctime = shp->shm_ctim;
	tbuf.shm_cpid = shp->shm_cprid;
	tbuf.shm_lpid = shp->shm_lprid;
	tbuf.shm_nattch = shm_nattch(shp);
	return copy_to_user(buf, &tbuf, sizeof(tbuf)) ? -EFAULT : 0;
}

/* Pages of all segments that are in memory now. */
static unsigned long shm_rss(void)
{
	unsigned long rss = 0, i;
	int slot;

	for (slot = 0; slot < IPC_SLOTS; slot++) {
		struct kern_ipc_perm *perm = shm_ids.entries[slot];
		struct inode *inode;

		if (!perm)
			continue;
		inode = container_of(perm, struct shmid_kernel, shm_perm)->shm_file->f_inode;
		for (i = 0; i < inode->i_pages_len; i++)
			rss += inode->i_pages[i] != 0;
	}
	return rss;
}

/* IPC_INFO (the limits) and SHM_INFO (the usage); both return the highest slot in use. */
static long shmctl_info(int cmd, void __user *buf)
{
	int maxid = ipc_get_maxid(&shm_ids);

	if (cmd == IPC_INFO) {
		struct shminfo64 info = {
			.shmmax = SHMMAX, .shmmin = SHMMIN, .shmmni = SHMMNI,
			.shmseg = SHMSEG, .shmall = SHMALL,
		};

		if (copy_to_user(buf, &info, sizeof(info)))
			return -EFAULT;
	} else {
		struct shm_info info = {
			.used_ids = shm_ids.in_use, .shm_tot = shm_tot, .shm_rss = shm_rss(),
		};

		if (copy_to_user(buf, &info, sizeof(info)))
			return -EFAULT;
	}
	return maxid < 0 ? 0 : maxid;
}

/* IPC_SET, IPC_RMID, SHM_LOCK and SHM_UNLOCK: the owner's (or root's) commands. */
static long shmctl_down(struct shmid_kernel *shp, int cmd, struct shmid64_ds __user *buf)
{
	struct shmid64_ds shmid64;

	if (!ipc_may_change(&shp->shm_perm))
		return -EPERM;
	switch (cmd) {
	case IPC_SET:
		if (copy_from_user(&shmid64, buf, sizeof(shmid64)))
			return -EFAULT;
		ipc_update_perm(&shmid64.shm_perm, &shp->shm_perm);
		shp->shm_ctim = ipc_time();
		return 0;
	case IPC_RMID:
		do_shm_rmid(shp);
		return 0;
	case SHM_LOCK:			/* nothing is ever swapped: the bit only reports the request */
		shp->shm_perm.mode |= SHM_LOCKED;
		return 0;
	default:
		shp->shm_perm.mode &= ~SHM_LOCKED;
		return 0;
	}
}

SYSCALL_DEFINE3(shmctl, int, shmid, int, cmd, struct shmid64_ds __user *, buf)
{
	struct shmid_kernel *shp;
	long err;

	if (cmd < 0 || shmid < 0)
		return -EINVAL;
	switch (cmd) {
	case IPC_INFO:
	case SHM_INFO:
		return shmctl_info(cmd, buf);
	case SHM_STAT:
		shp = shm_of(ipc_obtain_object_idx(&shm_ids, shmid));
		if (IS_ERR(shp))
			return PTR_ERR(shp);
		err = shmctl_stat(shp, buf);
		return err ? err : shp->shm_perm.id;
	case IPC_STAT:
	case IPC_SET:
	case IPC_RMID:
	case SHM_LOCK:
	case SHM_UNLOCK:
		shp = shm_of(ipc_obtain_object_check(&shm_ids, shmid));
		if (IS_ERR(shp))
			return PTR_ERR(shp);
		return cmd == IPC_STAT ? shmctl_stat(shp, buf) : shmctl_down(shp, cmd, buf);
	default:
		return -EINVAL;
	}
}
