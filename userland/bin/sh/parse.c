/*
 * Tokenizer and parser.
 *
 *   line     := step ((';' | '&' | '&&' | '||') step)* [';' | '&']
 *   step     := command ('|' command)*
 *   command  := (WORD | redirect)+
 *   redirect := [N] ('<' | '>' | '>>' | '>&' | '<&') WORD
 *
 * Words keep their quotes here; expand.c removes them when the command runs,
 * so that "$?" sees the status of the command just before it.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ctype.h>
#include "sh.h"

enum token_kind {
    T_WORD, T_PIPE, T_AND, T_OR, T_SEMI, T_AMP,
    T_LT, T_GT, T_GTGT, T_GTAMP, T_LTAMP, T_END
};

typedef struct token {
    enum token_kind kind;
    char *text;     /* T_WORD: the raw word; operators: their spelling */
    int io_fd;      /* redirections: the explicit fd before the operator, or -1 */
    int newline;    /* a T_SEMI that was a newline (allowed after && || |) */
} token;

typedef struct lexer {
    const char *p;
    token *tokens;
    int count, cap;
    int error;
} lexer;

static void syntax_error(const char *what)
{
    fprintf(stderr, "sh: syntax error near unexpected token `%s'\n", what);
}

static void add_token(lexer *lx, enum token_kind kind, const char *start, size_t len, int io_fd)
{
    token *grown;

    if (lx->count == lx->cap) {
        lx->cap = lx->cap ? lx->cap * 2 : 16;
        grown = realloc(lx->tokens, (size_t)lx->cap * sizeof(token));
        if (grown == NULL) {
            lx->error = 1;
            return;
        }
        lx->tokens = grown;
    }
    lx->tokens[lx->count].kind = kind;
    lx->tokens[lx->count].text = strndup(start, len);
    lx->tokens[lx->count].io_fd = io_fd;
    lx->tokens[lx->count].newline = kind == T_SEMI && *start == '\n';
    lx->count++;
}

/* Skip a quoted or escaped section starting at p; returns the char after it, or NULL if unterminated. */
const char *skip_quoted(const char *p)
{
    if (*p == '\\')
        return p[1] ? p + 2 : NULL;
    if (*p == '\'') {
        p = strchr(p + 1, '\'');
        return p ? p + 1 : NULL;
    }
    /* Double quotes: a backslash protects the next character; $( ) may hold more quotes. */
    for (p++; *p && *p != '"'; p++) {
        if (*p == '\\' && p[1]) {
            p++;
        } else if (*p == '$' && p[1] == '(') {
            p = skip_substitution(p);
            if (p == NULL)
                return NULL;
            p--;
        }
    }
    return *p ? p + 1 : NULL;
}

const char *skip_substitution(const char *p)
{
    int depth = 1;

    for (p += 2; *p; ) {
        if (*p == '\\' || *p == '\'' || *p == '"') {
            p = skip_quoted(p);
            if (p == NULL)
                return NULL;
        } else if (*p == '$' && p[1] == '(') {
            p = skip_substitution(p);
            if (p == NULL)
                return NULL;
        } else {
            if (*p == '(')
                depth++;
            else if (*p == ')' && --depth == 0)
                return p + 1;
            p++;
        }
    }
    return NULL;
}

static int is_operator_char(char c)
{
    return c == '|' || c == '&' || c == ';' || c == '<' || c == '>';
}

/* Read one operator at lx->p (io_fd: a number written right before it, or -1). */
static void lex_operator(lexer *lx, int io_fd)
{
    const char *p = lx->p;
    enum token_kind kind;
    size_t len = 2;

    if (p[0] == '|' && p[1] == '|') kind = T_OR;
    else if (p[0] == '&' && p[1] == '&') kind = T_AND;
    else if (p[0] == '>' && p[1] == '>') kind = T_GTGT;
    else if (p[0] == '>' && p[1] == '&') kind = T_GTAMP;
    else if (p[0] == '<' && p[1] == '&') kind = T_LTAMP;
    else {
        len = 1;
        kind = p[0] == '|' ? T_PIPE : p[0] == '&' ? T_AMP : p[0] == ';' ? T_SEMI
             : p[0] == '<' ? T_LT : T_GT;
    }
    add_token(lx, kind, p, len, io_fd);
    lx->p += len;
}

