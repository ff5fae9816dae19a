/*
 * arc4random, arc4random_buf and arc4random_uniform: the kernel's random bytes
 * (getrandom), as glibc 2.36 gives them. There is nothing to seed and no state, so
 * fork needs no care. glibc aborts when the kernel cannot give randomness, so do we:
 * the callers have no way to hear of a failure.
 */
#include <errno.h>
#include <stdlib.h>
#include <sys/random.h>

void arc4random_buf(void *buf, size_t n)
{
    unsigned char *p = buf;

    while (n > 0) {
        ssize_t got = getrandom(p, n, 0);

        if (got < 0) {
            if (errno == EINTR)
                continue;
            abort();
        }
        p += got;
        n -= (size_t)got;
    }
}

unsigned int arc4random(void)
{
    unsigned int r;

    arc4random_buf(&r, sizeof r);
    return r;
}

/*
 * Uniform in [0, upper_bound): draws below 2^32 mod upper_bound are thrown away, so
 * that every remainder has the same number of draws behind it.
 */
unsigned int arc4random_uniform(unsigned int upper_bound)
{
    unsigned int floor, r;

    if (upper_bound < 2)
        return 0;
    floor = -upper_bound % upper_bound;
    do
        r = arc4random();
    while (r < floor);
    return r % upper_bound;
}
