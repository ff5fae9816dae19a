/*
 * exec.c - execve: replace the calling process's program.
 *
 * The arguments and environment are first copied into a kernel buffer
 * (the old address space, which they live in, is about to go).  Then the
 * file is checked: "#!" scripts restart the exec with their interpreter,
 * ELF files are loaded by binfmt_elf.c into a new address space.  Only
 * when that has worked is the old program thrown away - before that
 * point execve can still fail and return to it.  execveat does the same
 * for a path from a directory descriptor, or for an open file (fexecve).
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/ptrace.h>
#include <linux/sched.h>
#include <linux/slab.h>
#include <linux/mm.h>
#include <linux/fs.h>
#include <linux/binfmts.h>
#include <linux/posix-timers.h>
#include <linux/personality.h>
#include <linux/syscalls.h>

#define MAX_INTERP_DEPTH 4

/* Append one string to bprm->strings.  from_user: s is a user pointer. */
static int push_string(struct linux_binprm *bprm, const char *s, int from_user)
{
	unsigned long room = MAX_ARG_STRLEN - bprm->strings_len;
	long len;

	if (from_user) {
		len = strncpy_from_user(bprm->strings + bprm->strings_len,
					(const char __user *)s, room);
		if (len < 0)
			return -EFAULT;
		if ((unsigned long)len == room)
			return -E2BIG;
	} else {
		len = (long)strlen(s);
		if ((unsigned long)len >= room)
			return -E2BIG;
		memcpy(bprm->strings + bprm->strings_len, s, len + 1);
	}
	bprm->strings_len += len + 1;
	return 0;
}

/* Copy a NULL-terminated array of strings; returns the count or -errno. */
static int copy_strings(struct linux_binprm *bprm, char *const *argv, int from_user)
{
	int n = 0, err;

	if (!argv)
		return 0;
	for (;; n++) {
		char *s;

		if (from_user) {
			if (get_user(s, (char *const __user *)argv + n))
				return -EFAULT;
		} else {
			s = argv[n];
		}
		if (!s)
			return n;
		err = push_string(bprm, s, from_user);
		if (err)
			return err;
	}
}

/* The n-th string in a packed buffer. */
static char *nth_string(char *strings, int n)
{
	while (n--)
		strings += strlen(strings) + 1;
	return strings;
}

/*
 * "#!interpreter [arg]": run the interpreter with the script's name as an
 * extra argument: argv becomes interpreter [arg] script argv[1..].
 */
static int prepare_script(struct linux_binprm *bprm, char **interp_out)
{
	static char interp[BINPRM_BUF_SIZE], arg[BINPRM_BUF_SIZE];
	char *p = bprm->buf + 2, *end, *old;
	unsigned long old_len = bprm->strings_len;
	int i, err, has_arg = 0;

	bprm->buf[BINPRM_BUF_SIZE - 1] = '\0';
	end = strchr(p, '\n');
	if (end)
		*end = '\0';
	while (*p == ' ' || *p == '\t')
		p++;
	if (!*p)
		return -ENOEXEC;
	for (i = 0; *p && *p != ' ' && *p != '\t'; )
		interp[i++] = *p++;
	interp[i] = '\0';
	while (*p == ' ' || *p == '\t')
		p++;
	if (*p) {
		for (i = 0; *p; )
			arg[i++] = *p++;
		while (i > 0 && (arg[i - 1] == ' ' || arg[i - 1] == '\t'))
			i--;
		arg[i] = '\0';
		has_arg = 1;
	}

	/* Rebuild the strings: interp [arg] filename argv[1..] envp. */
	old = kmalloc(old_len, GFP_KERNEL);
	if (!old)
		return -ENOMEM;
	memcpy(old, bprm->strings, old_len);
	bprm->strings_len = 0;
	err = push_string(bprm, interp, 0);
	if (!err && has_arg)
		err = push_string(bprm, arg, 0);
	if (!err)
		err = push_string(bprm, bprm->filename, 0);
	for (i = 1; !err && i < bprm->argc + bprm->envc; i++)
		err = push_string(bprm, nth_string(old, i), 0);
	kfree(old);
	if (err)
		return err;
	bprm->argc += has_arg ? 2 : 1;
	*interp_out = interp;
	return 0;
}

static const char *basename(const char *path)
{
	const char *slash = strrchr(path, '/');

	return slash ? slash + 1 : path;
}

/* Past the point of no return: switch to the new program. */
static void install_new_program(struct linux_binprm *bprm)
{
	struct mm_struct *old;
	struct pt_regs *regs = current_pt_regs();
	pid_t old_pid = current->pid;	/* de_thread may give a thread its leader's */
	unsigned long sp;

	de_thread();		/* the new program starts with this thread alone */
	exit_itimers(current->tgid);	/* POSIX timers do not survive execve; interval timers do */
	flush_itimer_signals(current);
	exit_robust_list(current);	/* its locks' words are in the old program's memory */
	old = current->mm;
	current->mm = bprm->mm;
	bprm->mm = NULL;
	switch_mm(current->mm);
	if (old) {
		account_mm_peak(current, old);
		mmput(old);
	}
	current->clear_child_tid = NULL;	/* it pointed into the old program */
	strlcpy(current->comm, basename(bprm->filename), sizeof(current->comm));
	close_on_exec();
	flush_signal_handlers(current);
	cap_bprm_set_creds(&current->cred);
	current->personality &= ~READ_IMPLIES_EXEC;	/* Linux's set_personality_64bit */
	flush_thread();
	if (create_elf_tables(bprm, &sp))
		do_exit(SIGSEGV);	/* cannot return to the old program: it is gone */
	start_thread(regs, bprm->entry, sp);
	ptrace_event(PTRACE_EVENT_EXEC, old_pid);
}

