/*
 * capability.c - capable(), and how the capabilities follow the user ids
 * (Linux's kernel/capability.c and security/commoncap.c without file
 * capabilities or securebits).  Root's power is its capabilities: a process
 * that gives up uid 0 in all of its real, effective and saved uids loses
 * them for good; one that only moves its effective uid off 0 loses them
 * from its effective set until it moves back.
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/cred.h>

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
