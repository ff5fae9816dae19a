/* tcp.h - the IPPROTO_TCP level's socket options. */
#ifndef _UAPI_LINUX_TCP_H
#define _UAPI_LINUX_TCP_H

#define TCP_NODELAY	1	/* send at once, no Nagle delay (kept and reported) */

#endif
