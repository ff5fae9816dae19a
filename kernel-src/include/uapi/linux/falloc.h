/* falloc.h - fallocate's modes (Linux 4.7's values). */
#ifndef _UAPI_FALLOC_H_
#define _UAPI_FALLOC_H_

#define FALLOC_FL_KEEP_SIZE	0x01	/* allocate, but leave the size alone */
#define FALLOC_FL_PUNCH_HOLE	0x02	/* free the range: it reads as zeros */
#define FALLOC_FL_NO_HIDE_STALE	0x04	/* reserved */
#define FALLOC_FL_COLLAPSE_RANGE 0x08	/* remove the range, closing the gap */
#define FALLOC_FL_ZERO_RANGE	0x10	/* zero the range, allocated */
#define FALLOC_FL_INSERT_RANGE	0x20	/* insert a hole, moving the rest up */

#endif
