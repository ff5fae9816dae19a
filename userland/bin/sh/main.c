/*
 * sh's main loop: where the input comes from.
 *
 *   sh                 read commands from stdin (prompt "$ " on a terminal,
 *                      with job control: jobs.c)
 *   sh -c 'CMDS' [ARG0 ARGS...]
 *   sh FILE [ARGS...]  run a script
 *
 * Input is taken a line at a time; a line that ends inside quotes or with a
 * backslash is joined with the next before it runs. The exit status is that
 * of the last command.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <unistd.h>
#include <fcntl.h>
#include <sys/wait.h>
#include "sh.h"

/* Parse and run one complete chunk of input. */
static void run_chunk(const char *chunk)
{
    int error = 0;
    step *s = parse_line(chunk, &error);

    if (error) {
        shell.last_status = 2;
        return;
    }
    run_steps(s);
    free_steps(s);
}

/* Append n bytes to a heap string. */
static char *append(char *s, const char *add, size_t n)
{
    size_t len = s != NULL ? strlen(s) : 0;
    char *grown = realloc(s, len + n + 1);

    if (grown == NULL)
        return s;
    memcpy(grown + len, add, n);
    grown[len + n] = '\0';
    return grown;
}

int run_text(const char *text)
{
    const char *p = text, *eol;
    char *chunk = NULL;
    size_t n;

    while (*p && !exit_requested) {
        eol = strchr(p, '\n');
        n = eol != NULL ? (size_t)(eol - p) + 1 : strlen(p);
        chunk = append(chunk, p, n);
        p += n;
        if (incomplete_input(chunk) && *p)
            continue;
        run_chunk(chunk);
        free(chunk);
        chunk = NULL;
    }
    free(chunk);
    return shell.last_status;
}

static char *read_file(const char *path)
{
    char buf[4096];
    char *text = append(NULL, "", 0);
    ssize_t n;
    int fd = open(path, O_RDONLY);

    if (fd < 0)
        return NULL;
    while ((n = read(fd, buf, sizeof(buf))) > 0)
        text = append(text, buf, (size_t)n);
    close(fd);
    return text;
}

int run_script_file(const char *path, int argc, char **argv)
{
    shell_state saved = shell;
    char *text = read_file(path);

    if (text == NULL) {
        fprintf(stderr, "sh: %s: %s\n", path, strerror(errno));
        return errno == ENOENT ? 127 : 126;
    }
    shell.argc = argc;
    shell.argv = argv;
    run_text(text);
    free(text);
    saved.last_status = shell.last_status;
    shell = saved;
    return shell.last_status;
}

/*
 * One line from stdin, read a byte at a time so that a command we start
 * finds the rest of the input exactly where we stopped.
 */
static char *read_line(void)
{
    char *line = NULL;
    char c;
    ssize_t n;

    for (;;) {
        n = read(0, &c, 1);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return line;
        line = append(line, &c, 1);
        if (c == '\n')
            return line;
    }
}

/* Collect background children (and, as PID 1, orphans) that have finished. */
static void reap_zombies(void)
{
    int status;

    while (waitpid(-1, &status, WNOHANG) > 0)
        ;
}

static void run_stdin(void)
{
    int interactive = isatty(0);
    char *chunk = NULL, *line;

    if (interactive)
        init_job_control();
    for (;;) {
        if (chunk == NULL)
            notify_jobs();
        if (interactive)
            fputs(chunk == NULL ? "$ " : "> ", stderr);
        line = read_line();
        if (line == NULL)
            break;
        chunk = append(chunk, line, strlen(line));
        free(line);
        if (incomplete_input(chunk))
            continue;
        run_chunk(chunk);
        free(chunk);
        chunk = NULL;
        if (!job_control)
            reap_zombies();
        if (exit_requested)
            return;
    }
    /* End of input in the middle of a quoted string still runs what we have (and reports it). */
    if (chunk != NULL)
        run_chunk(chunk);
    free(chunk);
    if (interactive)
        fputs("\n", stderr);
}

/*
 * Started by the kernel as the first process (rdinit=/bin/sh), we may have
 * no standard descriptors yet: put the console on 0, 1 and 2.
 */
static void open_console_if_init(void)
{
    int fd;

    if (getpid() != 1 || fcntl(2, F_GETFD) >= 0)
        return;
    fd = open("/dev/console", O_RDWR);
    if (fd < 0)
        return;
    if (fcntl(0, F_GETFD) < 0)
        dup2(fd, 0);
    if (fcntl(1, F_GETFD) < 0)
        dup2(fd, 1);
    dup2(fd, 2);
    if (fd > 2)
        close(fd);
}

int main(int argc, char **argv)
{
    static char *default_argv0[] = { "sh", NULL };

    open_console_if_init();
    shell.pid = getpid();
    shell.argc = 1;
    shell.argv = argv[0] != NULL ? argv : default_argv0;
    if (argc > 1 && strcmp(argv[1], "-c") == 0) {
        if (argc < 3) {
            fprintf(stderr, "sh: -c: option requires an argument\n");
            return 2;
        }
        if (argc > 3) {
            shell.argc = argc - 3;
            shell.argv = argv + 3;
        }
        run_text(argv[2]);
    } else if (argc > 1) {
        run_script_file(argv[1], argc - 1, argv + 1);
    } else {
        run_stdin();
    }
    fflush(stdout);
    return shell.last_status;
}
