/*
 * What stdio.c tells the other stdio files about a stream (not installed).
 */
#ifndef _LIBC_STDIO_IMPL_H
#define _LIBC_STDIO_IMPL_H

#include <stdio.h>

/* FILE.flags */
#define F_READ 1      /* opened for reading */
#define F_WRITE 2     /* opened for writing */
#define F_EOF 4
#define F_ERR 8
#define F_OWNBUF 16   /* buf was malloc'ed by us */
#define F_WRITING 32  /* buf holds pending output */
#define F_READING 64  /* buf holds read-ahead input */
#define F_MODE_SET 128 /* the buffering mode has been decided */
#define F_COOKIE 256  /* I/O goes through f->io, not a descriptor */

/* Decides stdout's buffering on first use: line-buffered on a terminal. */
void __stdio_decide_mode(FILE *f);

/* Writes out what waits in line-buffered streams (_flushlbf). */
void __stdio_flush_line_buffered(void);

/* Moves the ungetc slot's byte into the read-ahead buffer; -1 if there is no room. */
int __stdio_pushback_to_buffer(FILE *f);

#endif
