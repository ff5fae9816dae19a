/*
 * capability.c - capable(), and how the capabilities follow the user ids
 * (Linux's kernel/capability.c and security/commoncap.c without file
 * capabilities, securebits, ambient capabilities or a bounding set other than
 * the full one).  Root's power is its capabilities: a process that gives up
 * uid 0 in all of its real, effective and saved uids loses them for good; one
 * that only moves its effective uid off 0 loses them from its effective set
 * until it moves back.  capget and capset read and set them directly.
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/cred.h>
#include <linux/syscalls.h>
#include <linux/uaccess.h>

/* capget/capset's header versions: 1 has 32-bit sets, 2 and 3 have 64-bit ones */
#define _LINUX_CAPABILITY_VERSION_1	0x19980330
#define _LINUX_CAPABILITY_VERSION_2	0x20071026
#define _LINUX_CAPABILITY_VERSION_3	0x20080522

struct __user_cap_header_struct {
	u32 version;
	int pid;
};

/* each set in 32-bit halves, low half first */
struct __user_cap_data_struct {
	u32 effective;
	u32 permitted;
	u32 inheritable;
};

int capable(int cap)
{
	return (current->cred.cap_effective & CAP_TO_MASK(cap)) != 0;
}

static int has_root(const struct cred *c)
{
	return c->uid == GLOBAL_ROOT_UID || c->euid == GLOBAL_ROOT_UID || c->suid == GLOBAL_ROOT_UID;
}

/* Linux's cap_emulate_setxuid: capabilities follow setuid, setreuid and setresuid. */
static void cap_emulate_setxuid(struct cred *new, const struct cred *old)
{
	if (has_root(old) && !has_root(new)) {
		new->cap_permitted = 0;
		new->cap_effective = 0;
	}
	if (old->euid == GLOBAL_ROOT_UID && new->euid != GLOBAL_ROOT_UID)
		new->cap_effective = 0;
	if (old->euid != GLOBAL_ROOT_UID && new->euid == GLOBAL_ROOT_UID)
		new->cap_effective = new->cap_permitted;
}

void cap_task_fix_setuid(struct cred *new, const struct cred *old, int flags)
{
	if (flags != LSM_SETID_FS) {
		cap_emulate_setxuid(new, old);
		return;
	}
	/* setfsuid: the file-system capabilities go with a file-system uid of 0. */
	if (old->fsuid == GLOBAL_ROOT_UID && new->fsuid != GLOBAL_ROOT_UID)
		new->cap_effective &= ~CAP_FS_MASK;
	if (old->fsuid != GLOBAL_ROOT_UID && new->fsuid == GLOBAL_ROOT_UID)
		new->cap_effective |= new->cap_permitted & CAP_FS_MASK;
}

/*
 * execve of a program without set-id bits or file capabilities: the saved
 * and file-system ids become the effective ones; root (real or effective)
 * gets every capability, effective only if its effective uid is 0.
 */
void cap_bprm_set_creds(struct cred *new)
{
	new->suid = new->fsuid = new->euid;
	new->sgid = new->fsgid = new->egid;
	new->cap_permitted = new->uid == GLOBAL_ROOT_UID || new->euid == GLOBAL_ROOT_UID ? CAP_FULL_SET : 0;
	new->cap_effective = new->euid == GLOBAL_ROOT_UID ? new->cap_permitted : 0;
}

/*
 * The header's version: how many 32-bit halves of each set the call copies.  An
 * unknown one is EINVAL, and the kernel's own version is written back for the caller.
 */
static int cap_validate_magic(struct __user_cap_header_struct __user *header, unsigned *tocopy)
{
	u32 version;

	if (get_user(version, &header->version))
		return -EFAULT;
	switch (version) {
	case _LINUX_CAPABILITY_VERSION_1:
		*tocopy = 1;
		return 0;
	case _LINUX_CAPABILITY_VERSION_2:
	case _LINUX_CAPABILITY_VERSION_3:
		*tocopy = 2;
		return 0;
	default:
		if (put_user((u32)_LINUX_CAPABILITY_VERSION_3, &header->version))
			return -EFAULT;
		return -EINVAL;
	}
}

SYSCALL_DEFINE2(capget, struct __user_cap_header_struct __user *, header,
		struct __user_cap_data_struct __user *, dataptr)
{
	struct __user_cap_data_struct kdata[2];
	struct task_struct *target;
	unsigned tocopy, i;
	int pid, ret = cap_validate_magic(header, &tocopy);

	/* a NULL data pointer only asks for the version */
	if (!dataptr || ret)
		return !dataptr && ret == -EINVAL ? 0 : ret;
	if (get_user(pid, &header->pid))
		return -EFAULT;
	if (pid < 0)
		return -EINVAL;
	target = pid == 0 || pid == current->tgid ? current : find_task_by_pid(pid);
	if (!target)
		return -ESRCH;
	for (i = 0; i < tocopy; i++) {
		kdata[i].effective = (u32)(target->cred.cap_effective >> (32 * i));
		kdata[i].permitted = (u32)(target->cred.cap_permitted >> (32 * i));
		kdata[i].inheritable = (u32)(target->cred.cap_inheritable >> (32 * i));
	}
	return copy_to_user(dataptr, kdata, tocopy * sizeof(kdata[0])) ? -EFAULT : 0;
}

static int cap_issubset(kernel_cap_t a, kernel_cap_t set)
{
	return (a & ~set) == 0;
}

/*
 * New sets for the caller only (Linux's cap_capset): permitted may only shrink,
 * effective must lie within the new permitted, and inheritable within the old
 * inheritable and permitted unless the caller has CAP_SETPCAP.
 */
SYSCALL_DEFINE2(capset, struct __user_cap_header_struct __user *, header,
		const struct __user_cap_data_struct __user *, data)
{
	struct __user_cap_data_struct kdata[2] = { { 0, 0, 0 }, { 0, 0, 0 } };
	kernel_cap_t effective = 0, permitted = 0, inheritable = 0;
	struct cred *old = &current->cred;
	unsigned tocopy, i;
	int pid, ret = cap_validate_magic(header, &tocopy);

	if (ret)
		return ret;
	if (get_user(pid, &header->pid))
		return -EFAULT;
	if (pid != 0 && pid != current->tgid)
		return -EPERM;
	if (copy_from_user(kdata, data, tocopy * sizeof(kdata[0])))
		return -EFAULT;
	for (i = 0; i < tocopy; i++) {
		effective |= (kernel_cap_t)kdata[i].effective << (32 * i);
		permitted |= (kernel_cap_t)kdata[i].permitted << (32 * i);
		inheritable |= (kernel_cap_t)kdata[i].inheritable << (32 * i);
	}
	effective &= CAP_FULL_SET;
	permitted &= CAP_FULL_SET;
	inheritable &= CAP_FULL_SET;
	if (!capable(CAP_SETPCAP) && !cap_issubset(inheritable, old->cap_inheritable | old->cap_permitted))
		return -EPERM;
	if (!cap_issubset(permitted, old->cap_permitted) || !cap_issubset(effective, permitted))
		return -EPERM;
	old->cap_effective = effective;
	old->cap_permitted = permitted;
	old->cap_inheritable = inheritable;
	return 0;
}
