/*
 * utimes.c - setting a file's access and modification times: utimensat
 * (nanoseconds, UTIME_NOW, UTIME_OMIT, AT_SYMLINK_NOFOLLOW, and a NULL
 * path for a descriptor), and the older utime, utimes and futimesat.
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/fs.h>
#include <linux/time.h>
#include <linux/syscalls.h>
#include <asm/uaccess.h>

#define UTIME_NOW	((1L << 30) - 1L)
#define UTIME_OMIT	((1L << 30) - 2L)

struct utimbuf {
	time_t actime;
	time_t modtime;
};

/* Apply times[0] (access) and times[1] (modification); NULL means now for both. */
static long set_times(struct inode *inode, const struct timespec *times)
{
	struct timespec now;
	int i;

	if (mnt_want_write(inode))
		return -EROFS;
	current_time(&now);
	for (i = 0; i < 2; i++) {
		struct timespec *field = i == 0 ? &inode->i_atime : &inode->i_mtime;

		if (!times || times[i].tv_nsec == UTIME_NOW)
			*field = now;
		else if (times[i].tv_nsec != UTIME_OMIT)
			*field = times[i];
	}
	inode->i_ctime = now;
	return 0;
}

static int valid_times(const struct timespec *t)
{
	int i;

	for (i = 0; i < 2; i++) {
		if (t[i].tv_nsec == UTIME_NOW || t[i].tv_nsec == UTIME_OMIT)
			continue;
		if (t[i].tv_nsec < 0 || t[i].tv_nsec >= NSEC_PER_SEC)
			return 0;
	}
	return 1;
}

static long do_utimes(int dfd, const char __user *filename, const struct timespec *times, int flags)
{
	char path[PATH_MAX];
	struct inode *inode;
	long len;
	int err;

	if (flags & ~AT_SYMLINK_NOFOLLOW)
		return -EINVAL;
	if (times && !valid_times(times))
		return -EINVAL;
	if (!filename) {	/* futimens: the descriptor itself */
		struct file *f = dfd == AT_FDCWD ? NULL : fget(dfd);

		return f ? set_times(f->f_inode, times) : -EBADF;
	}
	len = getname(filename, path);
	if (len < 0)
		return len;
	inode = (flags & AT_SYMLINK_NOFOLLOW) ? lnamei(dfd, path, &err) : namei(dfd, path, &err);
	return inode ? set_times(inode, times) : err;
}

SYSCALL_DEFINE4(utimensat, int, dfd, const char __user *, filename,
		struct timespec __user *, utimes, int, flags)
{
	struct timespec t[2];

	if (utimes && copy_from_user(t, utimes, sizeof(t)))
		return -EFAULT;
	return do_utimes(dfd, filename, utimes ? t : NULL, flags);
}

/* The microsecond forms. */
static long utimes_timeval(int dfd, const char __user *filename, struct timeval __user *utimes)
{
	struct timeval tv[2];
	struct timespec t[2];
	int i;

	if (!utimes)
		return do_utimes(dfd, filename, NULL, 0);
	if (copy_from_user(tv, utimes, sizeof(tv)))
		return -EFAULT;
	for (i = 0; i < 2; i++) {
		if (tv[i].tv_usec < 0 || tv[i].tv_usec >= 1000000)
			return -EINVAL;
		t[i].tv_sec = tv[i].tv_sec;
		t[i].tv_nsec = tv[i].tv_usec * 1000;
	}
	return do_utimes(dfd, filename, t, 0);
}

SYSCALL_DEFINE3(futimesat, int, dfd, const char __user *, filename, struct timeval __user *, utimes)
{
	return utimes_timeval(dfd, filename, utimes);
}

SYSCALL_DEFINE2(utimes, const char __user *, filename, struct timeval __user *, utimes)
{
	return utimes_timeval(AT_FDCWD, filename, utimes);
}

SYSCALL_DEFINE2(utime, const char __user *, filename, struct utimbuf __user *, times)
{
	struct utimbuf ub;
	struct timespec t[2];

	if (!times)
		return do_utimes(AT_FDCWD, filename, NULL, 0);
	if (copy_from_user(&ub, times, sizeof(ub)))
		return -EFAULT;
	t[0].tv_sec = ub.actime;
	t[0].tv_nsec = 0;
	t[1].tv_sec = ub.modtime;
	t[1].tv_nsec = 0;
	return do_utimes(AT_FDCWD, filename, t, 0);
}
