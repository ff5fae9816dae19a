/*
 * ipc.h - System V IPC as user space sees it: the flags and commands shared by
 * shmget/semget/msgget and their *ctl calls, and struct ipc64_perm, the owner and
 * permissions every IPC object carries (x86-64 has only the 64-bit layouts).
 */
#ifndef _UAPI_LINUX_IPC_H
#define _UAPI_LINUX_IPC_H

#include <linux/types.h>

#define IPC_PRIVATE	0	/* the key of an object no one else can find */

#define IPC_CREAT	00001000	/* create if the key is new */
#define IPC_EXCL	00002000	/* fail if the key exists */
#define IPC_NOWAIT	00004000	/* fail instead of waiting */

#define IPC_RMID	0	/* remove the object */
#define IPC_SET		1	/* set owner and mode (and msg_qbytes) */
#define IPC_STAT	2	/* read the object's *id_ds */
#define IPC_INFO	3	/* read the limits */

typedef int key_t;

struct ipc64_perm {
	key_t		key;
	uid_t		uid;
	gid_t		gid;
	uid_t		cuid;
	gid_t		cgid;
	unsigned int	mode;
	unsigned short	seq;
	unsigned short	__pad2;
	unsigned long	__unused1;
	unsigned long	__unused2;
};

#endif
