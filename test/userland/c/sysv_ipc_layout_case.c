/*
 * The System V IPC headers against glibc's: every structure's size and its members'
 * offsets and sizes, and every constant, as the program was compiled.  Our
 * sys/ipc.h, sys/shm.h, sys/sem.h and sys/msg.h must print exactly what glibc's do,
 * so programs pass the kernel the x86-64 layouts it reads.  And ftok computes
 * its key from the file's inode and device as glibc does.
 */
#define _GNU_SOURCE
#include <stddef.h>
#include <stdio.h>
#include <sys/ipc.h>
#include <sys/msg.h>
#include <sys/sem.h>
#include <sys/shm.h>
#include <sys/stat.h>
#include <errno.h>

#define SIZE(type) printf("sizeof(%s) = %zu\n", #type, sizeof(type))
#define MEMBER(type, m) \
	printf("  %s.%s: offset %zu, size %zu\n", #type, #m, offsetof(type, m), sizeof(((type *)0)->m))
#define VALUE(c) printf("%s = %ld\n", #c, (long)(c))

static void ipc(void)
{
	SIZE(struct ipc_perm);
	MEMBER(struct ipc_perm, __key);
	MEMBER(struct ipc_perm, uid);
	MEMBER(struct ipc_perm, gid);
	MEMBER(struct ipc_perm, cuid);
	MEMBER(struct ipc_perm, cgid);
	MEMBER(struct ipc_perm, mode);
	MEMBER(struct ipc_perm, __seq);
	SIZE(key_t);
	VALUE(IPC_CREAT);
	VALUE(IPC_EXCL);
	VALUE(IPC_NOWAIT);
	VALUE(IPC_RMID);
	VALUE(IPC_SET);
	VALUE(IPC_STAT);
	VALUE(IPC_INFO);
	VALUE(IPC_PRIVATE);
	VALUE((key_t)-1 < 0);
}

static void shm(void)
{
	SIZE(struct shmid_ds);
	MEMBER(struct shmid_ds, shm_perm);
	MEMBER(struct shmid_ds, shm_segsz);
	MEMBER(struct shmid_ds, shm_atime);
	MEMBER(struct shmid_ds, shm_dtime);
	MEMBER(struct shmid_ds, shm_ctime);
	MEMBER(struct shmid_ds, shm_cpid);
	MEMBER(struct shmid_ds, shm_lpid);
	MEMBER(struct shmid_ds, shm_nattch);
	SIZE(shmatt_t);
	SIZE(struct shminfo);
	MEMBER(struct shminfo, shmmax);
	MEMBER(struct shminfo, shmmin);
	MEMBER(struct shminfo, shmmni);
	MEMBER(struct shminfo, shmseg);
	MEMBER(struct shminfo, shmall);
	SIZE(struct shm_info);
	MEMBER(struct shm_info, used_ids);
	MEMBER(struct shm_info, shm_tot);
	MEMBER(struct shm_info, shm_rss);
	MEMBER(struct shm_info, shm_swp);
	MEMBER(struct shm_info, swap_attempts);
	MEMBER(struct shm_info, swap_successes);
	VALUE(SHM_R);
	VALUE(SHM_W);
	VALUE(SHM_RDONLY);
	VALUE(SHM_RND);
	VALUE(SHM_REMAP);
	VALUE(SHM_EXEC);
	VALUE(SHM_LOCK);
	VALUE(SHM_UNLOCK);
	VALUE(SHM_STAT);
	VALUE(SHM_INFO);
	VALUE(SHM_DEST);
	VALUE(SHM_LOCKED);
	VALUE(SHMLBA);
}

static void sem(void)
{
	SIZE(struct semid_ds);
	MEMBER(struct semid_ds, sem_perm);
	MEMBER(struct semid_ds, sem_otime);
	MEMBER(struct semid_ds, sem_ctime);
	MEMBER(struct semid_ds, sem_nsems);
	SIZE(struct sembuf);
	MEMBER(struct sembuf, sem_num);
	MEMBER(struct sembuf, sem_op);
	MEMBER(struct sembuf, sem_flg);
	SIZE(struct seminfo);
	MEMBER(struct seminfo, semmap);
	MEMBER(struct seminfo, semmni);
	MEMBER(struct seminfo, semmns);
	MEMBER(struct seminfo, semmnu);
	MEMBER(struct seminfo, semmsl);
	MEMBER(struct seminfo, semopm);
	MEMBER(struct seminfo, semume);
	MEMBER(struct seminfo, semusz);
	MEMBER(struct seminfo, semvmx);
	MEMBER(struct seminfo, semaem);
	VALUE(SEM_UNDO);
	VALUE(GETPID);
	VALUE(GETVAL);
	VALUE(GETALL);
	VALUE(GETNCNT);
	VALUE(GETZCNT);
	VALUE(SETVAL);
	VALUE(SETALL);
	VALUE(SEM_STAT);
	VALUE(SEM_INFO);
#ifdef _SEM_SEMUN_UNDEFINED
	printf("union semun is left to the program\n");
#endif
}

static void msg(void)
{
	SIZE(struct msqid_ds);
	MEMBER(struct msqid_ds, msg_perm);
	MEMBER(struct msqid_ds, msg_stime);
	MEMBER(struct msqid_ds, msg_rtime);
	MEMBER(struct msqid_ds, msg_ctime);
	MEMBER(struct msqid_ds, msg_cbytes);
	MEMBER(struct msqid_ds, msg_qnum);
	MEMBER(struct msqid_ds, msg_qbytes);
	MEMBER(struct msqid_ds, msg_lspid);
	MEMBER(struct msqid_ds, msg_lrpid);
	SIZE(msgqnum_t);
	SIZE(msglen_t);
	SIZE(struct msgbuf);
	MEMBER(struct msgbuf, mtype);
	MEMBER(struct msgbuf, mtext);
	SIZE(struct msginfo);
	MEMBER(struct msginfo, msgpool);
	MEMBER(struct msginfo, msgmap);
	MEMBER(struct msginfo, msgmax);
	MEMBER(struct msginfo, msgmnb);
	MEMBER(struct msginfo, msgmni);
	MEMBER(struct msginfo, msgssz);
	MEMBER(struct msginfo, msgtql);
	MEMBER(struct msginfo, msgseg);
	VALUE(MSG_NOERROR);
	VALUE(MSG_EXCEPT);
	VALUE(MSG_COPY);
	VALUE(MSG_STAT);
	VALUE(MSG_INFO);
}

/* glibc's key: 16 bits of the inode, 8 of the device, 8 of proj_id. */
static void check_ftok(const char *path, int proj_id)
{
	struct stat st;
	key_t expected;

	stat(path, &st);
	expected = (key_t)((st.st_ino & 0xffff) | ((st.st_dev & 0xff) << 16) | ((unsigned)(proj_id & 0xff) << 24));
	printf("ftok(\"%s\", %#x) is glibc's key: %d\n", path, proj_id, ftok(path, proj_id) == expected);
}

int main(void)
{
	check_ftok(".", 'A');
	check_ftok("/", 0x1ff);
	errno = 0;
	printf("ftok of a missing file: %d, ", (int)ftok("/no/such/file", 1));
	printf("%s\n", errno == ENOENT ? "ENOENT" : "?");
	ipc();
	shm();
	sem();
	msg();
	return 0;
}
