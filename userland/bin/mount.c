/*
 * mount [-t TYPE] [-o OPTIONS] SOURCE DIR: mount a file system, as util-linux's mount
 * does for the options it shares (ro rw nosuid suid nodev dev noexec exec sync async
 * dirsync mand nomand noatime atime nodiratime relatime strictatime lazytime remount;
 * the others go to the file system, e.g. tmpfs's size= and mode=).  Without
 * arguments, the mounts as "SOURCE on DIR type TYPE (OPTIONS)".
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mount.h>
#include <unistd.h>

static const struct {
    const char *name;
    unsigned long set, clear;
} flag_options[] = {
    { "ro", MS_RDONLY, 0 }, { "rw", 0, MS_RDONLY },
    { "nosuid", MS_NOSUID, 0 }, { "suid", 0, MS_NOSUID },
    { "nodev", MS_NODEV, 0 }, { "dev", 0, MS_NODEV },
    { "noexec", MS_NOEXEC, 0 }, { "exec", 0, MS_NOEXEC },
    { "sync", MS_SYNCHRONOUS, 0 }, { "async", 0, MS_SYNCHRONOUS },
    { "dirsync", MS_DIRSYNC, 0 }, { "mand", MS_MANDLOCK, 0 }, { "nomand", 0, MS_MANDLOCK },
    { "noatime", MS_NOATIME, 0 }, { "atime", 0, MS_NOATIME },
    { "nodiratime", MS_NODIRATIME, 0 }, { "diratime", 0, MS_NODIRATIME },
    { "relatime", MS_RELATIME, 0 }, { "strictatime", MS_STRICTATIME, 0 },
    { "lazytime", MS_LAZYTIME, 0 }, { "remount", MS_REMOUNT, 0 }, { "defaults", 0, 0 },
};

/* Split OPTIONS into flags and the file system's own options (data). */
static void parse_options(char *options, unsigned long *flags, char *data)
{
    char *opt;
    unsigned i;

    for (opt = strtok(options, ","); opt; opt = strtok(NULL, ",")) {
        for (i = 0; i < sizeof flag_options / sizeof flag_options[0]; i++)
            if (!strcmp(opt, flag_options[i].name))
                break;
        if (i < sizeof flag_options / sizeof flag_options[0]) {
            *flags = (*flags | flag_options[i].set) & ~flag_options[i].clear;
        } else {
            if (*data)
                strcat(data, ",");
            strcat(data, opt);
        }
    }
}

static int list(void)
{
    char source[256], dir[256], type[64], options[512];
    FILE *f = fopen("/proc/mounts", "r");

    if (!f) {
        perror("mount: /proc/mounts");
        return 32;
    }
    while (fscanf(f, "%255s %255s %63s %511s %*d %*d", source, dir, type, options) == 4)
        printf("%s on %s type %s (%s)\n", source, dir, type, options);
    fclose(f);
    return 0;
}

int main(int argc, char **argv)
{
    static char options[4096], data[4096];
    const char *type = NULL;
    unsigned long flags = 0;
    int c;

    while ((c = getopt(argc, argv, "t:o:")) != -1) {
        if (c == 't')
            type = optarg;
        else if (c == 'o')
            snprintf(options + strlen(options), sizeof options - strlen(options), "%s%s", *options ? "," : "", optarg);
        else
            return 1;
    }
    if (optind == argc && !*options && !type)
        return list();
    parse_options(options, &flags, data);
    if (argc - optind != 2 && !(flags & MS_REMOUNT && argc - optind == 1)) {
        fprintf(stderr, "usage: mount [-t TYPE] [-o OPTIONS] SOURCE DIR\n");
        return 1;
    }
    if (mount(argc - optind == 2 ? argv[optind] : NULL, argv[argc - 1], type, flags, *data ? data : NULL) != 0) {
        fprintf(stderr, "mount: %s: %s\n", argv[argc - 1], strerror(errno));
        return 32;
    }
    return 0;
}
