/*
 * initramfs.c - unpack the initial file system: a "newc" cpio archive
 * the boot loader placed in memory.  Each entry is a 110-byte ASCII
 * header (magic 070701, then 13 eight-digit hex fields), the name, and
 * the data, each padded to a multiple of 4 bytes.  TRAILER!!! ends it.
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/slab.h>
#include <linux/fs.h>

#define CPIO_HDR_LEN	110

/*
 * Eight hex digits of a "newc" header field (the format has no other
 * characters there), all eight at once in one 64-bit word: a digit's value
 * is its low nibble, plus 9 for a letter (the only ones with bit 6 set);
 * then the nibbles are gathered, first digit most significant.
 */
static unsigned long hex8(const char *s)
{
	unsigned long v;

	memcpy(&v, s, 8);
	v = (v & 0x0f0f0f0f0f0f0f0fUL) + ((v >> 6) & 0x0101010101010101UL) * 9;
	v = __builtin_bswap64(v);
	v = (v | (v >> 4)) & 0x00ff00ff00ff00ffUL;
	v = (v | (v >> 8)) & 0x0000ffff0000ffffUL;
	return (v | (v >> 16)) & 0xffffffffUL;
}

/* Create one entry; name is relative to / (a leading "/" or "./" is fine). */
static void unpack_entry(const char *name, unsigned long mode, const char *data,
			 unsigned long size, dev_t rdev)
{
	char path[PATH_MAX];
	const char *last;
	int lastlen, err;
	struct inode *dir, *inode;

	while (name[0] == '.' && name[1] == '/')
		name += 2;
	if (!strcmp(name, ".") || !*name)
		return;
	path[0] = '/';
	strlcpy(path + 1, name, sizeof(path) - 1);
	dir = nameiparent(AT_FDCWD, path, &last, &lastlen, &err);
	if (!dir) {
		printk(KERN_WARNING "initramfs: %s: no parent directory\n", path);
		return;
	}
	inode = ramfs_lookup(dir, last, lastlen);
	if (inode) {
		if (S_ISDIR(inode->i_mode) && S_ISDIR(mode))
			return;
		ramfs_unlink(dir, last, lastlen);
	}
	inode = ramfs_get_inode((umode_t)mode, rdev);
	if (!inode)
		panic("initramfs: out of memory");
	if ((S_ISREG(mode) || S_ISLNK(mode)) && size &&
	    ramfs_write_data(inode, 0, data, size, 0) < 0)
		panic("initramfs: out of memory");
	ramfs_link(dir, last, lastlen, inode);
}

void populate_rootfs(void *archive, unsigned long size)
{
	const char *buf = archive, *end = buf + size;
	int files = 0;

	while (buf + CPIO_HDR_LEN <= end) {
		unsigned long mode, filesize, namesize, off;
		const char *name, *data;

		if (!*buf) {		/* padding between archives */
			buf += 4;
			continue;
		}
		if (memcmp(buf, "070701", 6) && memcmp(buf, "070702", 6)) {
			printk(KERN_ERR "Initramfs unpacking failed: no cpio magic\n");
			return;
		}
		mode = hex8(buf + 14);
		filesize = hex8(buf + 54);
		namesize = hex8(buf + 94);
		name = buf + CPIO_HDR_LEN;
		off = (CPIO_HDR_LEN + namesize + 3) & ~3UL;
		data = buf + off;
		if (data + filesize > end || name + namesize > end) {
			printk(KERN_ERR "Initramfs unpacking failed: truncated archive\n");
			return;
		}
		if (namesize == 11 && !memcmp(name, "TRAILER!!!", 10)) {
			buf = data;
			continue;	/* another archive may follow */
		}
		if (namesize > 1 && namesize < PATH_MAX) {
			/* only device nodes have a device number worth parsing */
			dev_t rdev = S_ISCHR(mode) || S_ISBLK(mode) ?
				MKDEV((unsigned int)hex8(buf + 78), (unsigned int)hex8(buf + 86)) : 0;

			unpack_entry(name, mode, data, filesize, rdev);
		}
		files++;
		buf = data + ((filesize + 3) & ~3UL);
	}
	printk(KERN_INFO "Unpacked initramfs: %d entries\n", files);
}
