#ifndef _SYS_MMAN_H
#define _SYS_MMAN_H

#include <sys/types.h>

#define PROT_NONE 0
#define PROT_READ 1
#define PROT_WRITE 2
#define PROT_EXEC 4

#define MAP_SHARED 0x01
#define MAP_PRIVATE 0x02
#define MAP_FIXED 0x10
#define MAP_ANONYMOUS 0x20
#define MAP_ANON MAP_ANONYMOUS
#define MAP_FILE 0
#define MAP_TYPE 0x0f
#define MAP_GROWSDOWN 0x0100
#define MAP_DENYWRITE 0x0800
#define MAP_EXECUTABLE 0x1000
#define MAP_LOCKED 0x2000
#define MAP_NORESERVE 0x4000
#define MAP_POPULATE 0x8000
#define MAP_NONBLOCK 0x10000
#define MAP_STACK 0x20000

#define MS_ASYNC 1
#define MS_INVALIDATE 2
#define MS_SYNC 4

#define MADV_NORMAL 0
#define MADV_RANDOM 1
#define MADV_SEQUENTIAL 2
#define MADV_WILLNEED 3
#define MADV_DONTNEED 4
#define POSIX_MADV_NORMAL 0
#define POSIX_MADV_RANDOM 1
#define POSIX_MADV_SEQUENTIAL 2
#define POSIX_MADV_WILLNEED 3
#define POSIX_MADV_DONTNEED 4

#define MAP_FAILED ((void *)-1)

void *mmap(void *addr, size_t length, int prot, int flags, int fd, off_t offset);
int munmap(void *addr, size_t length);
int mprotect(void *addr, size_t length, int prot);
int msync(void *addr, size_t length, int flags);
int posix_madvise(void *addr, size_t length, int advice);
int madvise(void *addr, size_t length, int advice);

/* Locking memory in RAM: mlockall's flags */
#define MCL_CURRENT 1
#define MCL_FUTURE 2
#define MCL_ONFAULT 4
int mlock(const void *addr, size_t length);
int munlock(const void *addr, size_t length);
int mlockall(int flags);
int munlockall(void);

/* POSIX shared memory objects: files in /dev/shm (shm.c). */
int shm_open(const char *name, int oflag, mode_t mode);
int shm_unlink(const char *name);

#ifdef _GNU_SOURCE
#define MREMAP_MAYMOVE 1
#define MREMAP_FIXED 2
/* With MREMAP_FIXED, a fifth argument: the new address. */
void *mremap(void *old_address, size_t old_size, size_t new_size, int flags, ...);

/* mlock2's flag: lock the pages as they are faulted in */
#define MLOCK_ONFAULT 1U
int mlock2(const void *addr, size_t length, unsigned int flags);
/* Which pages of [addr, addr + length) are in memory: one byte each */
int mincore(void *addr, size_t length, unsigned char *vec);
int remap_file_pages(void *addr, size_t size, int prot, size_t pgoff, int flags);

/* An anonymous file in memory; MFD_ALLOW_SEALING: fcntl's F_ADD_SEALS works on it. */
#define MFD_CLOEXEC 1U
#define MFD_ALLOW_SEALING 2U
int memfd_create(const char *name, unsigned int flags);
#endif

#endif
