/*
 * Running commands: builtins in the shell itself, everything else in a
 * forked child that sets up its pipes and redirections and calls execvp.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ctype.h>
#include <errno.h>
#include <unistd.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include "sh.h"

int exit_requested;

/* A command after expansion: NAME=value prefixes, then the argument vector. */
typedef struct {
    char **assigns;
    int nassigns;
    char **argv;
    int argc;
} expanded;

/* NAME=... with a valid name and no quoting before the '='. */
static int is_assignment(const char *raw)
{
    const char *p = raw;

    if (!isalpha((unsigned char)*p) && *p != '_')
        return 0;
    while (isalnum((unsigned char)*p) || *p == '_')
        p++;
    return *p == '=';
}

static void add_arg(expanded *e, char *arg, int *cap)
{
    char **grown;

    if (e->argc + 2 > *cap) {
        *cap *= 2;
        grown = realloc(e->argv, (size_t)*cap * sizeof(char *));
        if (grown == NULL)
            return;
        e->argv = grown;
    }
    e->argv[e->argc++] = arg;
    e->argv[e->argc] = NULL;
}

static void expand_command(command *c, expanded *e)
{
    int i, j, n, leading = 1, cap = c->nwords + 1;
    char **fields;

    e->assigns = calloc((size_t)c->nwords + 1, sizeof(char *));
    e->argv = calloc((size_t)cap, sizeof(char *));
    e->nassigns = e->argc = 0;
    for (i = 0; i < c->nwords; i++) {
        leading = leading && is_assignment(c->words[i]);
        if (leading) {
            e->assigns[e->nassigns++] = expand_whole(c->words[i]);
            continue;
        }
        n = expand_fields(c->words[i], &fields);
        for (j = 0; j < n; j++)
            add_arg(e, fields[j], &cap);
        /* The strings now belong to argv; only the array goes. */
        free(fields);
    }
}

static void free_expanded(expanded *e)
{
    int i;

    for (i = 0; i < e->nassigns; i++)
        free(e->assigns[i]);
    for (i = 0; i < e->argc; i++)
        free(e->argv[i]);
    free(e->assigns);
    free(e->argv);
}

static void apply_assignments(expanded *e)
{
    char *eq;
    int i;

    for (i = 0; i < e->nassigns; i++) {
        eq = strchr(e->assigns[i], '=');
        *eq = '\0';
        setenv(e->assigns[i], eq + 1, 1);
        *eq = '=';
    }
}

/* Perform the redirections in this process; -1 (with a message) on failure. */
static int apply_redirs(redir *r)
{
    int fd, flags, n;
    char *target, *end;
    char **fields;

    for (; r != NULL; r = r->next) {
        n = expand_fields(r->target, &fields);
        if (n != 1) {
            fprintf(stderr, "sh: %s: ambiguous redirect\n", r->target);
            free_fields(fields);
            return -1;
        }
        target = fields[0];
        free(fields);
        if (r->kind == REDIR_DUP) {
            fd = (int)strtol(target, &end, 10);
            if (strcmp(target, "-") == 0) {
                close(r->fd);
                free(target);
                continue;
            }
            if (*end != '\0' || end == target || dup2(fd, r->fd) < 0) {
                fprintf(stderr, "sh: %s: %s\n", target, *end ? "ambiguous redirect" : strerror(errno));
                free(target);
                return -1;
            }
            free(target);
            continue;
        }
        flags = r->kind == REDIR_IN ? O_RDONLY
              : r->kind == REDIR_APPEND ? O_WRONLY | O_CREAT | O_APPEND
              : O_WRONLY | O_CREAT | O_TRUNC;
        fd = open(target, flags, 0666);
        if (fd < 0) {
            fprintf(stderr, "sh: %s: %s\n", target, strerror(errno));
            free(target);
            return -1;
        }
        if (fd != r->fd) {
            dup2(fd, r->fd);
            close(fd);
        }
        free(target);
    }
    return 0;
}

/* ---- builtins ---- */

static int builtin_cd(int argc, char **argv)
{
    const char *dir = argc > 1 ? argv[1] : getenv("HOME");

    if (dir == NULL)
        dir = "/";
    if (chdir(dir) < 0) {
        fprintf(stderr, "sh: cd: %s: %s\n", dir, strerror(errno));
        return 1;
    }
    return 0;
}

static int builtin_exit(int argc, char **argv)
{
    exit_requested = 1;
    return argc > 1 ? (int)(strtol(argv[1], NULL, 10) & 255) : shell.last_status;
}

