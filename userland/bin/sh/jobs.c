/*
 * Job control, for an interactive shell on its controlling terminal, as bash
 * does it.  Each pipeline is a job: its processes form a process group of
 * their own, and a foreground job is given the terminal while the shell
 * waits for it.  ^Z stops it (the terminal sends SIGTSTP to its group); the
 * shell then takes the terminal back and reports
 *
 *   [1]+  Stopped                 sleep 5
 *
 * `cmd &` starts a background job and prints "[1] PID"; `jobs` lists the
 * jobs, `fg [%n]` and `bg [%n]` continue one in the foreground or the
 * background, and `kill %n` signals one.  Background jobs that ended are
 * reported before the next prompt.  The shell itself ignores SIGTSTP, SIGTTIN
 * and SIGTTOU, so that it never stops and may always set the terminal's
 * foreground group; its children get the default actions back.
 *
 * '+' marks the current job (what fg and bg act on by default): the one
 * most recently stopped or put in the background; '-' the one before.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <unistd.h>
#include <signal.h>
#include <termios.h>
#include <sys/wait.h>
#include "sh.h"

#define MAX_JOBS    32
#define MAX_PROCS   16      /* processes of one pipeline the shell keeps track of */

enum job_state { JOB_RUNNING, JOB_STOPPED, JOB_DONE };

typedef struct job {
    int id;                 /* %n; 0: the slot is free */
    pid_t pgid;
    pid_t pids[MAX_PROCS];
    int npids;
    int exited;             /* processes that ended */
    int foreground;
    int last_status;        /* wait status of the pipeline's last process */
    enum job_state state;
    int reported;           /* the state is what the user was last told */
    unsigned long recency;  /* when last stopped or put in the background */
    char *text;             /* the command line, for the reports */
} job;

int job_control;

static job jobs[MAX_JOBS];
static unsigned long clock_now;
static job *starting;       /* the job run_pipeline is forking */

static const int job_signals[] = { SIGTSTP, SIGTTIN, SIGTTOU };

static void set_job_signals(void (*action)(int))
{
    size_t i;

    for (i = 0; i < sizeof(job_signals) / sizeof(job_signals[0]); i++)
        signal(job_signals[i], action);
}

/* Interactive on a terminal that is ours: take it, with a process group of our own. */
void init_job_control(void)
{
    if (!isatty(0) || tcgetpgrp(0) < 0)
        return;
    set_job_signals(SIG_IGN);
    if (getpgrp() != getpid())
        setpgid(0, 0);
    if (tcsetpgrp(0, getpgrp()) < 0)
        return;
    job_control = 1;
}

/* The pipeline as text: its words, commands joined by " | ". */
static char *pipeline_text(const step *s)
{
    size_t len = 1;
    const command *c;
    char *text;
    int i;

    for (c = s->commands; c != NULL; c = c->next)
        for (i = 0; i < c->nwords; i++)
            len += strlen(c->words[i]) + 3;
    text = calloc(len, 1);
    if (text == NULL)
        return NULL;
    for (c = s->commands; c != NULL; c = c->next) {
        if (c != s->commands)
            strcat(text, " | ");
        for (i = 0; i < c->nwords; i++) {
            if (i > 0)
                strcat(text, " ");
            strcat(text, c->words[i]);
        }
    }
    return text;
}

static void free_job(job *j)
{
    free(j->text);
    memset(j, 0, sizeof(*j));
}

/* The highest job number in use. */
static int top_job_id(void)
{
    int i, top = 0;

    for (i = 0; i < MAX_JOBS; i++)
        if (jobs[i].id > top)
            top = jobs[i].id;
    return top;
}

/* The job numbered id, or NULL. */
static job *job_by_id(int id)
{
    int i;

    for (i = 0; i < MAX_JOBS; i++)
        if (id > 0 && jobs[i].id == id)
            return &jobs[i];
    return NULL;
}

/* A free slot numbered one above every job still there, as bash numbers them. */
static job *new_job(void)
{
    int i, top = top_job_id();

    for (i = 0; i < MAX_JOBS; i++)
        if (jobs[i].id == 0) {
            jobs[i].id = top + 1;
            return &jobs[i];
        }
    return NULL;
}

/* Before the pipeline's processes are forked. */
void job_begin(const step *s)
{
    starting = job_control ? new_job() : NULL;
    if (starting == NULL)
        return;
    starting->text = pipeline_text(s);
    starting->foreground = !s->background;
}

/*
 * In each forked child, before anything else: join the job's group (the
 * first child founds it), and as the foreground job take the terminal.
 * The parent sets the group too (job_forked), so it holds whoever runs first.
 */
void job_enter_child(void)
{
    pid_t pgid;

    if (starting == NULL)
        return;
    pgid = starting->pgid ? starting->pgid : getpid();
    setpgid(0, pgid);
    if (starting->foreground)
        tcsetpgrp(0, pgid);
    set_job_signals(SIG_DFL);
}