/*
 * The file execveat names: dfd itself with AT_EMPTY_PATH and an empty path,
 * else path from dfd; with AT_SYMLINK_NOFOLLOW a final symbolic link is
 * refused (ELOOP), as opening it would be.
 */
static struct inode *open_exec(int dfd, const char *path, int flags, int *err)
{
	struct inode *inode;

	if (!*path && (flags & AT_EMPTY_PATH)) {
		struct file *f = fget(dfd);

		*err = -EBADF;
		return f ? f->f_inode : NULL;
	}
	if (!(flags & AT_SYMLINK_NOFOLLOW))
		return namei(dfd, path, err);
	inode = lnamei(dfd, path, err);
	if (inode && S_ISLNK(inode->i_mode)) {
		*err = -ELOOP;
		return NULL;
	}
	return inode;
}

/* Run the file (dfd, path, flags as execveat), or the interpreters its "#!" lines name. */
static int exec_binprm(struct linux_binprm *bprm, int dfd, const char *path, int flags)
{
	char *interp = NULL;
	int depth, err;

	for (depth = 0; depth < MAX_INTERP_DEPTH; depth++) {
		struct inode *inode = depth ? namei(AT_FDCWD, path, &err) : open_exec(dfd, path, flags, &err);

		if (!inode)
			return err;
		/* Not a regular file, or on a file system mounted noexec. */
		if (!S_ISREG(inode->i_mode) || (inode->i_sb->s_mnt_flags & ST_NOEXEC))
			return -EACCES;
		if (bprm->file)
			fput(bprm->file);
		bprm->file = alloc_file(inode, O_RDONLY, inode->i_fop);
		if (!bprm->file)
			return -ENOMEM;
		memset(bprm->buf, 0, sizeof(bprm->buf));
		kernel_read(bprm->file, 0, bprm->buf, sizeof(bprm->buf));

		if (bprm->buf[0] == '#' && bprm->buf[1] == '!') {
			err = prepare_script(bprm, &interp);
			if (err)
				return err;
			path = interp;
			continue;
		}
		err = load_elf_binary(bprm);
		if (err)
			return err;
		install_new_program(bprm);
		return 0;
	}
	return -ELOOP;
}

/*
 * The name the new program gets (comm, AT_EXECFN, a script's argument):
 * the path itself, or for a path from a directory descriptor Linux's
 * "/dev/fd/N/path" ("/dev/fd/N" for the descriptor's own file).
 */
static char *exec_filename(int dfd, const char *path)
{
	char *name;

	if (dfd == AT_FDCWD || path[0] == '/')
		return NULL;
	name = kmalloc(PATH_MAX, GFP_KERNEL);
	if (name && snprintf(name, PATH_MAX, *path ? "/dev/fd/%d/%s" : "/dev/fd/%d", dfd, path) >= PATH_MAX) {
		kfree(name);
		return NULL;
	}
	return name;
}

/* argv/envp are kernel or user arrays, as from_user says. */
static int do_execveat_common(int dfd, const char *filename, char *const *argv, char *const *envp,
			      int flags, int from_user)
{
	struct linux_binprm bprm;
	char *fd_name = exec_filename(dfd, filename);
	int err;

	memset(&bprm, 0, sizeof(bprm));
	bprm.filename = fd_name ? fd_name : filename;
	bprm.strings = (char *)__get_free_pages(GFP_KERNEL, ARG_PAGES_ORDER);
	if (!bprm.strings) {
		kfree(fd_name);
		return -ENOMEM;
	}
	err = copy_strings(&bprm, argv, from_user);
	if (err >= 0) {
		bprm.argc = err;
		err = copy_strings(&bprm, envp, from_user);
	}
	if (err >= 0) {
		bprm.envc = err;
		err = exec_binprm(&bprm, dfd, filename, flags);
	}
	if (bprm.mm)
		mmput(bprm.mm);
	if (bprm.file)
		fput(bprm.file);
	free_pages((unsigned long)bprm.strings, ARG_PAGES_ORDER);
	kfree(fd_name);
	return err;
}

int do_execve(const char *filename, char *const argv[], char *const envp[])
{
	return do_execveat_common(AT_FDCWD, filename, argv, envp, 0, 0);
}

SYSCALL_DEFINE3(execve, const char __user *, filename,
		const char __user *const __user *, argv,
		const char __user *const __user *, envp)
{
	char path[PATH_MAX];
	long len = getname(filename, path);

	if (len < 0)
		return len;
	return do_execveat_common(AT_FDCWD, path, (char *const *)argv, (char *const *)envp, 0, 1);
}

/* execve of a path from a directory descriptor, or (AT_EMPTY_PATH) of an open file: fexecve. */
SYSCALL_DEFINE5(execveat, int, fd, const char __user *, filename,
		const char __user *const __user *, argv,
		const char __user *const __user *, envp, int, flags)
{
	char path[PATH_MAX];
	long len;

	if (flags & ~(AT_SYMLINK_NOFOLLOW | AT_EMPTY_PATH))
		return -EINVAL;
	len = strncpy_from_user(path, filename, PATH_MAX);
	if (len < 0)
		return len;
	if (len == PATH_MAX)
		return -ENAMETOOLONG;
	if (!len && !(flags & AT_EMPTY_PATH))
		return -ENOENT;
	return do_execveat_common(fd, path, (char *const *)argv, (char *const *)envp, flags, 1);
}