static void lex_word(lexer *lx)
{
    const char *start = lx->p, *p = lx->p;
    int all_digits = 1;

    while (*p && !isspace((unsigned char)*p) && !is_operator_char(*p)) {
        if (*p == '\\' || *p == '\'' || *p == '"' || (*p == '$' && p[1] == '(')) {
            all_digits = 0;
            p = *p == '$' ? skip_substitution(p) : skip_quoted(p);
            if (p == NULL) {
                fprintf(stderr, "sh: syntax error: unterminated quoted string or $(\n");
                lx->error = 1;
                return;
            }
            continue;
        }
        if (!isdigit((unsigned char)*p))
            all_digits = 0;
        p++;
    }
    lx->p = p;
    /* "2>file": digits glued to a redirection name the descriptor. */
    if (all_digits && (*p == '<' || *p == '>') && p - start < 4) {
        lex_operator(lx, atoi(start));
        return;
    }
    add_token(lx, T_WORD, start, (size_t)(p - start), -1);
}

static token *tokenize(const char *line, int *count, int *error)
{
    lexer lx;

    memset(&lx, 0, sizeof(lx));
    lx.p = line;
    while (!lx.error) {
        while (*lx.p == ' ' || *lx.p == '\t' || *lx.p == '\r')
            lx.p++;
        if (*lx.p == '\0')
            break;
        if (*lx.p == '#') {
            /* A comment runs to the end of the line. */
            while (*lx.p && *lx.p != '\n')
                lx.p++;
        } else if (*lx.p == '\n') {
            add_token(&lx, T_SEMI, lx.p, 1, -1);
            lx.p++;
        } else if (is_operator_char(*lx.p)) {
            lex_operator(&lx, -1);
        } else {
            lex_word(&lx);
        }
    }
    add_token(&lx, T_END, "newline", 7, -1);
    *count = lx.count;
    *error = lx.error;
    return lx.tokens;
}

static void free_tokens(token *t, int count)
{
    int i;

    for (i = 0; i < count; i++)
        free(t[i].text);
    free(t);
}

static int is_redirect(enum token_kind k)
{
    return k == T_LT || k == T_GT || k == T_GTGT || k == T_GTAMP || k == T_LTAMP;
}

/* Parse one command starting at tokens[*i]; NULL (and an error) when it is empty. */
static command *parse_command(token *t, int *i, int *error)
{
    command *c = calloc(1, sizeof(command));
    redir *r, **tail = &c->redirs;

    for (;;) {
        if (t[*i].kind == T_WORD) {
            c->words = realloc(c->words, (size_t)(c->nwords + 2) * sizeof(char *));
            c->words[c->nwords++] = strdup(t[*i].text);
            c->words[c->nwords] = NULL;
            (*i)++;
        } else if (is_redirect(t[*i].kind)) {
            if (t[*i + 1].kind != T_WORD) {
                syntax_error(t[*i + 1].text);
                *error = 1;
                break;
            }
            r = calloc(1, sizeof(redir));
            switch (t[*i].kind) {
            case T_LT: r->kind = REDIR_IN; r->fd = 0; break;
            case T_LTAMP: r->kind = REDIR_DUP; r->fd = 0; break;
            case T_GTGT: r->kind = REDIR_APPEND; r->fd = 1; break;
            case T_GTAMP: r->kind = REDIR_DUP; r->fd = 1; break;
            default: r->kind = REDIR_OUT; r->fd = 1; break;
            }
            if (t[*i].io_fd >= 0)
                r->fd = t[*i].io_fd;
            r->target = strdup(t[*i + 1].text);
            *tail = r;
            tail = &r->next;
            *i += 2;
        } else {
            break;
        }
    }
    if (!*error && c->nwords == 0 && c->redirs == NULL) {
        syntax_error(t[*i].text);
        *error = 1;
    }
    return c;
}

