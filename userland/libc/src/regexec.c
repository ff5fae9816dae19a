/*
 * regexec: runs regcomp's program (regex_impl.h) as a backtracking machine
 * that explores every path from the leftmost starting point that matches
 * and keeps the longest match, as POSIX requires; among paths of that length
 * the first in preference order sets the submatches.
 *
 * Without back-references a state (instruction, position) seen once never
 * needs exploring again, whatever the captures (its outcomes are the same,
 * and the first visit had the higher preference), so a bitmap of seen states
 * bounds the work by program length times text length.
 */
#include <regex.h>
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include "regex_impl.h"

/* Without the seen-state bitmap (back-references, or a huge text) give up after this many steps. */
#define STEP_LIMIT 20000000L
#define MAX_MEMO_BITS (64L << 20)

enum { BRANCH, UNDO };

struct choice {
    int kind;     /* BRANCH: resume at pc/pos; UNDO: slot takes back value */
    int pc;
    int pos;
};

struct matcher {
    const struct __regex_program *prog;
    const unsigned char *text;
    int begin, end;        /* the text's bounds: ^ and $ look at them */
    int not_bol, not_eol;
    int newline;           /* REG_NEWLINE */
    int icase;
    int *slots;            /* captures 2n, 2n+1, then the MARK counters */
    int *best;             /* the captures of the best match so far */
    int nslots, ncaps;
    int best_end;
    int first_match_is_enough; /* REG_NOSUB or no pmatch: any match answers */
    unsigned char *seen;   /* (pc, pos - begin) bitmap, or NULL */
    struct choice *stack;
    int depth, cap;
    long steps;
    int out_of_memory;
};

static int push(struct matcher *m, int kind, int pc, int pos)
{
    if (m->depth == m->cap) {
        int cap = m->cap ? m->cap * 2 : 256;
        void *grown = realloc(m->stack, (size_t)cap * sizeof(*m->stack));

        if (grown == NULL) {
            m->out_of_memory = 1;
            return -1;
        }
        m->stack = grown;
        m->cap = cap;
    }
    m->stack[m->depth].kind = kind;
    m->stack[m->depth].pc = pc;
    m->stack[m->depth].pos = pos;
    m->depth++;
    return 0;
}

static int set_slot(struct matcher *m, int slot, int value)
{
    if (push(m, UNDO, slot, m->slots[slot]) < 0)
        return -1;
    m->slots[slot] = value;
    return 0;
}

static int is_word_byte(int c)
{
    return isalnum(c) || c == '_';
}

/* The word-ness of the bytes either side of pos (outside the text counts as non-word). */
static int word_before(const struct matcher *m, int pos)
{
    return pos > m->begin && is_word_byte(m->text[pos - 1]);
}

static int word_after(const struct matcher *m, int pos)
{
    return pos < m->end && is_word_byte(m->text[pos]);
}

static int at_line_start(const struct matcher *m, int pos)
{
    if (pos == m->begin)
        return !m->not_bol;
    return m->newline && m->text[pos - 1] == '\n';
}

static int at_line_end(const struct matcher *m, int pos)
{
    if (pos == m->end)
        return !m->not_eol;
    return m->newline && m->text[pos] == '\n';
}

static int backref_length(const struct matcher *m, int group, int pos)
{
    int so = m->slots[2 * group], eo = m->slots[2 * group + 1], len, i;

    if (so < 0 || eo < so)
        return -1;
    len = eo - so;
    if (len > m->end - pos)
        return -1;
    for (i = 0; i < len; i++) {
        int a = m->text[so + i], b = m->text[pos + i];

        if (a != b && !(m->icase && tolower(a) == tolower(b)))
            return -1;
    }
    return len;
}

