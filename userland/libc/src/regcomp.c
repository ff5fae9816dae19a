/*
 * regcomp: a POSIX basic or extended regular expression (with GNU's \w \s
 * \b \< \> escapes, BRE's \+ \? \|, and back-references in both) is parsed
 * into a tree, then emitted as a program for regexec's backtracking machine
 * (regex_impl.h). Counted repetition is expanded into copies, as in most
 * backtracking engines. Error codes follow glibc's choices.
 */
#include <regex.h>
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include "regex_impl.h"

enum node_kind { N_EMPTY, N_CHAR, N_ANY, N_SET, N_ASSERT, N_GROUP, N_CAT, N_ALT, N_REPEAT, N_BACKREF };

struct node {
    enum node_kind kind;
    int value;          /* byte, set index, assertion op, group or back-reference number */
    int min, max;       /* N_REPEAT; max -1 is unbounded */
    struct node *left;  /* N_GROUP/N_REPEAT child; first of N_CAT/N_ALT */
    struct node *right;
};

/* A program longer than this is "Memory exhausted" (expanded intervals can explode). */
#define MAX_PROGRAM 100000

struct parser {
    const unsigned char *p;
    int ere;
    int icase;
    int newline;        /* REG_NEWLINE: a non-matching list never matches a newline */
    int error;
    int depth;          /* open groups */
    int groups;         /* groups opened so far */
    unsigned closed;    /* bit n: group n (1..31) is complete, so \n may refer to it */
    struct node *nodes; /* every node, freed after emission */
    int node_count, node_cap;
    unsigned char (*sets)[32];
    int set_count, set_cap;
    int has_backrefs;
};

static struct node *new_node(struct parser *ps, enum node_kind kind, struct node *left, struct node *right)
{
    struct node *n;

    if (ps->error)
        return NULL;
    if (ps->node_count == ps->node_cap) {
        /* Nodes point at each other, so the pool is a list of fixed chunks, never moved. */
        struct node *chunk = malloc(256 * sizeof(struct node));

        if (chunk == NULL) {
            ps->error = REG_ESPACE;
            return NULL;
        }
        chunk[0].left = ps->nodes;   /* chunk header links the chunks */
        ps->nodes = chunk;
        ps->node_count = 1;
        ps->node_cap = 256;
    }
    n = &ps->nodes[ps->node_count++];
    memset(n, 0, sizeof(*n));
    n->kind = kind;
    n->left = left;
    n->right = right;
    return n;
}

static void free_nodes(struct parser *ps)
{
    struct node *chunk = ps->nodes, *next;

    while (chunk != NULL) {
        next = chunk[0].left;
        free(chunk);
        chunk = next;
    }
}

static struct node *leaf(struct parser *ps, enum node_kind kind, int value)
{
    struct node *n = new_node(ps, kind, NULL, NULL);

    if (n != NULL)
        n->value = value;
    return n;
}

static int new_set(struct parser *ps)
{
    if (ps->set_count == ps->set_cap) {
        int cap = ps->set_cap ? ps->set_cap * 2 : 8;
        void *grown = realloc(ps->sets, (size_t)cap * 32);

        if (grown == NULL) {
            ps->error = REG_ESPACE;
            return -1;
        }
        ps->sets = grown;
        ps->set_cap = cap;
    }
    memset(ps->sets[ps->set_count], 0, 32);
    return ps->set_count++;
}

static void set_add(unsigned char *set, int c)
{
    set[c >> 3] |= (unsigned char)(1 << (c & 7));
}

static int set_has(const unsigned char *set, int c)
{
    return (set[c >> 3] >> (c & 7)) & 1;
}

/* A set built from a predicate over bytes (the \w \s classes). */
static struct node *class_set(struct parser *ps, int (*member)(int), int negate)
{
    int idx = new_set(ps), c;

