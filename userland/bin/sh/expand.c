/*
 * Word expansion, done just before a command runs:
 *
 *  1. quote removal and parameters: inside '...' nothing is special; inside
 *     "..." only $ and a backslash before $ ` " \ or newline are; outside
 *     quotes a backslash keeps the next character literal. $? $$ $# $0..$9
 *     $NAME ${NAME} are replaced by their values, $(command) by what the
 *     command prints;
 *  2. field splitting: the value of an unquoted parameter is cut at spaces,
 *     tabs and newlines ("$X" stays one word);
 *  3. pathname expansion: a word with an unquoted * ? or [...] becomes the
 *     sorted list of matching paths (or stays as it is when nothing matches).
 *
 * While building a word we remember, for each character, whether it was
 * quoted: quoted characters never split a word and never act as wildcards.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ctype.h>
#include <unistd.h>
#include <errno.h>
#include <dirent.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include "sh.h"

shell_state shell;

/* A word being built: its characters, and a parallel "was quoted" flag per character. */
typedef struct {
    char *text;
    char *quoted;
    size_t len, cap;
    int had_quotes;     /* "" makes an (empty) word; an unset $X alone does not */
    int whole;          /* an assignment's value: no field splitting, no globbing */
} word;

/* The words a raw word expanded to. */
typedef struct {
    char **v;
    int n, cap;
} word_list;

static void list_add(word_list *l, char *s)
{
    char **grown;

    if (l->n + 2 > l->cap) {
        l->cap = l->cap ? l->cap * 2 : 8;
        grown = realloc(l->v, (size_t)l->cap * sizeof(char *));
        if (grown == NULL)
            return;
        l->v = grown;
    }
    l->v[l->n++] = s;
    l->v[l->n] = NULL;
}

static void word_put(word *w, char c, int quoted)
{
    char *t, *q;

    if (w->len + 2 > w->cap) {
        w->cap = w->cap ? w->cap * 2 : 32;
        t = realloc(w->text, w->cap);
        q = realloc(w->quoted, w->cap);
        if (t == NULL || q == NULL)
            return;
        w->text = t;
        w->quoted = q;
    }
    w->text[w->len] = c;
    w->quoted[w->len] = (char)quoted;
    w->len++;
    w->text[w->len] = '\0';
}

static void word_put_string(word *w, const char *s, int quoted)
{
    for (; *s; s++)
        word_put(w, *s, quoted);
}

/* ---- pathname expansion ---- */

static int is_wildcard(char c)
{
    return c == '*' || c == '?' || c == '[';
}

/* Match name against pat (with its quoted flags q), as the shell's patterns do. */
static int pattern_match(const char *pat, const char *q, const char *name)
{
    const char *end;
    int negate, found;

    for (; *pat; pat++, q++) {
        if (!*q && *pat == '*') {
            /* Try every possible length for the star. */
            for (;; name++) {
                if (pattern_match(pat + 1, q + 1, name))
                    return 1;
                if (*name == '\0')
                    return 0;
            }
        }
        if (*name == '\0')
            return 0;
        if (!*q && *pat == '?') {
            name++;
            continue;
        }
        if (!*q && *pat == '[' && (end = strchr(pat + 2, ']')) != NULL) {
            const char *p = pat + 1;
            negate = *p == '!' || *p == '^';
            if (negate)
                p++;
            for (found = 0; p < end; p++) {
                if (p + 2 < end && p[1] == '-') {
                    found |= *name >= p[0] && *name <= p[2];
                    p += 2;
                } else {
                    found |= *name == *p;
                }
            }
            if (found == negate)
                return 0;
            q += end - pat;
            pat = end;
            name++;
            continue;
        }
        if (*pat != *name)
            return 0;
        name++;
    }
    return *name == '\0';
}