/* Does the instruction at pc succeed at pos? Moves pc/pos on; 0 means fail. */
static int step(struct matcher *m, int *pc, int *pos)
{
    const struct regex_instr *in = &m->prog->code[*pc];
    int p = *pos, c = p < m->end ? m->text[p] : -1, len;

    switch (in->op) {
    case RX_CHAR:
        if (c != in->arg)
            return 0;
        (*pos)++;
        break;
    case RX_ANY:
        if (c < 0 || (m->newline && c == '\n'))
            return 0;
        (*pos)++;
        break;
    case RX_SET:
        if (c < 0 || !((m->prog->sets[in->arg][c >> 3] >> (c & 7)) & 1))
            return 0;
        (*pos)++;
        break;
    case RX_BOL:
        if (!at_line_start(m, p))
            return 0;
        break;
    case RX_EOL:
        if (!at_line_end(m, p))
            return 0;
        break;
    case RX_BUF_START:
        if (p != m->begin)
            return 0;
        break;
    case RX_BUF_END:
        if (p != m->end)
            return 0;
        break;
    case RX_WORD_EDGE:
        if (word_before(m, p) == word_after(m, p))
            return 0;
        break;
    case RX_NOT_WORD_EDGE:
        if (word_before(m, p) != word_after(m, p))
            return 0;
        break;
    case RX_WORD_START:
        if (word_before(m, p) || !word_after(m, p))
            return 0;
        break;
    case RX_WORD_END:
        if (!word_before(m, p) || word_after(m, p))
            return 0;
        break;
    case RX_SAVE:
        if (in->arg < m->ncaps && set_slot(m, in->arg, p) < 0)
            return 0;
        break;
    case RX_MARK:
        if (set_slot(m, m->ncaps + in->arg, p) < 0)
            return 0;
        break;
    case RX_ITERATIONS:
        if (set_slot(m, m->ncaps + in->arg, in->arg2) < 0)
            return 0;
        break;
    case RX_PROGRESS:
        if (m->slots[m->ncaps + in->arg] == p) {
            if (m->slots[m->ncaps + in->arg + 1] != 0)
                return 0;
            *pc = in->arg2;
            return 1;
        }
        if (m->slots[m->ncaps + in->arg + 1] == 0 && set_slot(m, m->ncaps + in->arg + 1, 1) < 0)
            return 0;
        break;
    case RX_BACKREF:
        len = backref_length(m, in->arg, p);
        if (len < 0)
            return 0;
        *pos += len;
        break;
    case RX_SPLIT:
        if (push(m, BRANCH, in->arg2, p) < 0)
            return 0;
        *pc = in->arg;
        return 1;
    case RX_JMP:
        *pc = in->arg;
        return 1;
    }
    (*pc)++;
    return 1;
}

/* Already explored this state? Marks it seen. */
static int seen_before(struct matcher *m, int pc, int pos)
{
    long bit;

    if (m->seen == NULL)
        return 0;
    bit = (long)pc * (m->end - m->begin + 1) + (pos - m->begin);
    if ((m->seen[bit >> 3] >> (bit & 7)) & 1)
        return 1;
    m->seen[bit >> 3] |= (unsigned char)(1 << (bit & 7));
    return 0;
}

/* Explore every path from start; 1 when some path matched (the best is in m->best). */
static int run_from(struct matcher *m, int start)
{
    int pc = 0, pos = start, ok;
    struct choice *c;

    m->depth = 0;
    m->best_end = -1;
    for (;;) {
        if (++m->steps > STEP_LIMIT && m->seen == NULL) {
            m->out_of_memory = 1;
            return m->best_end >= 0;
        }
        if (m->prog->code[pc].op == RX_MATCH) {
            if (pos > m->best_end) {
                m->best_end = pos;
                memcpy(m->best, m->slots, (size_t)m->ncaps * sizeof(int));
            }
            if (pos == m->end || m->first_match_is_enough)
                return 1;
            ok = 0;
        } else {
            ok = !seen_before(m, pc, pos) && step(m, &pc, &pos);
        }
        if (ok)
            continue;
        if (m->out_of_memory)
            return m->best_end >= 0;
        /* Fail: take back slot changes down to the latest choice point, and resume there. */
        for (;;) {
            if (m->depth == 0)
                return m->best_end >= 0;
            c = &m->stack[--m->depth];
            if (c->kind == UNDO) {
                m->slots[c->pc] = c->pos;
                continue;
            }
            pc = c->pc;
            pos = c->pos;
            break;
        }
    }
}

