#ifndef _REGEX_H
#define _REGEX_H

#define __need_size_t
#define __need_NULL
#include <stddef.h>
#include <sys/types.h>

/* POSIX regular expressions (basic and extended, with GNU's escapes). */
typedef int regoff_t;

typedef struct {
    size_t re_nsub;                   /* parenthesised subexpressions */
    struct __regex_program *__program;
    int __cflags;
} regex_t;

typedef struct {
    regoff_t rm_so;                   /* start offset, or -1 */
    regoff_t rm_eo;                   /* end offset, or -1 */
} regmatch_t;

/* regcomp flags */
#define REG_EXTENDED 1
#define REG_ICASE 2
#define REG_NEWLINE 4
#define REG_NOSUB 8

/* regexec flags */
#define REG_NOTBOL 1
#define REG_NOTEOL 2
#define REG_STARTEND 4

/* Results and errors, numbered as in glibc. */
#define REG_NOERROR 0
#define REG_NOMATCH 1
#define REG_BADPAT 2
#define REG_ECOLLATE 3
#define REG_ECTYPE 4
#define REG_EESCAPE 5
#define REG_ESUBREG 6
#define REG_EBRACK 7
#define REG_EPAREN 8
#define REG_EBRACE 9
#define REG_BADBR 10
#define REG_ERANGE 11
#define REG_ESPACE 12
#define REG_BADRPT 13
#define REG_EEND 14
#define REG_ESIZE 15
#define REG_ERPAREN 16

#define RE_DUP_MAX 0x7fff

int regcomp(regex_t *preg, const char *pattern, int cflags);
int regexec(const regex_t *preg, const char *string, size_t nmatch, regmatch_t *pmatch, int eflags);
size_t regerror(int errcode, const regex_t *preg, char *errbuf, size_t errbuf_size);
void regfree(regex_t *preg);

#endif
