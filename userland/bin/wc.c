/*
 * wc [-lwc] [FILE...]: count lines, words and bytes, laid out as coreutils does.
 */
#include <stdio.h>
#include <string.h>
#include <errno.h>
#include <unistd.h>
#include <fcntl.h>
#include <ctype.h>
#include <sys/stat.h>

typedef struct {
    unsigned long lines, words, bytes;
} counts;

static int show_lines, show_words, show_bytes;

static int count_fd(int fd, counts *c)
{
    unsigned char buf[4096];
    ssize_t n, i;
    int in_word = 0;

    c->lines = c->words = c->bytes = 0;
    while ((n = read(fd, buf, sizeof(buf))) != 0) {
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return -1;
        }
        c->bytes += (unsigned long)n;
        for (i = 0; i < n; i++) {
            if (buf[i] == '\n')
                c->lines++;
            /* As coreutils in the C locale: spaces end words, printable
               characters make them, other bytes do neither. */
            if (isspace(buf[i])) {
                in_word = 0;
            } else if (isprint(buf[i]) && !in_word) {
                in_word = 1;
                c->words++;
            }
        }
    }
    return 0;
}

static void print_counts(const counts *c, int width, const char *name)
{
    int first = 1;

    if (show_lines) {
        printf("%*lu", width, c->lines);
        first = 0;
    }
    if (show_words) {
        printf(first ? "%*lu" : " %*lu", width, c->words);
        first = 0;
    }
    if (show_bytes)
        printf(first ? "%*lu" : " %*lu", width, c->bytes);
    if (name != NULL)
        printf(" %s", name);
    putchar('\n');
}

/*
 * coreutils pads every count to the width of the total size of the regular
 * files, and to at least 7 when some input is not a regular file (a pipe).
 */
static int number_width(int argc, char **argv, int first)
{
    struct stat st;
    unsigned long total = 0;
    int width = 1, minimum = 1, i;

    if (first >= argc) {
        if (fstat(0, &st) == 0 && S_ISREG(st.st_mode))
            total = (unsigned long)st.st_size;
        else
            minimum = 7;
    }
    for (i = first; i < argc; i++) {
        if (strcmp(argv[i], "-") == 0 ? fstat(0, &st) < 0 : stat(argv[i], &st) < 0)
            continue;
        if (S_ISREG(st.st_mode))
            total += (unsigned long)st.st_size;
        else
            minimum = 7;
    }
    for (; total >= 10; total /= 10)
        width++;
    return width < minimum ? minimum : width;
}

int main(int argc, char **argv)
{
    counts c, total;
    int i = 1, width, fd, status = 0, nfiles;
    const char *p;

    for (; i < argc && argv[i][0] == '-' && argv[i][1] != '\0'; i++) {
        for (p = argv[i] + 1; *p; p++) {
            if (*p == 'l')
                show_lines = 1;
            else if (*p == 'w')
                show_words = 1;
            else if (*p == 'c')
                show_bytes = 1;
            else {
                fprintf(stderr, "wc: invalid option -- '%c'\n", *p);
                return 1;
            }
        }
    }
    if (!show_lines && !show_words && !show_bytes)
        show_lines = show_words = show_bytes = 1;
    nfiles = argc - i;
    /* One count of one input needs no alignment. */
    if (show_lines + show_words + show_bytes == 1 && nfiles <= 1)
        width = 1;
    else
        width = number_width(argc, argv, i);
    if (nfiles == 0) {
        if (count_fd(0, &c) < 0) {
            fprintf(stderr, "wc: -: %s\n", strerror(errno));
            return 1;
        }
        print_counts(&c, width, NULL);
        return 0;
    }
    total.lines = total.words = total.bytes = 0;
    for (; i < argc; i++) {
        fd = strcmp(argv[i], "-") == 0 ? 0 : open(argv[i], O_RDONLY);
        if (fd < 0 || count_fd(fd, &c) < 0) {
            fprintf(stderr, "wc: %s: %s\n", argv[i], strerror(errno));
            status = 1;
            if (fd > 0)
                close(fd);
            continue;
        }
        if (fd > 0)
            close(fd);
        print_counts(&c, width, argv[i]);
        total.lines += c.lines;
        total.words += c.words;
        total.bytes += c.bytes;
    }
    if (nfiles > 1)
        print_counts(&total, width, "total");
    return status;
}
