/* fcntl.h - open(2) flags and fcntl(2) commands (asm-generic values). */
#ifndef _UAPI_LINUX_FCNTL_H
#define _UAPI_LINUX_FCNTL_H

#define O_ACCMODE	00000003
#define O_RDONLY	00000000
#define O_WRONLY	00000001
#define O_RDWR		00000002
#define O_CREAT		00000100
#define O_EXCL		00000200
#define O_NOCTTY	00000400
#define O_TRUNC		00001000
#define O_APPEND	00002000
#define O_NONBLOCK	00004000
#define O_DIRECTORY	00200000
#define O_NOFOLLOW	00400000
#define O_CLOEXEC	02000000

#define F_DUPFD		0
#define F_GETFD		1
#define F_SETFD		2
#define F_GETFL		3
#define F_SETFL		4
#define F_GETLK		5
#define F_SETLK		6
#define F_SETLKW	7
#define F_DUPFD_CLOEXEC	1030
#define F_ADD_SEALS	1033	/* memfd_create's files: refuse some changes from now on */
#define F_GET_SEALS	1034

/* The seals */
#define F_SEAL_SEAL	0x0001	/* no more seals */
#define F_SEAL_SHRINK	0x0002	/* no shrinking */
#define F_SEAL_GROW	0x0004	/* no growing */
#define F_SEAL_WRITE	0x0008	/* no writes */

/* Record lock types (struct flock's l_type) */
#define F_RDLCK		0
#define F_WRLCK		1
#define F_UNLCK		2
#define FD_CLOEXEC	1

#define AT_FDCWD		-100
#define AT_SYMLINK_NOFOLLOW	0x100
#define AT_REMOVEDIR		0x200
#define AT_EMPTY_PATH		0x1000

#define SEEK_SET	0
#define SEEK_CUR	1
#define SEEK_END	2

#endif
