/*
 * cred.h - a task's credentials, as Linux's struct cred: the real,
 * effective, saved and file-system user and group ids, and the
 * capabilities.  Linux shares a reference-counted struct between tasks;
 * ours is a copy in each task (kernel/sys.c changes the caller's own).
 * Root starts with every capability; the setuid family takes them away and
 * gives them back as Linux's security/commoncap.c does (kernel/capability.c).
 */
#ifndef _LINUX_CRED_H
#define _LINUX_CRED_H

#include <linux/types.h>

/* The capabilities that kernel code checks; the set holds Linux 4.7's 38. */
#define CAP_CHOWN		0
#define CAP_DAC_OVERRIDE	1
#define CAP_DAC_READ_SEARCH	2
#define CAP_FOWNER		3
#define CAP_FSETID		4
#define CAP_KILL		5
#define CAP_SETGID		6
#define CAP_SETUID		7
#define CAP_SETPCAP		8
#define CAP_LINUX_IMMUTABLE	9
#define CAP_SYS_CHROOT		18
#define CAP_SYS_ADMIN		21
#define CAP_SYS_NICE		23
#define CAP_SYS_RESOURCE	24
#define CAP_MKNOD		27
#define CAP_MAC_OVERRIDE	32
#define CAP_LAST_CAP		37

typedef u64 kernel_cap_t;

#define CAP_TO_MASK(cap)	(1ULL << (cap))
#define CAP_FULL_SET		(CAP_TO_MASK(CAP_LAST_CAP + 1) - 1)
/* What a file-system uid of 0 brings: the capabilities file access checks ask for. */
#define CAP_FS_MASK		(CAP_TO_MASK(CAP_CHOWN) | CAP_TO_MASK(CAP_MKNOD) |		\
				 CAP_TO_MASK(CAP_DAC_OVERRIDE) | CAP_TO_MASK(CAP_DAC_READ_SEARCH) | \
				 CAP_TO_MASK(CAP_FOWNER) | CAP_TO_MASK(CAP_FSETID) |		\
				 CAP_TO_MASK(CAP_LINUX_IMMUTABLE) | CAP_TO_MASK(CAP_MAC_OVERRIDE))

#define GLOBAL_ROOT_UID		0
#define INVALID_UID		((uid_t)-1)
#define INVALID_GID		((gid_t)-1)

struct cred {
	uid_t uid, euid, suid, fsuid;
	gid_t gid, egid, sgid, fsgid;
	kernel_cap_t cap_inheritable;	/* what it may pass on through execve (capset) */
	kernel_cap_t cap_permitted;	/* what it may make effective */
	kernel_cap_t cap_effective;	/* what capable() looks at */
};

/* Root's, which the boot task has and init inherits. */
#define INIT_CRED	{ .cap_permitted = CAP_FULL_SET, .cap_effective = CAP_FULL_SET }

/* kernel/capability.c */
int capable(int cap);
/* How a change of uids (LSM_SETID_ID, _RE, _RES) or of the fsuid (_FS) changes new's capabilities. */
#define LSM_SETID_ID	1
#define LSM_SETID_RE	2
#define LSM_SETID_RES	4
#define LSM_SETID_FS	8
void cap_task_fix_setuid(struct cred *new, const struct cred *old, int flags);
/* execve: a root program gets every capability, any other none. */
void cap_bprm_set_creds(struct cred *new);

#endif