static void free_commands(command *c)
{
    command *next;
    redir *r, *rnext;
    int i;

    for (; c != NULL; c = next) {
        next = c->next;
        for (i = 0; i < c->nwords; i++)
            free(c->words[i]);
        free(c->words);
        for (r = c->redirs; r != NULL; r = rnext) {
            rnext = r->next;
            free(r->target);
            free(r);
        }
        free(c);
    }
}

void free_steps(step *s)
{
    step *next;

    for (; s != NULL; s = next) {
        next = s->next;
        free_commands(s->commands);
        free(s);
    }
}

static step *parse_step(token *t, int *i, enum connector conn, int *error)
{
    step *s = calloc(1, sizeof(step));
    command **tail = &s->commands;

    s->conn = conn;
    for (;;) {
        *tail = parse_command(t, i, error);
        tail = &(*tail)->next;
        if (*error || t[*i].kind != T_PIPE)
            break;
        (*i)++;
        while (t[*i].kind == T_SEMI && t[*i].newline)
            (*i)++;
    }
    return s;
}

step *parse_line(const char *line, int *error)
{
    int count, i = 0;
    token *t = tokenize(line, &count, error);
    step *head = NULL, **tail = &head;
    enum connector conn = CONN_SEQ;

    while (!*error) {
        /*
         * Empty statements between separators are allowed (";;" is not, but we
         * are lenient), and newlines may follow && and ||.
         */
        while (t[i].kind == T_SEMI && (conn == CONN_SEQ || t[i].newline))
            i++;
        if (t[i].kind == T_END) {
            if (conn != CONN_SEQ) {
                syntax_error(t[i].text);
                *error = 1;
            }
            break;
        }
        *tail = parse_step(t, &i, conn, error);
        if (*error)
            break;
        switch (t[i].kind) {
        case T_AND: conn = CONN_AND; i++; break;
        case T_OR: conn = CONN_OR; i++; break;
        case T_AMP: (*tail)->background = 1; conn = CONN_SEQ; i++; break;
        case T_SEMI: conn = CONN_SEQ; i++; break;
        case T_END: conn = CONN_SEQ; break;
        default:
            syntax_error(t[i].text);
            *error = 1;
            break;
        }
        tail = &(*tail)->next;
        if (t[i].kind == T_END && conn == CONN_SEQ)
            break;
    }
    free_tokens(t, count);
    if (*error) {
        free_steps(head);
        return NULL;
    }
    return head;
}

/* Does the text end with an operator that needs a command after it (| && ||)? */
static int ends_with_operator(const char *text)
{
    size_t n = strlen(text);

    while (n > 0 && isspace((unsigned char)text[n - 1]))
        n--;
    return n > 0 && (text[n - 1] == '|' || (n > 1 && text[n - 1] == '&' && text[n - 2] == '&'));
}

int incomplete_input(const char *text)
{
    const char *p = text;

    while (*p) {
        if (*p == '#' && (p == text || isspace((unsigned char)p[-1]))) {
            while (*p && *p != '\n')
                p++;
            continue;
        }
        if (*p == '\\' || *p == '\'' || *p == '"' || (*p == '$' && p[1] == '(')) {
            /* A backslash before the final newline also asks for the next line. */
            if (*p == '\\' && p[1] == '\n' && p[2] == '\0')
                return 1;
            p = *p == '$' ? skip_substitution(p) : skip_quoted(p);
            if (p == NULL)
                return 1;
            continue;
        }
        p++;
    }
    return ends_with_operator(text);
}