    if (idx < 0)
        return NULL;
    for (c = 0; c < 256; c++)
        if ((member(c) != 0) != negate)
            set_add(ps->sets[idx], c);
    return leaf(ps, N_SET, idx);
}

static int is_word(int c)
{
    return isalnum(c) || c == '_';
}

static int is_space(int c)
{
    return isspace(c);
}

static const struct {
    const char *name;
    int (*member)(int);
} char_classes[] = {
    { "alpha", isalpha }, { "digit", isdigit }, { "alnum", isalnum }, { "upper", isupper },
    { "lower", islower }, { "space", isspace }, { "blank", isblank }, { "punct", ispunct },
    { "print", isprint }, { "graph", isgraph }, { "cntrl", iscntrl }, { "xdigit", isxdigit },
};

/* [:name:] after the "[:" ; adds the class to set. */
static void bracket_class(struct parser *ps, unsigned char *set)
{
    const unsigned char *end = (const unsigned char *)strstr((const char *)ps->p, ":]");
    size_t len, i;
    int c;

    if (end == NULL) {
        ps->error = REG_EBRACK;
        return;
    }
    len = (size_t)(end - ps->p);
    for (i = 0; i < sizeof(char_classes) / sizeof(char_classes[0]); i++) {
        if (strlen(char_classes[i].name) == len && memcmp(char_classes[i].name, ps->p, len) == 0) {
            for (c = 0; c < 256; c++)
                if (char_classes[i].member(c))
                    set_add(set, c);
            ps->p = end + 2;
            return;
        }
    }
    ps->error = REG_ECTYPE;
}

/* One element's byte: plain, or [.c.] / [=c=] (single characters in the C locale). */
static int bracket_char(struct parser *ps)
{
    int c, delim;

    if (ps->p[0] == '[' && (ps->p[1] == '.' || ps->p[1] == '=')) {
        delim = ps->p[1];
        c = ps->p[2];
        if (c == '\0' || ps->p[3] != delim || ps->p[4] != ']') {
            ps->error = ps->p[2] != '\0' && strchr((const char *)ps->p + 2, ']') != NULL ? REG_ECOLLATE : REG_EBRACK;
            return -1;
        }
        ps->p += 5;
        return c;
    }
    if (*ps->p == '\0') {
        ps->error = REG_EBRACK;
        return -1;
    }
    return *ps->p++;
}

static struct node *bracket(struct parser *ps)
{
    int idx = new_set(ps), negate = 0, first = 1, lo, hi, c;
    unsigned char *set;

    if (idx < 0)
        return NULL;
    set = ps->sets[idx];
    if (*ps->p == '^') {
        negate = 1;
        ps->p++;
    }
    while (!ps->error && (*ps->p != ']' || first)) {
        first = 0;
        if (ps->p[0] == '[' && ps->p[1] == ':') {
            ps->p += 2;
            bracket_class(ps, set);
            continue;
        }
        lo = bracket_char(ps);
        if (lo < 0)
            break;
        if (ps->p[0] == '-' && ps->p[1] != ']' && ps->p[1] != '\0') {
            ps->p++;
            hi = bracket_char(ps);
            if (hi < 0)
                break;
            if (hi < lo) {
                ps->error = REG_ERANGE;
                break;
            }
        } else {
            hi = lo;
        }
        for (c = lo; c <= hi; c++)
            set_add(set, c);
    }
    if (ps->error)
        return NULL;
    ps->p++;   /* the ']' */
    if (ps->icase) {
        for (c = 0; c < 256; c++)
            if (set_has(set, c)) {
                set_add(set, tolower(c));
                set_add(set, toupper(c));
            }
    }
    if (negate) {
        for (c = 0; c < 32; c++)
            set[c] = (unsigned char)~set[c];
        if (ps->newline)
            set['\n' >> 3] &= (unsigned char)~(1 << ('\n' & 7));
    }
    return leaf(ps, N_SET, idx);
}

static struct node *parse_alternation(struct parser *ps);

