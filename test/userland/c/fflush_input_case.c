/*
 * fflush and read-ahead, as glibc: fflush(NULL) writes output streams only, so a
 * parent reading a script on stdin keeps its next lines when system() or popen()
 * runs a command (SQLite's `.import "|cmd"` lost the rest of its script); fflush of
 * a seekable input stream hands the read-ahead back to the file; fflush of a pipe
 * keeps it (the pipe cannot take it back). The kernel's offset shows what was handed back.
 */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char lines[] = "one\ntwo\nthree\nfour\n";

static void rest(const char *who, FILE *f)
{
    char buf[64];

    while (fgets(buf, sizeof buf, f) != NULL)
        printf("  %s reads %s", who, buf);
    printf("  %s at end\n", who);
}

/* The file (or a pipe holding the same lines) opened as a stream, one line read. */
static FILE *file_after_one_line(const char *path, const char *what)
{
    FILE *f = fopen(path, "r");
    char buf[64];

    fgets(buf, sizeof buf, f);
    printf("%s: first line %s", what, buf);
    return f;
}

static FILE *pipe_after_one_line(const char *what)
{
    int fds[2];
    char buf[64];
    FILE *f;

    pipe(fds);
    write(fds[1], lines, strlen(lines));
    close(fds[1]);
    f = fdopen(fds[0], "r");
    fgets(buf, sizeof buf, f);
    printf("%s: first line %s", what, buf);
    return f;
}

int main(int argc, char **argv)
{
    const char *path = argc > 1 ? argv[1] : "fflush_input.tmp";
    FILE *f;
    int fd;

    fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    write(fd, lines, strlen(lines));
    close(fd);

    f = file_after_one_line(path, "file, fflush(NULL)");
    fflush(NULL);
    printf("  offset %ld\n", (long)lseek(fileno(f), 0, SEEK_CUR));
    rest("stream", f);
    fclose(f);

    f = file_after_one_line(path, "file, fflush(f)");
    fflush(f);
    printf("  offset %ld, ftell %ld\n", (long)lseek(fileno(f), 0, SEEK_CUR), ftell(f));
    rest("stream", f);
    fclose(f);

    f = pipe_after_one_line("pipe, fflush(NULL)");
    fflush(NULL);
    rest("stream", f);
    fclose(f);

    f = pipe_after_one_line("pipe, fflush(f)");
    printf("  fflush %d\n", fflush(f));
    rest("stream", f);
    fclose(f);

    f = pipe_after_one_line("pipe, system()");
    printf("  system: %d\n", system("true"));
    rest("stream", f);
    fclose(f);

    f = file_after_one_line(path, "file, system()");
    printf("  system: %d\n", system("true"));
    printf("  offset %ld\n", (long)lseek(fileno(f), 0, SEEK_CUR));
    rest("stream", f);
    fclose(f);
    return 0;
}
