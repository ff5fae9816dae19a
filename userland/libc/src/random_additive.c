/*
 * random(), srandom(), initstate() and setstate(), and glibc's reentrant
 * *_r forms: the additive feedback generators of 4.3BSD exactly as glibc
 * runs them, because programs print the numbers. The state a caller hands
 * initstate picks the generator by its size:
 *
 *     bytes    type  degree  separation
 *     8..31     0      -        -        a plain LCG: x = x * 1103515245 + 12345 (31 bits)
 *     32..63    1      7        3
 *     64..127   2     15        1
 *     128..255  3     31        3        the default (random() before any initstate)
 *     256..     4     63        1
 *
 * For types 1..4, r[i] = r[i - degree] + r[i - degree + separation] (mod 2^32),
 * output r[i] >> 1; the words live in a ring walked by a front and a rear
 * pointer. The caller's buffer starts with one word recording the type and
 * the rear position, so setstate can resume a state saved by initstate.
 */
#include <stdlib.h>
#include <stdint.h>
#include <errno.h>

#define TYPE_COUNT 5

static const int degrees[TYPE_COUNT] = { 0, 7, 15, 31, 63 };
static const int separations[TYPE_COUNT] = { 0, 3, 1, 3, 1 };

/* The library's own state, as after initstate(1, table, 128). */
static int32_t default_table[1 + 31];
static struct random_data library_state;

/* Word -1 of a state: the type, and for types 1..4 where the rear pointer is. */
static void save_position(struct random_data *buf)
{
    int32_t *state = buf->state;

    if (buf->rand_type == 0)
        state[-1] = 0;
    else
        state[-1] = (int32_t)(TYPE_COUNT * (buf->rptr - state) + buf->rand_type);
}

int random_r(struct random_data *buf, int32_t *result)
{
    int32_t *state = buf->state;
    uint32_t value;

    if (buf->rand_type == 0) {
        state[0] = (int32_t)(((uint32_t)state[0] * 1103515245u + 12345u) & 0x7fffffff);
        *result = state[0];
        return 0;
    }
    value = (uint32_t)*buf->fptr + (uint32_t)*buf->rptr;
    *buf->fptr = (int32_t)value;
    *result = (int32_t)(value >> 1);
    /* The two pointers keep their distance around the ring. */
    if (++buf->fptr >= buf->end_ptr) {
        buf->fptr = state;
        ++buf->rptr;
    } else if (++buf->rptr >= buf->end_ptr) {
        buf->rptr = state;
    }
    return 0;
}

int srandom_r(unsigned int seed, struct random_data *buf)
{
    int32_t *state = buf->state;
    int32_t word, discard;
    long hi, lo;
    int i;

    if (buf->rand_type < 0 || buf->rand_type >= TYPE_COUNT) {
        errno = EINVAL;
        return -1;
    }
    /* Seed 0 would make the Lehmer generator stick at zero. */
    if (seed == 0)
        seed = 1;
    state[0] = (int32_t)seed;
    if (buf->rand_type == 0)
        return 0;
    word = (int32_t)seed;
    for (i = 1; i < buf->rand_deg; i++) {
        /* 16807 * r mod (2^31 - 1) without overflow (Schrage's method). */
        hi = word / 127773;
        lo = word % 127773;
        word = (int32_t)(16807 * lo - 2836 * hi);
        if (word < 0)
            word += 2147483647;
        state[i] = word;
    }
    buf->fptr = &state[buf->rand_sep];
    buf->rptr = &state[0];
    for (i = 0; i < 10 * buf->rand_deg; i++)
        random_r(buf, &discard);
    return 0;
}

int initstate_r(unsigned int seed, char *statebuf, size_t statelen, struct random_data *buf)
{
    int type;
    int32_t *state;

    if (statelen < 8) {
        errno = EINVAL;
        return -1;
    }
    type = statelen < 32 ? 0 : statelen < 64 ? 1 : statelen < 128 ? 2 : statelen < 256 ? 3 : 4;
    if (buf->state != NULL)
        save_position(buf);
    state = (int32_t *)(void *)statebuf + 1;
    buf->rand_type = type;
    buf->rand_deg = degrees[type];
    buf->rand_sep = separations[type];
    buf->state = state;
    buf->end_ptr = &state[degrees[type]];
    srandom_r(seed, buf);
    save_position(buf);
    return 0;
}

int setstate_r(char *statebuf, struct random_data *buf)
{
    int32_t *state = (int32_t *)(void *)statebuf + 1;
    int type = state[-1] % TYPE_COUNT, rear;

    if (type < 0 || type >= TYPE_COUNT) {
        errno = EINVAL;
        return -1;
    }
    if (buf->state != NULL)
        save_position(buf);
    buf->rand_type = type;
    buf->rand_deg = degrees[type];
    buf->rand_sep = separations[type];
    if (type != 0) {
        rear = state[-1] / TYPE_COUNT;
        buf->rptr = &state[rear];
        buf->fptr = &state[(rear + buf->rand_sep) % buf->rand_deg];
    }
    buf->state = state;
    buf->end_ptr = &state[buf->rand_deg];
    return 0;
}

/* The library's generator starts as if from initstate(1, table, 128). */
static struct random_data *library_generator(void)
{
    if (library_state.state == NULL)
        initstate_r(1, (char *)default_table, sizeof default_table, &library_state);
    return &library_state;
}

void srandom(unsigned int seed)
{
    srandom_r(seed, library_generator());
}

long random(void)
{
    int32_t r;

    random_r(library_generator(), &r);
    return r;
}

/* Both return the previous state buffer (its first word), as glibc's. */
char *initstate(unsigned int seed, char *statebuf, size_t statelen)
{
    char *old = (char *)(library_generator()->state - 1);

    return initstate_r(seed, statebuf, statelen, &library_state) < 0 ? NULL : old;
}

char *setstate(char *statebuf)
{
    char *old = (char *)(library_generator()->state - 1);

    return setstate_r(statebuf, &library_state) < 0 ? NULL : old;
}