/* The escapes both syntaxes share, after the backslash. */
static struct node *escape(struct parser *ps)
{
    int c = *ps->p++;

    switch (c) {
    case '\0':
        ps->p--;
        ps->error = REG_EESCAPE;
        return NULL;
    case 'w': return class_set(ps, is_word, 0);
    case 'W': return class_set(ps, is_word, 1);
    case 's': return class_set(ps, is_space, 0);
    case 'S': return class_set(ps, is_space, 1);
    case 'b': return leaf(ps, N_ASSERT, RX_WORD_EDGE);
    case 'B': return leaf(ps, N_ASSERT, RX_NOT_WORD_EDGE);
    case '<': return leaf(ps, N_ASSERT, RX_WORD_START);
    case '>': return leaf(ps, N_ASSERT, RX_WORD_END);
    case '`': return leaf(ps, N_ASSERT, RX_BUF_START);
    case '\'': return leaf(ps, N_ASSERT, RX_BUF_END);
    }
    if (c >= '1' && c <= '9') {
        if (!(ps->closed & (1u << (c - '0')))) {
            ps->error = REG_ESUBREG;
            return NULL;
        }
        ps->has_backrefs = 1;
        return leaf(ps, N_BACKREF, c - '0');
    }
    return leaf(ps, N_CHAR, c);
}

static struct node *group(struct parser *ps)
{
    int number = ++ps->groups;
    struct node *inner, *n;

    ps->depth++;
    inner = parse_alternation(ps);
    if (ps->error)
        return NULL;
    if (ps->ere ? *ps->p != ')' : (ps->p[0] != '\\' || ps->p[1] != ')')) {
        ps->error = REG_EPAREN;
        return NULL;
    }
    ps->p += ps->ere ? 1 : 2;
    ps->depth--;
    if (number < 32)
        ps->closed |= 1u << number;
    n = new_node(ps, N_GROUP, inner, NULL);
    if (n != NULL)
        n->value = number;
    return n;
}

/* Does the BRE text at p end a branch here ("\)", "\|" or the end)? */
static int bre_branch_end(const unsigned char *p)
{
    return *p == '\0' || (p[0] == '\\' && (p[1] == ')' || p[1] == '|'));
}

/*
 * Where in a branch a piece starts matters to BREs: at the very start '^' is
 * an anchor and '*' an ordinary character; right after that anchor '*' is
 * still ordinary.
 */
enum position { MIDDLE, AFTER_ANCHOR, BRANCH_START };

static struct node *atom(struct parser *ps, enum position where)
{
    int c = *ps->p;

    if (ps->ere) {
        switch (c) {
        case '(': ps->p++; return group(ps);
        case '*': case '+': case '?':
            ps->error = REG_BADRPT;
            return NULL;
        case '^': ps->p++; return leaf(ps, N_ASSERT, RX_BOL);
        case '$': ps->p++; return leaf(ps, N_ASSERT, RX_EOL);
        }
    } else {
        if (c == '\\' && ps->p[1] == '(') {
            ps->p += 2;
            return group(ps);
        }
        if (c == '^' && where == BRANCH_START) {
            ps->p++;
            return leaf(ps, N_ASSERT, RX_BOL);
        }
        if (c == '$' && bre_branch_end(ps->p + 1)) {
            ps->p++;
            return leaf(ps, N_ASSERT, RX_EOL);
        }
    }
    ps->p++;
    switch (c) {
    case '.': return leaf(ps, N_ANY, 0);
    case '[': return bracket(ps);
    case '\\': return escape(ps);
    }
    return leaf(ps, N_CHAR, c);
}

static int read_count(struct parser *ps, int *out)
{
    long v = 0;
    int digits = 0;

    while (isdigit(*ps->p)) {
        v = v * 10 + (*ps->p++ - '0');
        if (v > RE_DUP_MAX)
            v = RE_DUP_MAX + 1;
        digits++;
    }
    *out = (int)v;
    return digits;
}

