/*
 * df [-a]: each mounted file system's size, use and free space in 1K
 * blocks, as coreutils prints them: the mounts from /proc/mounts, the
 * numbers from statfs.  File systems without blocks (proc) show only
 * with -a.
 */
#include <stdio.h>
#include <string.h>
#include <sys/statfs.h>

static void show(const char *device, const char *dir, const struct statfs *s)
{
    unsigned long k = (unsigned long)s->f_bsize / 1024;
    unsigned long total = s->f_blocks * k, used = (s->f_blocks - s->f_bfree) * k;
    unsigned long avail = s->f_bavail * k;

    printf("%-14s %9lu %7lu %9lu ", device, total, used, avail);
    if (used + avail)   /* rounded up, as coreutils does */
        printf("%3lu%%", (used * 100 + used + avail - 1) / (used + avail));
    else
        printf("%4s", "-");
    printf(" %s\n", dir);
}

int main(int argc, char **argv)
{
    int all = argc > 1 && strcmp(argv[1], "-a") == 0;
    char device[256], dir[256];
    struct statfs s;
    FILE *mounts;

    if (argc > 1 && !all) {
        fprintf(stderr, "df: unknown option '%s'\n", argv[1]);
        return 1;
    }
    mounts = fopen("/proc/mounts", "r");
    if (!mounts) {
        perror("df: /proc/mounts");
        return 1;
    }
    printf("Filesystem     1K-blocks    Used Available Use%% Mounted on\n");
    while (fscanf(mounts, "%255s %255s %*[^\n]", device, dir) == 2) {
        if (statfs(dir, &s) < 0) {
            perror(dir);
            continue;
        }
        if (s.f_blocks || all)
            show(device, dir, &s);
    }
    fclose(mounts);
    return 0;
}
