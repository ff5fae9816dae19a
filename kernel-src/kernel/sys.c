/*
 * sys.c - miscellaneous system calls: who am I (pids, ids), the system's
 * name (uname, sethostname), umask, process groups, resource queries.
 * New small system calls go here too - see the end of the file.
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/sched.h>
#include <linux/time.h>
#include <linux/utsname.h>
#include <linux/personality.h>
#include <linux/syscalls.h>
#include <linux/gfp.h>
#include <asm/setup.h>

SYSCALL_DEFINE0(getpid)
{
	return current->tgid;
}

SYSCALL_DEFINE0(gettid)
{
	return current->pid;
}

SYSCALL_DEFINE0(getppid)
{
	return current->parent ? current->parent->pid : 0;
}

/*
 * User and group ids (Linux's kernel/sys.c).  Each call works on a copy of
 * the caller's credentials and installs it only when every check passed.
 * An id of -1 means "leave it"; CAP_SETUID (CAP_SETGID) may set any id,
 * others only the ids they already have.  Changes of uid move the
 * capabilities along (cap_task_fix_setuid).
 */
SYSCALL_DEFINE0(getuid)
{
	return current->cred.uid;
}

SYSCALL_DEFINE0(geteuid)
{
	return current->cred.euid;
}

SYSCALL_DEFINE0(getgid)
{
	return current->cred.gid;
}

SYSCALL_DEFINE0(getegid)
{
	return current->cred.egid;
}

/* Is id one of the three (real, effective, saved) the caller has? */
static int one_of(u32 id, u32 real, u32 effective, u32 saved)
{
	return id == real || id == effective || id == saved;
}

static long commit_uids(struct cred *new, int flags)
{
	cap_task_fix_setuid(new, &current->cred, flags);
	current->cred = *new;
	return 0;
}

SYSCALL_DEFINE1(setuid, uid_t, uid)
{
	struct cred new = current->cred;

	if (uid == INVALID_UID)
		return -EINVAL;
	if (capable(CAP_SETUID))
		new.uid = new.suid = uid;
	else if (uid != new.uid && uid != new.suid)
		return -EPERM;
	new.euid = new.fsuid = uid;
	return commit_uids(&new, LSM_SETID_ID);
}

SYSCALL_DEFINE1(setgid, gid_t, gid)
{
	struct cred *cred = &current->cred;

	if (gid == INVALID_GID)
		return -EINVAL;
	if (capable(CAP_SETGID))
		cred->gid = cred->sgid = gid;
	else if (gid != cred->gid && gid != cred->sgid)
		return -EPERM;
	cred->egid = cred->fsgid = gid;
	return 0;
}

/* The real id may become the effective one; the saved id follows a new effective one. */
SYSCALL_DEFINE2(setreuid, uid_t, ruid, uid_t, euid)
{
	const struct cred *old = &current->cred;
	struct cred new = *old;

	if (ruid != INVALID_UID) {
		if (ruid != old->uid && ruid != old->euid && !capable(CAP_SETUID))
			return -EPERM;
		new.uid = ruid;
	}
	if (euid != INVALID_UID) {
		if (!one_of(euid, old->uid, old->euid, old->suid) && !capable(CAP_SETUID))
			return -EPERM;
		new.euid = euid;
	}
	if (ruid != INVALID_UID || (euid != INVALID_UID && euid != old->uid))
		new.suid = new.euid;
	new.fsuid = new.euid;
	return commit_uids(&new, LSM_SETID_RE);
}

SYSCALL_DEFINE2(setregid, gid_t, rgid, gid_t, egid)
{
	const struct cred *old = &current->cred;
	struct cred new = *old;

	if (rgid != INVALID_GID) {
		if (rgid != old->gid && rgid != old->egid && !capable(CAP_SETGID))
			return -EPERM;
		new.gid = rgid;
	}
	if (egid != INVALID_GID) {
		if (!one_of(egid, old->gid, old->egid, old->sgid) && !capable(CAP_SETGID))
			return -EPERM;
		new.egid = egid;
	}
	if (rgid != INVALID_GID || (egid != INVALID_GID && egid != old->gid))
		new.sgid = new.egid;
	new.fsgid = new.egid;
	current->cred = new;
	return 0;
}

