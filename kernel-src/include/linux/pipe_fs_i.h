/*
 * pipe_fs_i.h - a pipe's insides, for the code that moves data into and
 * out of pipes without a user buffer between (fs/splice.c).
 */
#ifndef _LINUX_PIPE_FS_I_H
#define _LINUX_PIPE_FS_I_H

#include <linux/types.h>

struct file;

#define PIPE_SIZE	4096

struct pipe_inode_info {
	char buf[PIPE_SIZE];
	unsigned long head;	/* bytes ever written */
	unsigned long tail;	/* bytes ever read */
	int readers, writers;
	unsigned int r_counter, w_counter;	/* FIFO opens so far, for each end */
};

static inline size_t pipe_bytes(const struct pipe_inode_info *pipe)
{
	return pipe->head - pipe->tail;
}

static inline size_t pipe_space(const struct pipe_inode_info *pipe)
{
	return PIPE_SIZE - pipe_bytes(pipe);
}

/* fs/pipe.c */
struct pipe_inode_info *get_pipe_info(struct file *file);
size_t pipe_peek(struct pipe_inode_info *pipe, char *buf, size_t len);
size_t pipe_fill(struct pipe_inode_info *pipe, const char *buf, size_t len);

#endif
