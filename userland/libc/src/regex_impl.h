/*
 * The compiled form shared by regcomp.c and regexec.c: a program for a
 * backtracking machine (in the style of Thompson and Pike's regex VMs).
 * SPLIT tries its first target before its second, which gives the
 * preferences (greedy repetition, earlier alternatives) that decide
 * submatches among matches of the same, longest, length.
 */
#ifndef _REGEX_IMPL_H
#define _REGEX_IMPL_H

#include <regex.h>

enum regex_op {
    RX_CHAR,        /* arg: the byte */
    RX_ANY,         /* any byte (but newline under REG_NEWLINE) */
    RX_SET,         /* arg: index of a 256-bit set */
    RX_BOL,         /* ^ */
    RX_EOL,         /* $ */
    RX_BUF_START,   /* \` */
    RX_BUF_END,     /* \' */
    RX_WORD_EDGE,   /* \b */
    RX_NOT_WORD_EDGE, /* \B */
    RX_WORD_START,  /* \< */
    RX_WORD_END,    /* \> */
    RX_SAVE,        /* arg: capture slot (2n = start of group n, 2n+1 = end) */
    RX_SPLIT,       /* arg: first choice, arg2: second */
    RX_JMP,         /* arg: target */
    RX_BACKREF,     /* arg: group number */
    RX_ITERATIONS,  /* counter slot arg = arg2: has the loop ahead iterated already? */
    RX_MARK,        /* arg: counter slot = current position (loop entry) */
    RX_PROGRESS,    /* arg: MARK's slot. Moved since: count an iteration in slot arg + 1.
                       Not moved: end the loop (go to arg2) if it is the first, else fail. */
    RX_MATCH,
};

struct regex_instr {
    unsigned char op;
    int arg;
    int arg2;
};

struct __regex_program {
    struct regex_instr *code;
    int length;
    unsigned char (*sets)[32];  /* bitmaps for RX_SET */
    int counters;               /* RX_MARK slots */
    int has_backrefs;           /* memoising states is only sound without them */
    int cflags;
};

#endif
