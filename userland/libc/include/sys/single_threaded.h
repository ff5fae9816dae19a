#ifndef _SYS_SINGLE_THREADED_H
#define _SYS_SINGLE_THREADED_H

/*
 * glibc 2.32's flag: nonzero while the process has one thread, so a program (and the
 * libc itself: malloc) may skip locking. It becomes 0 when a thread is first created
 * and stays 0.
 */
extern char __libc_single_threaded;

#endif