static int builtin_help(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    printf("tcc-lite sh, after Stephen Brennan's lsh\n");
    printf("Type program names and arguments, and hit enter.\n");
    printf("Quoting '...' \"...\" \\, operators ; && || | & < > >> N>&M, $? $VAR $(cmd) * ?.\n");
    printf("The following are built in:\n");
    printf("  cd\n  exit\n  help\n  export\n  unset\n  . (source)\n  wait\n  read\n  ulimit\n");
    printf("  jobs\n  fg\n  bg\n  kill (%%n: a job)\n");
    printf("Use the man command for information on other programs.\n");
    return 0;
}

static int builtin_export(int argc, char **argv)
{
    char *eq;
    int i;

    for (i = 1; i < argc; i++) {
        eq = strchr(argv[i], '=');
        if (eq == NULL)
            continue;
        *eq = '\0';
        setenv(argv[i], eq + 1, 1);
        *eq = '=';
    }
    return 0;
}

static int builtin_unset(int argc, char **argv)
{
    int i;

    for (i = 1; i < argc; i++)
        unsetenv(argv[i]);
    return 0;
}

/*
 * read [-r] NAME...: read a line from stdin (a byte at a time, so nothing
 * after it is consumed) and assign its words to the NAMEs, the rest of the
 * line to the last one. Without -r a backslash quotes the next character.
 */
static int builtin_read(int argc, char **argv)
{
    char line[4096];
    int n = 0, raw = 0, first = 1, i, eof = 0;
    char c, *p, *word;

    if (argc > 1 && strcmp(argv[1], "-r") == 0) {
        raw = 1;
        first = 2;
    }
    while (n < (int)sizeof(line) - 1) {
        if (read(0, &c, 1) != 1) {
            eof = 1;
            break;
        }
        if (c == '\\' && !raw) {
            if (read(0, &c, 1) != 1)
                break;
            if (c == '\n')
                continue;
        } else if (c == '\n') {
            break;
        }
        line[n++] = c;
    }
    line[n] = '\0';
    p = line;
    for (i = first; i < argc; i++) {
        while (*p == ' ' || *p == '\t')
            p++;
        word = p;
        if (i + 1 < argc) {
            while (*p && *p != ' ' && *p != '\t')
                p++;
            if (*p)
                *p++ = '\0';
        } else {
            /* The last name takes the rest, without trailing blanks. */
            p += strlen(p);
            while (p > word && (p[-1] == ' ' || p[-1] == '\t'))
                *--p = '\0';
        }
        setenv(argv[i], word, 1);
    }
    return eof && n == 0 ? 1 : 0;
}

/* . FILE [ARGS]: run a script in this shell, so its cd and variables stay. */
static int builtin_source(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "sh: .: filename argument required\n");
        return 2;
    }
    return run_script_file(argv[1], argc - 1, argv + 1);
}

/* wait: collect every background job. */
static int builtin_wait(int argc, char **argv)
{
    int status;

    pid_t pid;

    (void)argc;
    (void)argv;
    while ((pid = wait(&status)) > 0)
        job_note_status(pid, status);
    return 0;
}

typedef struct {
    const char *name;
    int (*fn)(int argc, char **argv);
} builtin;

static const builtin builtins[] = {
    { "cd", builtin_cd },
    { "exit", builtin_exit },
    { "help", builtin_help },
    { "export", builtin_export },
    { "unset", builtin_unset },
    { ".", builtin_source },
    { "source", builtin_source },
    { "wait", builtin_wait },
    { "read", builtin_read },
    { "ulimit", builtin_ulimit },
    { "jobs", builtin_jobs },
    { "fg", builtin_fg },
    { "bg", builtin_bg },
    { "kill", builtin_kill },
};

static const builtin *find_builtin(const char *name)
{
    size_t i;

    for (i = 0; i < sizeof(builtins) / sizeof(builtins[0]); i++)
        if (strcmp(builtins[i].name, name) == 0)
            return &builtins[i];
    return NULL;
}

/* ---- children ---- */

/* In a forked child: redirect, then become the program. Never returns. */
static void child_exec(command *c, expanded *e)
{
    const builtin *b;
    int status;

    if (apply_redirs(c->redirs) < 0)
        _exit(1);
    if (e->argc == 0)
        _exit(0);
    apply_assignments(e);
    b = find_builtin(e->argv[0]);
    if (b != NULL) {
        status = b->fn(e->argc, e->argv);
        fflush(stdout);
        _exit(status);
    }
    execvp(e->argv[0], e->argv);
    if (errno == ENOEXEC) {
        /* No #! line: a shell script, run by this (forked) shell. */
        status = run_script_file(e->argv[0], e->argc, e->argv);
        fflush(stdout);
        _exit(status);
    }
    if (errno == ENOENT && strchr(e->argv[0], '/') == NULL) {
        fprintf(stderr, "sh: %s: command not found\n", e->argv[0]);
        _exit(127);
    }
    fprintf(stderr, "sh: %s: %s\n", e->argv[0], strerror(errno));
    _exit(errno == ENOENT ? 127 : 126);
}