int regexec(const regex_t *preg, const char *string, size_t nmatch, regmatch_t *pmatch, int eflags)
{
    struct matcher m;
    const struct __regex_program *prog = preg->__program;
    int start, found = 0, i;
    long bits;
    size_t k;

    if (prog == NULL)
        return REG_BADPAT;
    memset(&m, 0, sizeof(m));
    m.prog = prog;
    m.text = (const unsigned char *)string;
    if (eflags & REG_STARTEND) {
        m.begin = pmatch[0].rm_so;
        m.end = pmatch[0].rm_eo;
    } else {
        m.end = (int)strlen(string);
    }
    m.not_bol = (eflags & REG_NOTBOL) != 0;
    m.not_eol = (eflags & REG_NOTEOL) != 0;
    m.newline = (prog->cflags & REG_NEWLINE) != 0;
    m.icase = (prog->cflags & REG_ICASE) != 0;
    if (prog->cflags & REG_NOSUB)
        nmatch = 0;
    m.first_match_is_enough = nmatch == 0 || pmatch == NULL;
    m.ncaps = 2 * ((int)preg->re_nsub + 1);
    m.nslots = m.ncaps + prog->counters;
    m.slots = malloc((size_t)m.nslots * sizeof(int));
    m.best = malloc((size_t)m.ncaps * sizeof(int));
    bits = (long)prog->length * (m.end - m.begin + 1);
    if (!prog->has_backrefs && bits <= MAX_MEMO_BITS)
        m.seen = calloc((size_t)(bits / 8 + 1), 1);
    if (m.slots == NULL || m.best == NULL || (!prog->has_backrefs && bits <= MAX_MEMO_BITS && m.seen == NULL)) {
        free(m.slots);
        free(m.best);
        free(m.seen);
        return REG_ESPACE;
    }
    for (start = m.begin; start <= m.end && !found && !m.out_of_memory; start++) {
        for (i = 0; i < m.nslots; i++)
            m.slots[i] = -1;
        found = run_from(&m, start);
    }
    if (found) {
        for (k = 0; k < nmatch; k++) {
            pmatch[k].rm_so = (int)k < m.ncaps / 2 ? m.best[2 * k] : -1;
            pmatch[k].rm_eo = (int)k < m.ncaps / 2 ? m.best[2 * k + 1] : -1;
            if (pmatch[k].rm_so < 0 || pmatch[k].rm_eo < 0)
                pmatch[k].rm_so = pmatch[k].rm_eo = -1;
        }
    }
    free(m.slots);
    free(m.best);
    free(m.seen);
    free(m.stack);
    if (!found && m.out_of_memory)
        return REG_ESPACE;
    return found ? 0 : REG_NOMATCH;
}

static const char *const messages[] = {
    "Success",
    "No match",
    "Invalid regular expression",
    "Invalid collation character",
    "Invalid character class name",
    "Trailing backslash",
    "Invalid back reference",
    "Unmatched [, [^, [:, [., or [=",
    "Unmatched ( or \\(",
    "Unmatched \\{",
    "Invalid content of \\{\\}",
    "Invalid range end",
    "Memory exhausted",
    "Invalid preceding regular expression",
    "Premature end of regular expression",
    "Regular expression too big",
    "Unmatched ) or \\)",
};

size_t regerror(int errcode, const regex_t *preg, char *errbuf, size_t errbuf_size)
{
    const char *msg = errcode >= 0 && errcode < (int)(sizeof(messages) / sizeof(messages[0]))
        ? messages[errcode] : "Invalid regular expression";
    size_t len = strlen(msg) + 1;

    (void)preg;
    if (errbuf_size > 0) {
        size_t n = len < errbuf_size ? len : errbuf_size;

        memcpy(errbuf, msg, n - 1);
        errbuf[n - 1] = '\0';
    }
    return len;
}

void regfree(regex_t *preg)
{
    struct __regex_program *prog = preg->__program;

    if (prog == NULL)
        return;
    free(prog->code);
    free(prog->sets);
    free(prog);
    preg->__program = NULL;
}
