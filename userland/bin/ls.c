/*
 * ls [-a] [-l] [-1] [PATH...]: list directory contents, one name per line,
 * sorted by name. -l adds mode, links, owner, group and size.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <dirent.h>
#include <sys/stat.h>

static int show_all, long_format;

static int compare_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static void mode_string(mode_t m, char *out)
{
    const char *rwx = "rwxrwxrwx";
    int i;

    out[0] = S_ISDIR(m) ? 'd' : S_ISLNK(m) ? 'l' : S_ISCHR(m) ? 'c' : S_ISBLK(m) ? 'b'
           : S_ISFIFO(m) ? 'p' : S_ISSOCK(m) ? 's' : '-';
    for (i = 0; i < 9; i++)
        out[i + 1] = (m & (0400 >> i)) ? rwx[i] : '-';
    out[10] = '\0';
}

static void print_entry(const char *dir, const char *name)
{
    struct stat st;
    char mode[11];
    char *path;

    if (!long_format) {
        puts(name);
        return;
    }
    path = malloc(strlen(dir) + strlen(name) + 2);
    if (path == NULL)
        return;
    if (dir[0] != '\0')
        sprintf(path, "%s/%s", dir, name);
    else
        strcpy(path, name);
    if (lstat(path, &st) < 0) {
        fprintf(stderr, "ls: cannot access '%s': %s\n", path, strerror(errno));
        free(path);
        return;
    }
    mode_string(st.st_mode, mode);
    printf("%s %2lu %u %u %8ld %s\n", mode, (unsigned long)st.st_nlink, st.st_uid, st.st_gid,
           (long)st.st_size, name);
    free(path);
}

static int list_dir(const char *path)
{
    DIR *d = opendir(path);
    struct dirent *e;
    char **names = NULL, **grown;
    size_t n = 0, cap = 0, i;

    if (d == NULL) {
        fprintf(stderr, "ls: cannot open directory '%s': %s\n", path, strerror(errno));
        return 2;
    }
    while ((e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.' && !show_all)
            continue;
        if (n == cap) {
            cap = cap ? cap * 2 : 64;
            grown = realloc(names, cap * sizeof(char *));
            if (grown == NULL)
                break;
            names = grown;
        }
        names[n++] = strdup(e->d_name);
    }
    closedir(d);
    qsort(names, n, sizeof(char *), compare_names);
    for (i = 0; i < n; i++) {
        print_entry(path, names[i]);
        free(names[i]);
    }
    free(names);
    return 0;
}

int main(int argc, char **argv)
{
    int i = 1, status = 0, nargs;
    const char *p;
    struct stat st;

    for (; i < argc && argv[i][0] == '-' && argv[i][1] != '\0'; i++) {
        for (p = argv[i] + 1; *p; p++) {
            if (*p == 'a')
                show_all = 1;
            else if (*p == 'l')
                long_format = 1;
            else if (*p != '1') {
                fprintf(stderr, "ls: invalid option -- '%c'\n", *p);
                return 2;
            }
        }
    }
    nargs = argc - i;
    if (nargs == 0)
        return list_dir(".");
    for (; i < argc; i++) {
        if (stat(argv[i], &st) < 0) {
            fprintf(stderr, "ls: cannot access '%s': %s\n", argv[i], strerror(errno));
            status = 2;
            continue;
        }
        if (!S_ISDIR(st.st_mode)) {
            print_entry("", argv[i]);
            continue;
        }
        if (nargs > 1)
            printf("%s:\n", argv[i]);
        status |= list_dir(argv[i]);
        if (nargs > 1 && i + 1 < argc)
            putchar('\n');
    }
    return status;
}