/* setresuid/setresgid: without the capability, each new id must be one of the three old ones. */
static int may_setres(u32 r, u32 e, u32 s, u32 old_r, u32 old_e, u32 old_s)
{
	return (r == (u32)-1 || one_of(r, old_r, old_e, old_s)) &&
	       (e == (u32)-1 || one_of(e, old_r, old_e, old_s)) &&
	       (s == (u32)-1 || one_of(s, old_r, old_e, old_s));
}

SYSCALL_DEFINE3(setresuid, uid_t, ruid, uid_t, euid, uid_t, suid)
{
	struct cred new = current->cred;

	if (!capable(CAP_SETUID) && !may_setres(ruid, euid, suid, new.uid, new.euid, new.suid))
		return -EPERM;
	if (ruid != INVALID_UID)
		new.uid = ruid;
	if (euid != INVALID_UID)
		new.euid = euid;
	if (suid != INVALID_UID)
		new.suid = suid;
	new.fsuid = new.euid;
	return commit_uids(&new, LSM_SETID_RES);
}

SYSCALL_DEFINE3(setresgid, gid_t, rgid, gid_t, egid, gid_t, sgid)
{
	struct cred *cred = &current->cred;

	if (!capable(CAP_SETGID) && !may_setres(rgid, egid, sgid, cred->gid, cred->egid, cred->sgid))
		return -EPERM;
	if (rgid != INVALID_GID)
		cred->gid = rgid;
	if (egid != INVALID_GID)
		cred->egid = egid;
	if (sgid != INVALID_GID)
		cred->sgid = sgid;
	cred->fsgid = cred->egid;
	return 0;
}

static long put_three(u32 a, u32 b, u32 c, u32 __user *pa, u32 __user *pb, u32 __user *pc)
{
	if (put_user(a, pa) || put_user(b, pb) || put_user(c, pc))
		return -EFAULT;
	return 0;
}

SYSCALL_DEFINE3(getresuid, uid_t __user *, ruidp, uid_t __user *, euidp, uid_t __user *, suidp)
{
	const struct cred *c = &current->cred;

	return put_three(c->uid, c->euid, c->suid, ruidp, euidp, suidp);
}

SYSCALL_DEFINE3(getresgid, gid_t __user *, rgidp, gid_t __user *, egidp, gid_t __user *, sgidp)
{
	const struct cred *c = &current->cred;

	return put_three(c->gid, c->egid, c->sgid, rgidp, egidp, sgidp);
}

/*
 * setfsuid/setfsgid answer the old id whatever happens: a refused change
 * (not one of our ids, without the capability) is only seen by asking again.
 */
SYSCALL_DEFINE1(setfsuid, uid_t, uid)
{
	const struct cred *old = &current->cred;
	uid_t old_fsuid = old->fsuid;
	struct cred new = *old;

	if (uid == INVALID_UID || uid == old_fsuid)
		return old_fsuid;
	if (one_of(uid, old->uid, old->euid, old->suid) || capable(CAP_SETUID)) {
		new.fsuid = uid;
		commit_uids(&new, LSM_SETID_FS);
	}
	return old_fsuid;
}

SYSCALL_DEFINE1(setfsgid, gid_t, gid)
{
	struct cred *cred = &current->cred;
	gid_t old_fsgid = cred->fsgid;

	if (gid == INVALID_GID)
		return old_fsgid;
	if (one_of(gid, cred->gid, cred->egid, cred->sgid) || gid == old_fsgid || capable(CAP_SETGID))
		cred->fsgid = gid;
	return old_fsgid;
}

/* No supplementary groups: root's only group is its own. */
SYSCALL_DEFINE2(getgroups, int, gidsetsize, gid_t __user *, grouplist)
{
	return gidsetsize < 0 ? -EINVAL : 0;
}

SYSCALL_DEFINE2(setgroups, int, gidsetsize, gid_t __user *, grouplist)
{
	gid_t g;
	int i;

	if (!capable(CAP_SETGID))
		return -EPERM;
	if (gidsetsize < 0 || gidsetsize > 65536)
		return -EINVAL;
	for (i = 0; i < gidsetsize; i++) {
		if (get_user(g, grouplist + i))
			return -EFAULT;
		if (g != 0)
			return -EPERM;
	}
	return 0;
}

#define PRIO_PROCESS	0
#define PRIO_PGRP	1
#define PRIO_USER	2

/*
 * Nice values, per process (every thread of it), -20..19.  The scheduler is
 * round-robin and does not look at them; they are kept and reported.
 * getpriority answers 20 - nice, so that a success is never negative.
 */
