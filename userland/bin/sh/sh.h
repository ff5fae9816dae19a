/*
 * sh: a small shell in the spirit of Stephen Brennan's lsh, grown up a bit.
 *
 * A line goes through three stages:
 *   parse.c   splits it into tokens (respecting quotes) and builds a list
 *             of pipelines joined by ; && || &, each a list of commands;
 *   expand.c  just before a command runs, removes quotes, substitutes
 *             $?, $$, $#, $0..$9, $NAME, ${NAME} and $(command), splits
 *             unquoted values into words and expands * ? [...] into file names;
 *   exec.c    forks, wires up pipes and redirections, and runs builtins or
 *             programs (execvp), then waits and records the exit status.
 * main.c reads input: an interactive terminal, a script file, or -c text.
 */
#ifndef SH_H
#define SH_H

#include <sys/types.h>

enum redir_kind { REDIR_IN, REDIR_OUT, REDIR_APPEND, REDIR_DUP };

/* N<file, N>file, N>>file, N>&M, N<&M: `target` is raw text, expanded at run time. */
typedef struct redir {
    int fd;
    enum redir_kind kind;
    char *target;
    struct redir *next;
} redir;

/* One simple command: raw words (unexpanded) and redirections. */
typedef struct command {
    char **words;
    int nwords;
    redir *redirs;
    struct command *next;   /* the next command of the pipeline */
} command;

enum connector { CONN_SEQ, CONN_AND, CONN_OR };

/* A pipeline and how it hangs on the previous one. */
typedef struct step {
    command *commands;
    enum connector conn;    /* run after ; (always), && (on success), || (on failure) */
    int background;         /* ended by & : do not wait */
    struct step *next;
} step;

/* parse.c */
/* Returns the parsed list (NULL for an empty line); on a syntax error prints it and sets *error. */
step *parse_line(const char *line, int *error);
/* The end of the '...', "...", \\c or $(...) starting at p; NULL if it is unterminated. */
const char *skip_quoted(const char *p);
const char *skip_substitution(const char *p);
/* True when text ends inside quotes, after a backslash or after | && ||: more input is needed. */
int incomplete_input(const char *text);
void free_steps(step *s);

/* expand.c */
typedef struct shell_state {
    int last_status;
    int pid;                /* $$: the shell's own pid, also in subshells */
    int subst_status;       /* status of the last $(...) run by an expansion, or -1 */
    int argc;               /* positional parameters: argv[0] is $0 */
    char **argv;
} shell_state;

extern shell_state shell;

/*
 * Expand one raw word into *fields (a NULL-terminated array); returns how
 * many words it became: 0 for an unquoted empty expansion, several after
 * field splitting or pathname expansion.
 */
int expand_fields(const char *raw, char ***fields);
/* Expand an assignment word NAME=value as one string: no splitting, no globbing. */
char *expand_whole(const char *raw);
void free_fields(char **fields);

/* exec.c */
/* Run a parsed line; returns the exit status of the last pipeline run. */
int run_steps(step *s);
/* Set when the exit builtin ran: main stops reading. */
extern int exit_requested;

/* main.c */
/* Run text (several lines, e.g. a script) command by command; returns the last status. */
int run_text(const char *text);
/* Run the script in path with positional parameters argv[0..argc-1] ($0 = path). */
int run_script_file(const char *path, int argc, char **argv);

/* jobs.c: job control of an interactive shell (each pipeline a process group). */
extern int job_control;
void init_job_control(void);
/* Around run_pipeline's forks: job_begin, then in each child job_enter_child, in the parent job_forked. */
void job_begin(const step *s);
void job_enter_child(void);
void job_forked(pid_t pid);
/* Wait for the foreground job or leave it in the background; -1 without job control. */
int job_end(int background);
void job_note_status(pid_t pid, int status);
void notify_jobs(void);
int builtin_jobs(int argc, char **argv);
int builtin_fg(int argc, char **argv);
int builtin_bg(int argc, char **argv);
int builtin_kill(int argc, char **argv);

/* ulimit.c: the ulimit builtin. */
int builtin_ulimit(int argc, char **argv);

#endif
