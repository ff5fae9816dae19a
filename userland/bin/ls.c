/*
 * ls [-a] [-l] [-1] [PATH...]: list directory contents sorted by name, one
 * per line (in columns on a terminal). -l adds mode, links, owner, group and size.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <unistd.h>
#include <dirent.h>
#include <sys/ioctl.h>
#include <sys/stat.h>

static int show_all, long_format, columns;

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

/* On a terminal: names in columns, filled top to bottom, as ls -C. */
static void print_columns(char **names, size_t n)
{
    struct winsize ws;
    size_t width = 0, len, cols, rows, r, c, i;
    int term_width = 80;

    if (ioctl(1, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0)
        term_width = ws.ws_col;
    for (i = 0; i < n; i++) {
        len = strlen(names[i]);
        if (len > width)
            width = len;
    }
    width += 2;
    cols = (size_t)term_width / width;
    if (cols == 0)
        cols = 1;
    rows = (n + cols - 1) / cols;
    for (r = 0; r < rows; r++) {
        for (c = 0; c < cols; c++) {
            i = c * rows + r;
            if (i >= n)
                break;
            /* The last name of a row needs no padding. */
            if (c + 1 < cols && i + rows < n)
                printf("%-*s", (int)width, names[i]);
            else
                printf("%s", names[i]);
        }
        putchar('\n');
    }
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
    if (columns && !long_format)
        print_columns(names, n);
    else
        for (i = 0; i < n; i++)
            print_entry(path, names[i]);
    for (i = 0; i < n; i++)
        free(names[i]);
    free(names);
    return 0;
}

int main(int argc, char **argv)
{
    int i = 1, status = 0, nargs;
    const char *p;
    struct stat st;

    /* One name per line into a pipe or file; columns for a person at a terminal. */
    columns = isatty(1);
    for (; i < argc && argv[i][0] == '-' && argv[i][1] != '\0'; i++) {
        for (p = argv[i] + 1; *p; p++) {
            if (*p == 'a')
                show_all = 1;
            else if (*p == 'l')
                long_format = 1;
            else if (*p == '1')
                columns = 0;
            else {
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
