/* pwd: print the current directory. */
#include <stdio.h>
#include <string.h>
#include <errno.h>
#include <unistd.h>
#include <limits.h>

int main(void)
{
    char buf[PATH_MAX];

    if (getcwd(buf, sizeof(buf)) == NULL) {
        fprintf(stderr, "pwd: %s\n", strerror(errno));
        return 1;
    }
    puts(buf);
    return 0;
}