/* {m}, {m,}, {m,n} or {,n} after the opening brace. */
static int interval(struct parser *ps, int *min, int *max)
{
    int have_min = read_count(ps, min), have_max;

    *max = *min;
    if (*ps->p == ',') {
        ps->p++;
        have_max = read_count(ps, max);
        if (!have_max)
            *max = -1;
        if (!have_min)
            *min = 0;
    } else if (!have_min) {
        ps->error = REG_BADBR;
        return -1;
    }
    if (ps->ere ? *ps->p != '}' : (ps->p[0] != '\\' || ps->p[1] != '}')) {
        ps->error = *ps->p == '\0' || (!ps->ere && ps->p[0] == '\\' && ps->p[1] == '\0') ? REG_EBRACE : REG_BADBR;
        return -1;
    }
    ps->p += ps->ere ? 1 : 2;
    if ((*max != -1 && *max < *min) || *min > RE_DUP_MAX || *max > RE_DUP_MAX) {
        ps->error = *min > RE_DUP_MAX || *max > RE_DUP_MAX ? REG_ESIZE : REG_BADBR;
        return -1;
    }
    return 0;
}

/* A repetition operator at p, consumed; 0 when there is none. */
static int repetition(struct parser *ps, int *min, int *max)
{
    const unsigned char *p = ps->p;
    int bre_escape = !ps->ere && p[0] == '\\';
    int c = bre_escape ? p[1] : p[0];

    if (c == '*' && !bre_escape) {
        ps->p++;
        *min = 0;
        *max = -1;
        return 1;
    }
    if (ps->ere == bre_escape)
        return 0;   /* ERE's + ? { are plain, BRE's need the backslash */
    if (c == '+' || c == '?') {
        ps->p += bre_escape ? 2 : 1;
        *min = c == '+';
        *max = c == '+' ? -1 : 1;
        return 1;
    }
    if (c == '{') {
        /* In an ERE, a brace that cannot start an interval is an ordinary character. */
        if (ps->ere && !isdigit(p[1]) && p[1] != ',')
            return 0;
        ps->p += bre_escape ? 2 : 1;
        return interval(ps, min, max) == 0 ? 1 : -1;
    }
    return 0;
}

static struct node *piece(struct parser *ps, enum position where)
{
    struct node *n, *r;
    int min, max, found, repeats = 0;

    /* A BRE's leading star is an ordinary character. */
    if (!ps->ere && where != MIDDLE && *ps->p == '*') {
        ps->p++;
        n = leaf(ps, N_CHAR, '*');
    } else {
        n = atom(ps, where);
    }
    /* Nothing repeats an anchor: a BRE's "^*" was handled above; an ERE's is an error. */
    if (n != NULL && n->kind == N_ASSERT && (n->value == RX_BOL || n->value == RX_EOL)) {
        if (ps->ere && !ps->error && repetition(ps, &min, &max) != 0 && !ps->error)
            ps->error = REG_BADRPT;
        return ps->error ? NULL : n;
    }
    while (!ps->error && (found = repetition(ps, &min, &max)) != 0) {
        if (found < 0)
            return NULL;
        /* glibc accepts stacked operators in an ERE ("a**") but not in a BRE. */
        if (!ps->ere && repeats++ > 0) {
            ps->error = REG_BADRPT;
            return NULL;
        }
        r = new_node(ps, N_REPEAT, n, NULL);
        if (r != NULL) {
            r->min = min;
            r->max = max;
        }
        n = r;
    }
    return n;
}

static int at_branch_end(struct parser *ps)
{
    if (ps->ere)
        return *ps->p == '\0' || *ps->p == '|' || (*ps->p == ')' && ps->depth > 0);
    return bre_branch_end(ps->p) && !(ps->p[0] == '\\' && ps->p[1] == ')' && ps->depth == 0);
}

