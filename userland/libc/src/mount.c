/* mount(2), umount(2) and umount2(2). */
#include <sys/mount.h>
#include <sys/syscall.h>
#include "libc.h"

int mount(const char *source, const char *target, const char *fstype, unsigned long flags, const void *data)
{
    return (int)__syscall_ret(__syscall5(SYS_mount, source, target, fstype, flags, data));
}

int umount2(const char *target, int flags)
{
    return (int)__syscall_ret(__syscall2(SYS_umount2, target, flags));
}

int umount(const char *target)
{
    return umount2(target, 0);
}