static int priority_matches(struct task_struct *p, int which, int who)
{
	if (!p || p->group_leader != p || p->state == EXIT_ZOMBIE || p->state == EXIT_DEAD)
		return 0;
	switch (which) {
	case PRIO_PROCESS: return p->tgid == (who ? who : current->tgid);
	case PRIO_PGRP: return p->pgrp == (who ? who : current->pgrp);
	default: return p->cred.uid == (who ? (uid_t)who : current->cred.uid);	/* PRIO_USER */
	}
}

/* Of several processes, the highest priority (the lowest nice value) is the answer. */
SYSCALL_DEFINE2(getpriority, int, which, int, who)
{
	int i, found = 0, nice = 19;

	if (which < PRIO_PROCESS || which > PRIO_USER)
		return -EINVAL;
	for (i = 0; i < NR_TASKS; i++) {
		if (priority_matches(task[i], which, who)) {
			found = 1;
			if (task[i]->nice < nice)
				nice = task[i]->nice;
		}
	}
	return found ? 20 - nice : -ESRCH;
}

SYSCALL_DEFINE3(setpriority, int, which, int, who, int, niceval)
{
	int i, found = 0;

	if (which < PRIO_PROCESS || which > PRIO_USER)
		return -EINVAL;
	if (niceval < -20)
		niceval = -20;
	if (niceval > 19)
		niceval = 19;
	for (i = 0; i < NR_TASKS; i++) {
		if (priority_matches(task[i], which, who)) {
			task[i]->nice = niceval;
			found = 1;
		}
	}
	return found ? 0 : -ESRCH;
}

SYSCALL_DEFINE1(umask, int, mask)
{
	int old = current->fs->umask;

	current->fs->umask = mask & 0777;
	return old;
}

/* Under PER_LINUX32 the machine is a 32-bit one, as Linux's override_architecture says. */
SYSCALL_DEFINE1(newuname, struct new_utsname __user *, name)
{
	static const char compat_machine[] = "i686";

	if (copy_to_user(name, utsname(), sizeof(*name)))
		return -EFAULT;
	if (personality(current->personality) == PER_LINUX32 &&
	    copy_to_user(name->machine, compat_machine, sizeof(compat_machine)))
		return -EFAULT;
	return 0;
}

/* One CPU, one NUMA node: both are 0.  The cache argument is unused, as since Linux 2.6.24. */
SYSCALL_DEFINE3(getcpu, unsigned __user *, cpup, unsigned __user *, nodep, void __user *, unused)
{
	if (cpup && put_user(0U, cpup))
		return -EFAULT;
	if (nodep && put_user(0U, nodep))
		return -EFAULT;
	return 0;
}

SYSCALL_DEFINE2(sethostname, char __user *, name, int, len)
{
	char tmp[__NEW_UTS_LEN];

	if (len < 0 || len > __NEW_UTS_LEN)
		return -EINVAL;
	if (copy_from_user(tmp, name, len))
		return -EFAULT;
	memcpy(utsname()->nodename, tmp, len);
	memset(utsname()->nodename + len, 0, sizeof(utsname()->nodename) - len);
	return 0;
}

SYSCALL_DEFINE2(setdomainname, char __user *, name, int, len)
{
	char tmp[__NEW_UTS_LEN];

	if (len < 0 || len > __NEW_UTS_LEN)
		return -EINVAL;
	if (copy_from_user(tmp, name, len))
		return -EFAULT;
	memcpy(utsname()->domainname, tmp, len);
	memset(utsname()->domainname + len, 0, sizeof(utsname()->domainname) - len);
	return 0;
}

SYSCALL_DEFINE2(setpgid, pid_t, pid, pid_t, pgid)
{
	struct task_struct *p = pid ? find_task_by_pid(pid) : current;

	if (!p)
		return -ESRCH;
	if (pgid < 0)
		return -EINVAL;
	p = p->group_leader;	/* the group is the process's, whichever thread asks */
	p->pgrp = pgid ? pgid : p->tgid;
	return 0;
}

SYSCALL_DEFINE1(getpgid, pid_t, pid)
{
	struct task_struct *p = pid ? find_task_by_pid(pid) : current;

	return p ? p->group_leader->pgrp : -ESRCH;
}

SYSCALL_DEFINE0(getpgrp)
{
	return current->group_leader->pgrp;
}