/* The shell's status for a wait status, reporting deaths by signal like bash. */
static int decode_status(int status)
{
    int sig;

    if (!WIFSIGNALED(status))
        return WEXITSTATUS(status);
    sig = WTERMSIG(status);
    if (sig != SIGINT && sig != SIGPIPE)
        fprintf(stderr, "%s%s\n", strsignal(sig), WCOREDUMP(status) ? " (core dumped)" : "");
    return 128 + sig;
}

/* Run a builtin or a bare assignment in the shell itself, redirections undone after. */
static int run_in_shell(command *c, expanded *e, const builtin *b)
{
    int saved[16], fds[16], n = 0, i, status = 0;
    redir *r;

    for (r = c->redirs; r != NULL && n < 16; r = r->next) {
        fds[n] = r->fd;
        saved[n++] = fcntl(r->fd, F_DUPFD, 10);
    }
    if (apply_redirs(c->redirs) < 0) {
        status = 1;
    } else if (b != NULL) {
        status = b->fn(e->argc, e->argv);
        fflush(stdout);
    } else {
        /* x=$(cmd) alone: the status is the command's, as in bash. */
        apply_assignments(e);
        if (shell.subst_status >= 0)
            status = shell.subst_status;
    }
    /* Undo in reverse, so a descriptor redirected twice ends up as it began. */
    for (i = n - 1; i >= 0; i--) {
        if (saved[i] >= 0) {
            dup2(saved[i], fds[i]);
            close(saved[i]);
        } else {
            close(fds[i]);
        }
    }
    return status;
}

/* Fork a child running c with in_fd as stdin and out_fd as stdout (-1: keep ours). */
static pid_t spawn(command *c, int in_fd, int out_fd, int other_end)
{
    expanded e;
    pid_t pid = fork();

    if (pid != 0) {
        if (pid < 0)
            fprintf(stderr, "sh: fork: %s\n", strerror(errno));
        job_forked(pid);
        return pid;
    }
    job_enter_child();
    if (in_fd >= 0) {
        dup2(in_fd, 0);
        close(in_fd);
    }
    if (out_fd >= 0) {
        dup2(out_fd, 1);
        close(out_fd);
    }
    /* The pipe's read end belongs to the next command, not to us. */
    if (other_end >= 0)
        close(other_end);
    expand_command(c, &e);
    child_exec(c, &e);
    return -1; /* not reached: child_exec never returns */
}

/* Run a lone builtin or assignment in the shell itself; -1 when it is neither. */
static int try_in_shell(command *c)
{
    expanded e;
    const builtin *b = NULL;
    int status = -1;

    shell.subst_status = -1;
    expand_command(c, &e);
    if (e.argc > 0)
        b = find_builtin(e.argv[0]);
    if (e.argc == 0 || b != NULL)
        status = run_in_shell(c, &e, b);
    free_expanded(&e);
    return status;
}

static int run_pipeline(step *s)
{
    command *c;
    pid_t *pids;
    int n = 0, started = 0, prev_read = -1, p[2], status = 0, i, last = 1;

    /* A lone builtin or assignment must change the shell itself, so no fork. */
    if (s->commands->next == NULL && !s->background && (status = try_in_shell(s->commands)) >= 0)
        return status;
    for (c = s->commands; c != NULL; c = c->next)
        n++;
    pids = malloc((size_t)n * sizeof(pid_t));
    if (pids == NULL)
        return 1;
    /* Children inherit our buffers: empty them first, or output would appear twice. */
    fflush(stdout);
    fflush(stderr);
    job_begin(s);
    for (c = s->commands; c != NULL; c = c->next) {
        p[0] = p[1] = -1;
        if (c->next != NULL && pipe(p) < 0) {
            fprintf(stderr, "sh: pipe: %s\n", strerror(errno));
            break;
        }
        pids[started] = spawn(c, prev_read, p[1], p[0]);
        if (pids[started] > 0)
            started++;
        if (prev_read >= 0)
            close(prev_read);
        if (p[1] >= 0)
            close(p[1]);
        prev_read = p[0];
    }
    if (prev_read >= 0)
        close(prev_read);
    if ((status = job_end(s->background)) >= 0) {
        free(pids);
        return status;
    }
    /* The status of a pipeline is that of its last command. */
    for (i = 0; i < started && !s->background; i++) {
        while (waitpid(pids[i], &status, 0) < 0 && errno == EINTR)
            ;
        last = decode_status(status);
    }
    free(pids);
    return s->background ? 0 : last;
}

int run_steps(step *s)
{
    for (; s != NULL && !exit_requested; s = s->next) {
        if (s->conn == CONN_AND && shell.last_status != 0)
            continue;
        if (s->conn == CONN_OR && shell.last_status == 0)
            continue;
        shell.last_status = run_pipeline(s);
    }
    return shell.last_status;
}