static int compare_strings(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static char *join_path(const char *prefix, const char *name, size_t name_len)
{
    size_t plen = strlen(prefix);
    char *s = malloc(plen + name_len + 1);

    if (s != NULL) {
        memcpy(s, prefix, plen);
        memcpy(s + plen, name, name_len);
        s[plen + name_len] = '\0';
    }
    return s;
}

/*
 * Expand the pattern pat (flags q) relative to prefix (which is "" or ends
 * in '/'), one path component at a time, adding matches to out.
 */
static void glob_component(const char *prefix, const char *pat, const char *q, word_list *out)
{
    const char *slash = strchr(pat, '/');
    size_t len = slash != NULL ? (size_t)(slash - pat) : strlen(pat);
    char *comp = strndup(pat, len);
    char *path, *next;
    int wild = 0;
    size_t i;
    DIR *d;
    struct dirent *e;
    struct stat st;

    for (i = 0; i < len; i++)
        if (!q[i] && is_wildcard(pat[i]))
            wild = 1;
    if (!wild) {
        /* A plain component: no need to read the directory. */
        path = join_path(prefix, pat, len);
        if (slash != NULL) {
            next = join_path(path, "/", 1);
            glob_component(next, slash + 1, q + len + 1, out);
            free(next);
            free(path);
        } else if (lstat(path, &st) == 0) {
            list_add(out, path);
        } else {
            free(path);
        }
        free(comp);
        return;
    }
    d = opendir(prefix[0] ? prefix : ".");
    while (d != NULL && (e = readdir(d)) != NULL) {
        /* Hidden names match only a pattern that starts with a literal dot; . and .. never (as bash 5.2). */
        if (e->d_name[0] == '.' && (comp[0] != '.' || strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0))
            continue;
        if (!pattern_match(comp, q, e->d_name))
            continue;
        path = join_path(prefix, e->d_name, strlen(e->d_name));
        if (slash == NULL) {
            list_add(out, path);
            continue;
        }
        if (stat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
            next = join_path(path, "/", 1);
            glob_component(next, slash + 1, q + len + 1, out);
            free(next);
        }
        free(path);
    }
    if (d != NULL)
        closedir(d);
    free(comp);
}

/* Add the finished word w to out: its matching paths, or itself. */
static void finish_word(word *w, word_list *out)
{
    word_list matches;
    size_t i, start;
    int wild = 0;
    char root[2] = "/";

    if (w->len == 0 && !w->had_quotes)
        return;
    if (w->len == 0) {
        list_add(out, strdup(""));
        w->had_quotes = 0;
        return;
    }
    for (i = 0; i < w->len && !w->whole; i++)
        if (!w->quoted[i] && is_wildcard(w->text[i]))
            wild = 1;
    matches.v = NULL;
    matches.n = matches.cap = 0;
    if (wild) {
        start = w->text[0] == '/' ? 1 : 0;
        glob_component(start ? root : "", w->text + start, w->quoted + start, &matches);
    }
    if (matches.n > 0) {
        qsort(matches.v, (size_t)matches.n, sizeof(char *), compare_strings);
        for (i = 0; i < (size_t)matches.n; i++)
            list_add(out, matches.v[i]);
        free(matches.v);
    } else {
        list_add(out, strndup(w->text, w->len));
    }
    w->len = 0;
    w->had_quotes = 0;
    if (w->text != NULL)
        w->text[0] = '\0';
}

/* ---- parameters ---- */

/*
 * The value of the parameter after a '$' at p (numbers go into numbuf), and
 * in *next the first character after its name. NULL (with *next back on the
 * '$'): no parameter here, the '$' is literal.
 */
static const char *parameter_value(const char *p, const char **next, char *numbuf, size_t numsize)
{
    char name[256];
    const char *value, *end;
    size_t len;

    *next = p + 1;
    if (*p == '?' || *p == '$' || *p == '#') {
        snprintf(numbuf, numsize, "%d", *p == '?' ? shell.last_status : *p == '$' ? shell.pid
                 : shell.argc > 0 ? shell.argc - 1 : 0);
        return numbuf;
    }
    if (isdigit((unsigned char)*p))
        return *p - '0' < shell.argc ? shell.argv[*p - '0'] : "";
    if (*p == '{' && (end = strchr(p, '}')) != NULL) {
        p++;
        len = (size_t)(end - p);
        *next = end + 1;
    } else if (isalpha((unsigned char)*p) || *p == '_') {
        for (end = p; isalnum((unsigned char)*end) || *end == '_'; end++)
            ;
        len = (size_t)(end - p);
        *next = end;
    } else {
        *next = p - 1;
        return NULL;
    }
    if (len >= sizeof(name))
        len = sizeof(name) - 1;
    memcpy(name, p, len);
    name[len] = '\0';
    value = getenv(name);
    return value != NULL ? value : "";
}

/* ---- command substitution ---- */

/*
 * $(cmd): run cmd in a forked copy of the shell with its stdout on a pipe
 * and return what it printed, without trailing newlines (a heap string).
 */
static char *command_output(const char *cmd, size_t len)
{
    char *text = strndup(cmd, len), *out = NULL, *grown;
    char buf[512];
    size_t n = 0;
    ssize_t r;
    int fds[2], status;
    pid_t pid;

    if (text == NULL || pipe(fds) < 0) {
        free(text);
        return strdup("");
    }
    fflush(stdout);
    pid = fork();
    if (pid == 0) {
        close(fds[0]);
        dup2(fds[1], 1);
        close(fds[1]);
        run_text(text);
        fflush(stdout);
        _exit(shell.last_status);
    }
    close(fds[1]);
    while ((r = read(fds[0], buf, sizeof(buf))) != 0) {
        if (r < 0) {
            if (errno == EINTR)
                continue;
            break;
        }
        grown = realloc(out, n + (size_t)r + 1);
        if (grown == NULL)
            break;
        out = grown;
        memcpy(out + n, buf, (size_t)r);
        n += (size_t)r;
    }
    close(fds[0]);
    free(text);
    /* As in bash, $? shows the substitution's status from here on. */
    if (pid > 0 && waitpid(pid, &status, 0) == pid)
        shell.last_status = shell.subst_status = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    while (n > 0 && out[n - 1] == '\n')
        n--;
    if (out == NULL)
        return strdup("");
    out[n] = '\0';
    return out;
}

/*
 * If p starts "$(", run the command and return its output (heap string),
 * with *next after the ')'. NULL when p is no command substitution.
 */
static char *substitution_at(const char *p, const char **next)
{
    const char *end;

    if (p[0] != '$' || p[1] != '(')
        return NULL;
    end = skip_substitution(p);
    if (end == NULL)
        return NULL;
    *next = end;
    return command_output(p + 2, (size_t)(end - 1 - (p + 2)));
}

/* An unquoted value: its blanks separate words. */
static void put_split(word *w, const char *value, word_list *out)
{
    for (; *value; value++) {
        if (!w->whole && (*value == ' ' || *value == '\t' || *value == '\n'))
            finish_word(w, out);
        else
            word_put(w, *value, 0);
    }
}

static int expand(const char *raw, char ***fields, int whole)
{
    word w;
    word_list out;
    const char *p = raw, *value;
    char num[24];
    char *output;

    memset(&w, 0, sizeof(w));
    w.whole = whole;
    out.v = NULL;
    out.n = out.cap = 0;
    while (*p) {
        if (*p == '\'') {
            w.had_quotes = 1;
            for (p++; *p && *p != '\''; p++)
                word_put(&w, *p, 1);
            if (*p)
                p++;
        } else if (*p == '"') {
            w.had_quotes = 1;
            for (p++; *p && *p != '"';) {
                if (*p == '\\' && p[1] && strchr("$`\"\\\n", p[1]) != NULL) {
                    if (p[1] != '\n')
                        word_put(&w, p[1], 1);
                    p += 2;
                } else if ((output = substitution_at(p, &p)) != NULL) {
                    word_put_string(&w, output, 1);
                    free(output);
                } else if (*p == '$' && (value = parameter_value(p + 1, &p, num, sizeof(num))) != NULL) {
                    word_put_string(&w, value, 1);
                } else {
                    word_put(&w, *p++, 1);
                }
            }
            if (*p)
                p++;
        } else if (*p == '\\') {
            /* Backslash-newline joins lines and leaves nothing behind. */
            if (p[1] != '\n' && p[1] != '\0')
                word_put(&w, p[1], 1);
            p += p[1] ? 2 : 1;
        } else if ((output = substitution_at(p, &p)) != NULL) {
            put_split(&w, output, &out);
            free(output);
        } else if (*p == '$' && (value = parameter_value(p + 1, &p, num, sizeof(num))) != NULL) {
            put_split(&w, value, &out);
        } else {
            word_put(&w, *p++, 0);
        }
    }
    finish_word(&w, &out);
    free(w.text);
    free(w.quoted);
    if (out.v == NULL)
        out.v = calloc(1, sizeof(char *));
    *fields = out.v;
    return out.n;
}

int expand_fields(const char *raw, char ***fields)
{
    return expand(raw, fields, 0);
}

char *expand_whole(const char *raw)
{
    char **fields;
    char *s;

    expand(raw, &fields, 1);
    s = fields[0] != NULL ? fields[0] : strdup("");
    free(fields);
    return s;
}

void free_fields(char **fields)
{
    char **f;

    for (f = fields; f != NULL && *f != NULL; f++)
        free(*f);
    free(fields);
}