void job_forked(pid_t pid)
{
    if (starting == NULL || pid <= 0)
        return;
    if (!starting->pgid)
        starting->pgid = pid;
    setpgid(pid, starting->pgid);
    if (starting->foreground && starting->npids == 0)
        tcsetpgrp(0, starting->pgid);
    if (starting->npids < MAX_PROCS)
        starting->pids[starting->npids++] = pid;
}

static job *job_of_pid(pid_t pid, int *index)
{
    int i, k;

    for (i = 0; i < MAX_JOBS; i++)
        for (k = 0; jobs[i].id && k < jobs[i].npids; k++)
            if (jobs[i].pids[k] == pid) {
                *index = k;
                return &jobs[i];
            }
    return NULL;
}

/* A wait status of one of a job's processes: the job's state follows. */
void job_note_status(pid_t pid, int status)
{
    int index;
    job *j = job_of_pid(pid, &index);

    if (j == NULL)
        return;
    if (WIFSTOPPED(status)) {
        j->state = JOB_STOPPED;
        j->recency = ++clock_now;
        j->reported = 0;
    } else if (WIFCONTINUED(status)) {
        if (j->state == JOB_STOPPED)
            j->state = JOB_RUNNING;
    } else {
        j->exited++;
        if (index == j->npids - 1)
            j->last_status = status;
        if (j->exited == j->npids) {
            j->state = JOB_DONE;
            j->reported = 0;
        }
    }
}

/* The current job ('+') and the previous one ('-'). */
static void current_jobs(job **plus, job **minus)
{
    int i;

    *plus = *minus = NULL;
    for (i = 0; i < MAX_JOBS; i++) {
        job *j = &jobs[i];

        if (!j->id)
            continue;
        if (*plus == NULL || j->recency > (*plus)->recency) {
            *minus = *plus;
            *plus = j;
        } else if (*minus == NULL || j->recency > (*minus)->recency) {
            *minus = j;
        }
    }
}

static char job_mark(const job *j)
{
    job *plus, *minus;

    current_jobs(&plus, &minus);
    return j == plus ? '+' : j == minus ? '-' : ' ';
}

/* "Stopped", "Running", "Done", "Exit 3", or the signal that killed it. */
static void state_text(const job *j, char *out, size_t size)
{
    int st = j->last_status;

    if (j->state == JOB_STOPPED)
        snprintf(out, size, "Stopped");
    else if (j->state == JOB_RUNNING)
        snprintf(out, size, "Running");
    else if (WIFSIGNALED(st))
        snprintf(out, size, "%s", strsignal(WTERMSIG(st)));
    else if (WEXITSTATUS(st))
        snprintf(out, size, "Exit %d", WEXITSTATUS(st));
    else
        snprintf(out, size, "Done");
}

/* One line as bash's jobs prints it: "[1]+  Stopped                 sleep 5". */
static void print_job(const job *j)
{
    char state[64];

    state_text(j, state, sizeof(state));
    fprintf(stderr, "[%d]%c  %-22s  %s%s\n", j->id, job_mark(j), state, j->text ? j->text : "",
            j->state == JOB_RUNNING ? " &" : "");
}

/* Collect what the children have to report, without waiting. */
static void poll_children(void)
{
    int status;
    pid_t pid;

    while ((pid = waitpid(-1, &status, WNOHANG | WUNTRACED | WCONTINUED)) > 0)
        job_note_status(pid, status);
}

/* The shell's $? for a job: its last process's, 128 + the signal if stopped or killed. */
static int job_status(const job *j)
{
    if (j->state == JOB_STOPPED)
        return 128 + SIGTSTP;
    if (WIFSIGNALED(j->last_status))
        return 128 + WTERMSIG(j->last_status);
    return WEXITSTATUS(j->last_status);
}

/*
 * Wait while j runs in the foreground, then take the terminal back.  A job
 * that stopped is reported and kept; one that ended is forgotten, a death
 * by a signal other than SIGINT and SIGPIPE told as bash tells it.
 */
static int wait_foreground(job *j)
{
    int status, result;
    pid_t pid;

    while (j->state == JOB_RUNNING) {
        pid = waitpid(-j->pgid, &status, WUNTRACED);
        if (pid < 0 && errno == EINTR)
            continue;
        if (pid < 0)
            break;
        job_note_status(pid, status);
    }
    tcsetpgrp(0, getpgrp());
    result = job_status(j);
    if (j->state == JOB_STOPPED) {
        fprintf(stderr, "\n");
        print_job(j);
        j->reported = 1;
        return result;
    }
    if (WIFSIGNALED(j->last_status) && WTERMSIG(j->last_status) != SIGINT &&
        WTERMSIG(j->last_status) != SIGPIPE)
        fprintf(stderr, "%s\n", strsignal(WTERMSIG(j->last_status)));
    free_job(j);
    return result;
}

/* After the pipeline's processes are forked: wait for it, or leave it in the background. */
int job_end(int background)
{
    job *j = starting;

    starting = NULL;
    if (j == NULL)
        return -1;
    if (j->npids == 0) {
        free_job(j);
        return 1;
    }
    if (background) {
        j->recency = ++clock_now;
        fprintf(stderr, "[%d] %d\n", j->id, (int)j->pgid);
        return 0;
    }
    return wait_foreground(j);
}

