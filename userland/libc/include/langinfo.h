#ifndef _LANGINFO_H
#define _LANGINFO_H

#include <nl_types.h>

/* The items nl_langinfo knows (glibc's numbers for LC_CTYPE, LC_TIME, LC_NUMERIC and LC_MESSAGES). */
#define CODESET 14
#define RADIXCHAR 0x10000
#define THOUSEP 0x10001
#define ABDAY_1 0x20000
#define DAY_1 0x20007
#define ABMON_1 0x2000E
#define MON_1 0x2001A
#define AM_STR 0x20026
#define PM_STR 0x20027
#define D_T_FMT 0x20028
#define D_FMT 0x20029
#define T_FMT 0x2002A
#define T_FMT_AMPM 0x2002B
#define ERA 0x2002C
#define ERA_D_FMT 0x2002E
#define ALT_DIGITS 0x2002F
#define ERA_D_T_FMT 0x20030
#define ERA_T_FMT 0x20031
#define _DATE_FMT 0x2006C
#define CRNCYSTR 0x4000F
#define YESSTR 0x50002
#define NOSTR 0x50003
#ifdef _GNU_SOURCE
/* The standalone month names (glibc's ALTMON_1..ALTMON_12: the plain names in C). */
#define ALTMON_1 0x2006F
#define ALTMON_2 (ALTMON_1 + 1)
#define ALTMON_3 (ALTMON_1 + 2)
#define ALTMON_4 (ALTMON_1 + 3)
#define ALTMON_5 (ALTMON_1 + 4)
#define ALTMON_6 (ALTMON_1 + 5)
#define ALTMON_7 (ALTMON_1 + 6)
#define ALTMON_8 (ALTMON_1 + 7)
#define ALTMON_9 (ALTMON_1 + 8)
#define ALTMON_10 (ALTMON_1 + 9)
#define ALTMON_11 (ALTMON_1 + 10)
#define ALTMON_12 (ALTMON_1 + 11)
#endif
#define YESEXPR 0x50000
#define NOEXPR 0x50001

/* ABDAY_1..ABDAY_7, DAY_1..DAY_7, ABMON_1..ABMON_12 and MON_1..MON_12 are consecutive. */
#define ABDAY_2 (ABDAY_1 + 1)
#define ABDAY_3 (ABDAY_1 + 2)
#define ABDAY_4 (ABDAY_1 + 3)
#define ABDAY_5 (ABDAY_1 + 4)
#define ABDAY_6 (ABDAY_1 + 5)
#define ABDAY_7 (ABDAY_1 + 6)
#define DAY_2 (DAY_1 + 1)
#define DAY_3 (DAY_1 + 2)
#define DAY_4 (DAY_1 + 3)
#define DAY_5 (DAY_1 + 4)
#define DAY_6 (DAY_1 + 5)
#define DAY_7 (DAY_1 + 6)
#define ABMON_2 (ABMON_1 + 1)
#define ABMON_3 (ABMON_1 + 2)
#define ABMON_4 (ABMON_1 + 3)
#define ABMON_5 (ABMON_1 + 4)
#define ABMON_6 (ABMON_1 + 5)
#define ABMON_7 (ABMON_1 + 6)
#define ABMON_8 (ABMON_1 + 7)
#define ABMON_9 (ABMON_1 + 8)
#define ABMON_10 (ABMON_1 + 9)
#define ABMON_11 (ABMON_1 + 10)
#define ABMON_12 (ABMON_1 + 11)
#define MON_2 (MON_1 + 1)
#define MON_3 (MON_1 + 2)
#define MON_4 (MON_1 + 3)
#define MON_5 (MON_1 + 4)
#define MON_6 (MON_1 + 5)
#define MON_7 (MON_1 + 6)
#define MON_8 (MON_1 + 7)
#define MON_9 (MON_1 + 8)
#define MON_10 (MON_1 + 9)
#define MON_11 (MON_1 + 10)
#define MON_12 (MON_1 + 11)

char *nl_langinfo(nl_item item);
#include <bits/locale_t.h>
char *nl_langinfo_l(nl_item item, locale_t loc);

#endif