/* A new session and process group, led by the caller; not for a group leader (EPERM). */
SYSCALL_DEFINE0(setsid)
{
	struct task_struct *leader = current->group_leader;

	if (session_of_pgrp(leader->tgid) >= 0)
		return -EPERM;
	leader->pgrp = leader->tgid;
	leader->session = leader->tgid;
	return leader->tgid;
}

SYSCALL_DEFINE1(getsid, pid_t, pid)
{
	struct task_struct *p = pid ? find_task_by_pid(pid) : current;

	return p ? p->group_leader->session : -ESRCH;
}

unsigned long rlimit(unsigned int resource)
{
	return current->group_leader->rlim[resource].rlim_cur;
}

/*
 * Read and/or set a limit of tsk's process (Linux's do_prlimit).  A soft
 * limit above the hard one is EINVAL; raising the hard limit takes
 * CAP_SYS_RESOURCE; RLIMIT_NOFILE cannot pass nr_open (our table's size).
 * A CPU limit of 0 s would read as "never set" to Linux, which makes it 1 s.
 */
int do_prlimit(struct task_struct *tsk, unsigned int resource, struct rlimit *new_rlim, struct rlimit *old_rlim)
{
	struct rlimit *rlim;

	if (resource >= RLIM_NLIMITS)
		return -EINVAL;
	if (new_rlim) {
		if (new_rlim->rlim_cur > new_rlim->rlim_max)
			return -EINVAL;
		if (resource == RLIMIT_NOFILE && new_rlim->rlim_max > NR_OPEN)
			return -EPERM;
	}
	rlim = &tsk->group_leader->rlim[resource];
	if (new_rlim) {
		if (new_rlim->rlim_max > rlim->rlim_max && !capable(CAP_SYS_RESOURCE))
			return -EPERM;
		if (resource == RLIMIT_CPU && new_rlim->rlim_cur == 0)
			new_rlim->rlim_cur = 1;
	}
	if (old_rlim)
		*old_rlim = *rlim;
	if (new_rlim)
		*rlim = *new_rlim;
	return 0;
}

SYSCALL_DEFINE2(getrlimit, unsigned int, resource, struct rlimit __user *, rlim)
{
	struct rlimit value;
	int err = do_prlimit(current, resource, NULL, &value);

	if (!err && copy_to_user(rlim, &value, sizeof(value)))
		return -EFAULT;
	return err;
}

SYSCALL_DEFINE2(setrlimit, unsigned int, resource, struct rlimit __user *, rlim)
{
	struct rlimit new_rlim;

	if (copy_from_user(&new_rlim, rlim, sizeof(new_rlim)))
		return -EFAULT;
	return do_prlimit(current, resource, &new_rlim, NULL);
}

/*
 * Another process's limits: ours to change if all its user and group ids
 * are our real ones, or with CAP_SYS_RESOURCE (Linux's check_prlimit_permission).
 */
static int check_prlimit_permission(struct task_struct *task)
{
	const struct cred *cred = &current->cred, *tcred = &task->cred;

	if (task->group_leader == current->group_leader)
		return 0;
	if (cred->uid == tcred->euid && cred->uid == tcred->suid && cred->uid == tcred->uid &&
	    cred->gid == tcred->egid && cred->gid == tcred->sgid && cred->gid == tcred->gid)
		return 0;
	return capable(CAP_SYS_RESOURCE) ? 0 : -EPERM;
}

SYSCALL_DEFINE4(prlimit64, pid_t, pid, unsigned int, resource,
		const struct rlimit __user *, new_rlim, struct rlimit __user *, old_rlim)
{
	struct rlimit new, old;
	struct task_struct *tsk;
	int err;

	if (new_rlim && copy_from_user(&new, new_rlim, sizeof(new)))
		return -EFAULT;
	tsk = pid ? find_task_by_pid(pid) : current;
	if (!tsk)
		return -ESRCH;
	err = check_prlimit_permission(tsk);
	if (!err)
		err = do_prlimit(tsk, resource, new_rlim ? &new : NULL, old_rlim ? &old : NULL);
	if (!err && old_rlim && copy_to_user(old_rlim, &old, sizeof(old)))
		return -EFAULT;
	return err;
}

#define RUSAGE_SELF	0
#define RUSAGE_CHILDREN	(-1)
#define RUSAGE_THREAD	1

/*
 * struct rusage.  put_rusage leaves ru_majflt, ru_inblock and ru_oublock 0,
 * which is what Linux reports for programs on ramfs or tmpfs: a fault is
 * major only when it waits for a device to read the page, and ours come from
 * memory or the page cache; ramfs reads and writes no blocks to count.  The
 * other zeros (ru_ixrss, ru_idrss, ru_isrss, ru_nswap, ru_msgsnd, ru_msgrcv,
 * ru_nsignals) Linux never fills in either.
 */
