#ifndef _SYS_SYSMACROS_H
#define _SYS_SYSMACROS_H

/*
 * Device numbers as Linux packs them into a 64-bit dev_t: the minor's low 8 bits, then
 * the major's low 12, then the rest of the minor, then the rest of the major (glibc's
 * layout, so st_rdev from stat(2) decodes the same way).
 */
#define major(dev) ((unsigned int)((((unsigned long long)(dev) >> 8) & 0xfff) | \
                                   (((unsigned long long)(dev) >> 32) & ~0xfffu)))
#define minor(dev) ((unsigned int)(((unsigned long long)(dev) & 0xff) | \
                                   (((unsigned long long)(dev) >> 12) & ~0xffu)))
#define makedev(ma, mi) ((((unsigned long long)(mi) & 0xff)) | \
                         (((unsigned long long)(ma) & 0xfff) << 8) | \
                         (((unsigned long long)(mi) & ~0xffull) << 12) | \
                         (((unsigned long long)(ma) & ~0xfffull) << 32))

#endif
