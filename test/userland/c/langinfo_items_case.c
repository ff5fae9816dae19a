/* nl_langinfo's era, alternative-digit, currency and yes/no string items in the C locale. */
#define _GNU_SOURCE
#include <langinfo.h>
#include <stdio.h>

#define SHOW(item) printf("%-12s \"%s\"\n", #item, nl_langinfo(item))

int main(void)
{
    SHOW(ERA);
    SHOW(ERA_D_FMT);
    SHOW(ALT_DIGITS);
    SHOW(ERA_D_T_FMT);
    SHOW(ERA_T_FMT);
    SHOW(CRNCYSTR);
    SHOW(YESSTR);
    SHOW(NOSTR);
    SHOW(_DATE_FMT);
    SHOW(ALTMON_1);
    SHOW(ALTMON_12);
    SHOW(RADIXCHAR);
    SHOW(THOUSEP);
    return 0;
}
