#ifndef _SYS_PARAM_H
#define _SYS_PARAM_H

#include <limits.h>
#include <endian.h>

#define MAXPATHLEN PATH_MAX
#define MAXSYMLINKS 20
#define MAXHOSTNAMELEN 64
#define NOFILE 256
#define NCARGS 131072
#define NGROUPS 65536
#define NBBY 8   /* bits per byte */
#define HZ 100
#define DEV_BSIZE 512

#define MIN(a, b) (((a) < (b)) ? (a) : (b))
#define MAX(a, b) (((a) > (b)) ? (a) : (b))
#define howmany(x, y) (((x) + ((y) - 1)) / (y))
#define roundup(x, y) ((((x) + ((y) - 1)) / (y)) * (y))
#define powerof2(x) ((((x) - 1) & (x)) == 0)

/* Bit arrays of bytes. */
#define setbit(a, i) (((unsigned char *)(a))[(i) / NBBY] |= 1 << ((i) % NBBY))
#define clrbit(a, i) (((unsigned char *)(a))[(i) / NBBY] &= ~(1 << ((i) % NBBY)))
#define isset(a, i) (((const unsigned char *)(a))[(i) / NBBY] & (1 << ((i) % NBBY)))
#define isclr(a, i) ((((const unsigned char *)(a))[(i) / NBBY] & (1 << ((i) % NBBY))) == 0)

#endif
