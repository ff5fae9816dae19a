/* Outside strict ISO mode glibc's <stdlib.h> brings <sys/types.h>: BSD and exact-width names. */
#include <stdlib.h>

int main(void) {
    u_int32_t mask = 0xffu;
    int8_t low = -3;
    u_char byte = 200;
    pid_t none = 0;
    return (int)(mask & (u_int32_t)(low + byte)) + none == 197 ? 0 : 1;
}