/* Before a prompt: report the background jobs that stopped or ended (and forget those). */
void notify_jobs(void)
{
    int id, top;

    if (!job_control)
        return;
    poll_children();
    for (id = 1, top = top_job_id(); id <= top; id++) {
        job *j = job_by_id(id);

        if (j == NULL || j->reported || j->state == JOB_RUNNING)
            continue;
        print_job(j);
        j->reported = 1;
        if (j->state == JOB_DONE)
            free_job(j);
    }
}

/* The job a %n, %+, %- or %% names (NULL: none, with a message); no argument: the current job. */
static job *find_job(const char *name, const char *who)
{
    job *plus, *minus;
    int id;

    current_jobs(&plus, &minus);
    if (name == NULL || strcmp(name, "%%") == 0 || strcmp(name, "%+") == 0 || strcmp(name, "%") == 0) {
        if (plus == NULL)
            fprintf(stderr, "sh: %s: current: no such job\n", who);
        return plus;
    }
    if (strcmp(name, "%-") == 0)
        return minus;
    id = atoi(name[0] == '%' ? name + 1 : name);
    if (job_by_id(id) != NULL)
        return job_by_id(id);
    fprintf(stderr, "sh: %s: %s: no such job\n", who, name);
    return NULL;
}

int builtin_jobs(int argc, char **argv)
{
    int id, top;

    (void)argc;
    (void)argv;
    poll_children();
    for (id = 1, top = top_job_id(); id <= top; id++) {
        job *j = job_by_id(id);

        if (j == NULL)
            continue;
        print_job(j);
        j->reported = 1;
        if (j->state == JOB_DONE)
            free_job(j);
    }
    return 0;
}

/* Continue a stopped job (SIGCONT to its group), which runs again. */
static void continue_job(job *j)
{
    if (j->state == JOB_STOPPED)
        j->state = JOB_RUNNING;
    killpg(j->pgid, SIGCONT);
}

/* The job fg or bg (who) acts on; NULL, with a message, when there is none. */
static job *job_operand(int argc, char **argv, const char *who)
{
    if (!job_control) {
        fprintf(stderr, "sh: %s: no job control\n", who);
        return NULL;
    }
    return find_job(argc > 1 ? argv[1] : NULL, who);
}

int builtin_fg(int argc, char **argv)
{
    job *j = job_operand(argc, argv, "fg");

    if (j == NULL)
        return 1;
    fprintf(stderr, "%s\n", j->text ? j->text : "");
    tcsetpgrp(0, j->pgid);
    continue_job(j);
    return wait_foreground(j);
}

int builtin_bg(int argc, char **argv)
{
    job *j = job_operand(argc, argv, "bg");

    if (j == NULL)
        return 1;
    continue_job(j);
    j->recency = ++clock_now;
    fprintf(stderr, "[%d]%c %s &\n", j->id, job_mark(j), j->text ? j->text : "");
    return 0;
}

/*
 * kill with %n operands: /bin/kill given the job's group (-PGID) instead,
 * and a stopped job continued so that it can act on the signal (as bash).
 */
int builtin_kill(int argc, char **argv)
{
    char **args = calloc((size_t)argc + 2, sizeof(char *)), pgids[MAX_JOBS][16];
    job *named[MAX_JOBS];
    int i = 1, n = 0, nnamed = 0, status = 1;
    pid_t pid;

    if (args == NULL)
        return 1;
    args[n++] = "kill";
    /* The options, as /bin/kill reads them: -s SIG, or -SIG. */
    if (i < argc && strcmp(argv[i], "-s") == 0 && i + 1 < argc) {
        args[n++] = argv[i++];
        args[n++] = argv[i++];
    } else if (i < argc && argv[i][0] == '-' && argv[i][1] != '\0' && strcmp(argv[i], "--") != 0) {
        args[n++] = argv[i++];
    }
    if (i < argc && strcmp(argv[i], "--") == 0)
        i++;
    args[n++] = "--";
    for (; i < argc; i++) {
        job *j = argv[i][0] == '%' ? find_job(argv[i], "kill") : NULL;

        if (argv[i][0] == '%' && j == NULL)
            goto out;
        if (j == NULL || nnamed == MAX_JOBS) {
            args[n++] = argv[i];
            continue;
        }
        snprintf(pgids[nnamed], sizeof(pgids[0]), "-%d", (int)j->pgid);
        args[n++] = pgids[nnamed];
        named[nnamed++] = j;
    }
    fflush(stdout);
    pid = fork();
    if (pid == 0) {
        execvp("kill", args);
        _exit(127);
    }
    while (pid > 0 && waitpid(pid, &status, 0) < 0 && errno == EINTR)
        ;
    status = pid > 0 && WIFEXITED(status) ? WEXITSTATUS(status) : 1;
    for (i = 0; i < nnamed; i++)
        if (named[i]->state == JOB_STOPPED)
            continue_job(named[i]);
out:
    free(args);
    return status;
}
