/* eventpoll.h - what the rest of the kernel tells epoll (fs/eventpoll.c). */
#ifndef _LINUX_EVENTPOLL_H
#define _LINUX_EVENTPOLL_H

struct file;

/* wake_up(chan): epoll items whose files named chan in poll_wait may be ready */
void ep_poll_callback(void *chan);
/* fput: the file's last reference goes, and with it every epoll item watching it */
void eventpoll_release(struct file *file);

#endif
