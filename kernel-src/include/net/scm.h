/*
 * scm.h - ancillary data of sendmsg/recvmsg at the SOL_SOCKET level
 * ("socket control messages"): descriptors (SCM_RIGHTS) and credentials
 * (SCM_CREDENTIALS), parsed from the sender's control buffer into a
 * scm_cookie and written into the receiver's (net/core/scm.c).
 */
#ifndef __LINUX_NET_SCM_H
#define __LINUX_NET_SCM_H

#include <linux/socket.h>

#define SCM_MAX_FD	253	/* descriptors one message may carry */

struct file;

/* Open files on their way to another process; each held. */
struct scm_fp_list {
	short count;
	short max;
	struct file *fp[];
};

struct scm_cookie {
	struct scm_fp_list *fp;
	struct ucred creds;
};

int scm_send(struct socket *sock, struct msghdr *msg, struct scm_cookie *scm);
void scm_recv(struct socket *sock, struct msghdr *msg, struct scm_cookie *scm, int flags);
void scm_destroy(struct scm_cookie *scm);
struct scm_fp_list *scm_fp_dup(struct scm_fp_list *fpl);
int put_cmsg(struct msghdr *msg, int level, int type, int len, void *data);

#endif