struct rusage_fields {
	struct timeval ru_utime;
	struct timeval ru_stime;
	long ru_maxrss, ru_ixrss, ru_idrss, ru_isrss;
	long ru_minflt, ru_majflt, ru_nswap, ru_inblock, ru_oublock;
	long ru_msgsnd, ru_msgrcv, ru_nsignals, ru_nvcsw, ru_nivcsw;
};

static struct timeval ns_to_timeval(u64 ns)
{
	struct timeval tv;

	tv.tv_sec = (time_t)(ns / NSEC_PER_SEC);
	tv.tv_usec = (long)(ns % NSEC_PER_SEC / NSEC_PER_USEC);
	return tv;
}

int put_rusage(const struct task_usage *times, void __user *ru)
{
	struct rusage_fields r;

	memset(&r, 0, sizeof(r));
	r.ru_utime = ns_to_timeval(times->utime);
	r.ru_stime = ns_to_timeval(times->stime);
	r.ru_minflt = (long)times->min_flt;
	r.ru_nvcsw = (long)times->nvcsw;
	r.ru_nivcsw = (long)times->nivcsw;
	r.ru_maxrss = (long)(times->maxrss << (PAGE_SHIFT - 10));	/* in KiB */
	return copy_to_user(ru, &r, sizeof(r)) ? -EFAULT : 0;
}

SYSCALL_DEFINE2(getrusage, int, who, void __user *, ru)
{
	struct task_usage times;

	switch (who) {
	case RUSAGE_SELF:
		process_usage(current->group_leader, &times);
		break;
	case RUSAGE_CHILDREN:
		times = current->group_leader->children;
		break;
	case RUSAGE_THREAD:
		thread_usage(current, &times);
		break;
	default:
		return -EINVAL;
	}
	return put_rusage(&times, ru);
}

SYSCALL_DEFINE5(prctl, int, option, unsigned long, arg2, unsigned long, arg3,
		unsigned long, arg4, unsigned long, arg5)
{
	if (option == 15) {	/* PR_SET_NAME */
		char name[TASK_COMM_LEN];
		long n = strncpy_from_user(name, (const char __user *)arg2, sizeof(name) - 1);

		if (n < 0)
			return -EFAULT;
		name[n] = '\0';
		memcpy(current->comm, name, sizeof(name));
		return 0;
	}
	if (option == 16)	/* PR_GET_NAME */
		return copy_to_user((char __user *)arg2, current->comm, TASK_COMM_LEN) ? -EFAULT : 0;
	return -EINVAL;
}

struct sysinfo {
	long uptime;
	unsigned long loads[3];
	unsigned long totalram, freeram, sharedram, bufferram, totalswap, freeswap;
	unsigned short procs, pad;
	unsigned long totalhigh, freehigh;
	unsigned int mem_unit;
	char _f[4];
};

SYSCALL_DEFINE1(sysinfo, struct sysinfo __user *, info)
{
	struct sysinfo val;
	int i;

	memset(&val, 0, sizeof(val));
	val.uptime = (long)(local_clock() / 1000000000);
	val.totalram = boot_params.ram_size;
	val.freeram = nr_free_pages() << PAGE_SHIFT;
	for (i = 0; i < NR_TASKS; i++)
		if (task[i])
			val.procs++;
	val.mem_unit = 1;
	return copy_to_user(info, &val, sizeof(val)) ? -EFAULT : 0;
}

/* Not random at all: the emulator is deterministic, and so is this. */
SYSCALL_DEFINE3(getrandom, char __user *, buf, size_t, count, unsigned int, flags)
{
	static unsigned long state = 0x2545f4914f6cdd1dUL;
	size_t i;

	for (i = 0; i < count; i++) {
		state ^= state << 13;
		state ^= state >> 7;
		state ^= state << 17;
		if (put_user((char)state, buf + i))
			return -EFAULT;
	}
	return count;
}

SYSCALL_DEFINE1(stephen, char *, msg)
{
  char buf[256];
  long copied = strncpy_from_user(buf, msg, sizeof(buf));
  if (copied < 0 || copied == sizeof(buf))
    return -EFAULT;
  printk(KERN_INFO "stephen syscall called with \"%s\"\n", buf);
  return 0;
}