static struct node *branch(struct parser *ps)
{
    struct node *seq = leaf(ps, N_EMPTY, 0), *n;
    enum position where = BRANCH_START;

    while (!ps->error && !at_branch_end(ps)) {
        if (!ps->ere && ps->p[0] == '\\' && ps->p[1] == ')') {
            ps->error = REG_EPAREN;   /* "\)" without "\(" */
            return NULL;
        }
        n = piece(ps, where);
        where = n != NULL && n->kind == N_ASSERT && n->value == RX_BOL && where == BRANCH_START ? AFTER_ANCHOR : MIDDLE;
        seq = new_node(ps, N_CAT, seq, n);
    }
    return seq;
}

static struct node *parse_alternation(struct parser *ps)
{
    struct node *n = branch(ps);

    while (!ps->error && (ps->ere ? *ps->p == '|' : ps->p[0] == '\\' && ps->p[1] == '|')) {
        ps->p += ps->ere ? 1 : 2;
        n = new_node(ps, N_ALT, n, branch(ps));
    }
    return n;
}

/* Emission into a growing program. */
struct emitter {
    struct regex_instr *code;
    int length, cap;
    int counters;
    int error;
    int icase;
    struct parser *ps;
};

static int emit(struct emitter *e, int op, int arg, int arg2)
{
    if (e->length == e->cap) {
        int cap = e->cap ? e->cap * 2 : 64;
        void *grown = cap > MAX_PROGRAM ? NULL : realloc(e->code, (size_t)cap * sizeof(*e->code));

        if (grown == NULL) {
            e->error = REG_ESPACE;
            return 0;
        }
        e->code = grown;
        e->cap = cap;
    }
    e->code[e->length].op = (unsigned char)op;
    e->code[e->length].arg = arg;
    e->code[e->length].arg2 = arg2;
    return e->length++;
}

static int can_be_empty(const struct node *n)
{
    switch (n->kind) {
    case N_CHAR: case N_ANY: case N_SET:
        return 0;
    case N_GROUP:
        return can_be_empty(n->left);
    case N_CAT:
        return can_be_empty(n->left) && can_be_empty(n->right);
    case N_ALT:
        return can_be_empty(n->left) || can_be_empty(n->right);
    case N_REPEAT:
        return n->min == 0 || can_be_empty(n->left);
    default:
        return 1;
    }
}

static void emit_node(struct emitter *e, const struct node *n);

/*
 * x* : try another x first (greedy). As in glibc, an x that matches nothing
 * counts as an iteration (its captures stand) only when it is the first of
 * the whole repetition, and then ends the loop; after a real iteration an
 * empty one fails, so the previous iteration's captures stay.
 */
static void emit_star(struct emitter *e, const struct node *x, int iterated)
{
    int empty = can_be_empty(x), slot = e->counters, loop, split, progress = -1;

    if (empty) {
        e->counters += 2;   /* slot: position at the iteration's start; slot + 1: iterations so far */
        emit(e, RX_ITERATIONS, slot + 1, iterated);
    }
    loop = split = emit(e, RX_SPLIT, 0, 0);
    e->code[split].arg = e->length;
    if (empty)
        emit(e, RX_MARK, slot, 0);
    emit_node(e, x);
    if (empty)
        progress = emit(e, RX_PROGRESS, slot, 0);
    emit(e, RX_JMP, loop, 0);
    if (e->error)
        return;
    e->code[split].arg2 = e->length;
    if (empty)
        e->code[progress].arg2 = e->length;
}

static void emit_repeat(struct emitter *e, const struct node *n)
{
    int i, first_split = -1, split;

    for (i = 0; i < n->min && !e->error; i++)
        emit_node(e, n->left);
    if (n->max < 0) {
        emit_star(e, n->left, n->min > 0);
        return;
    }
    /* x{0,k}: nested optionals (x(x(x)?)?)?, all skipping to the same end. */
    for (i = n->min; i < n->max && !e->error; i++) {
        split = emit(e, RX_SPLIT, 0, first_split);
        if (e->error)
            return;
        e->code[split].arg = e->length;
        first_split = split;
        emit_node(e, n->left);
    }
    /* Patch the chain of second choices to the end. */
    while (first_split >= 0 && !e->error) {
        split = e->code[first_split].arg2;
        e->code[first_split].arg2 = e->length;
        first_split = split;
    }
}

static void emit_char(struct emitter *e, int c)
{
    int idx;

    if (e->icase && tolower(c) != toupper(c)) {
        idx = new_set(e->ps);
        if (idx < 0) {
            e->error = REG_ESPACE;
            return;
        }
        set_add(e->ps->sets[idx], tolower(c));
        set_add(e->ps->sets[idx], toupper(c));
        emit(e, RX_SET, idx, 0);
        return;
    }
    emit(e, RX_CHAR, c, 0);
}

static void emit_node(struct emitter *e, const struct node *n)
{
    int split, jump;

    if (e->error)
        return;
    switch (n->kind) {
    case N_EMPTY:
        break;
    case N_CHAR:
        emit_char(e, n->value);
        break;
    case N_ANY:
        emit(e, RX_ANY, 0, 0);
        break;
    case N_SET:
        emit(e, RX_SET, n->value, 0);
        break;
    case N_ASSERT:
        emit(e, n->value, 0, 0);
        break;
    case N_BACKREF:
        emit(e, RX_BACKREF, n->value, 0);
        break;
    case N_GROUP:
        emit(e, RX_SAVE, 2 * n->value, 0);
        emit_node(e, n->left);
        emit(e, RX_SAVE, 2 * n->value + 1, 0);
        break;
    case N_CAT:
        emit_node(e, n->left);
        emit_node(e, n->right);
        break;
    case N_ALT:
        split = emit(e, RX_SPLIT, 0, 0);
        if (e->error)
            return;
        e->code[split].arg = e->length;
        emit_node(e, n->left);
        jump = emit(e, RX_JMP, 0, 0);
        if (e->error)
            return;
        e->code[split].arg2 = e->length;
        emit_node(e, n->right);
        e->code[jump].arg = e->length;
        break;
    case N_REPEAT:
        emit_repeat(e, n);
        break;
    }
}

int regcomp(regex_t *preg, const char *pattern, int cflags)
{
    struct parser ps;
    struct emitter e;
    struct node *tree;
    struct __regex_program *prog;

    memset(&ps, 0, sizeof(ps));
    ps.p = (const unsigned char *)pattern;
    ps.ere = (cflags & REG_EXTENDED) != 0;
    ps.icase = (cflags & REG_ICASE) != 0;
    ps.newline = (cflags & REG_NEWLINE) != 0;
    tree = parse_alternation(&ps);
    /* An ERE's unmatched ')' is an ordinary character, read as such by atom(). */
    if (!ps.error && *ps.p != '\0')
        ps.error = REG_EPAREN;
    memset(&e, 0, sizeof(e));
    e.icase = ps.icase;
    e.ps = &ps;
    if (!ps.error) {
        emit(&e, RX_SAVE, 0, 0);
        emit_node(&e, tree);
        emit(&e, RX_SAVE, 1, 0);
        emit(&e, RX_MATCH, 0, 0);
        ps.error = e.error;
    }
    free_nodes(&ps);
    prog = ps.error ? NULL : malloc(sizeof(*prog));
    if (prog == NULL) {
        free(e.code);
        free(ps.sets);
        return ps.error ? ps.error : REG_ESPACE;
    }
    prog->code = e.code;
    prog->length = e.length;
    prog->sets = ps.sets;
    prog->counters = e.counters;
    prog->has_backrefs = ps.has_backrefs;
    prog->cflags = cflags;
    preg->re_nsub = (size_t)ps.groups;
    preg->__program = prog;
    preg->__cflags = cflags;
    return 0;
}
