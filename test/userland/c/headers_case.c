/*
 * Small headers programs include: sys/param.h, endian.h, byteswap.h, memory.h,
 * sysexits.h, paths.h, sys/resource.h, sys/times.h, sys/sysinfo.h,
 * sys/random.h, sys/uio.h, sched.h, uchar.h and stdio_ext.h, against glibc.
 */
#define _GNU_SOURCE
#include <sys/param.h>
#include <endian.h>
#include <byteswap.h>
#include <memory.h>
#include <sysexits.h>
#include <paths.h>
#include <sys/resource.h>
#include <sys/times.h>
#include <sys/sysinfo.h>
#include <sys/random.h>
#include <sys/uio.h>
#include <sched.h>
#include <uchar.h>
#include <stdio_ext.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>

static void macros(void)
{
    unsigned char bits[4] = { 0 };

    setbit(bits, 3);
    setbit(bits, 17);
    clrbit(bits, 3);
    printf("MIN %d MAX %d howmany %d roundup %d powerof2 %d/%d\n", MIN(3, -4), MAX(3, -4),
           howmany(10, 4), roundup(10, 4), powerof2(64), powerof2(65));
    printf("bits %d %d %d %d, isset(17) %d isclr(3) %d\n", bits[0], bits[1], bits[2], bits[3],
           isset(bits, 17) != 0, isclr(bits, 3) != 0);
    printf("MAXPATHLEN %d NBBY %d\n", MAXPATHLEN, NBBY);
    printf("byte order %s\n", BYTE_ORDER == LITTLE_ENDIAN ? "little" : "big");
    printf("htobe16 %04x htobe32 %08x be64toh %016llx le32toh %08x\n", htobe16(0x1234),
           htobe32(0x12345678u), (unsigned long long)be64toh(0x0102030405060708ull), le32toh(0xabcdu));
    printf("bswap %04x %08x %016llx\n", bswap_16(0xa1b2), bswap_32(0xa1b2c3d4u),
           (unsigned long long)bswap_64(0x1122334455667788ull));
    printf("sysexits %d %d %d, paths %s %s\n", EX_OK, EX_USAGE, EX_CONFIG, _PATH_BSHELL, _PATH_DEVNULL);
}

static void resources(const char *scratch)
{
    struct rlimit lim;
    struct rusage use;
    struct tms t;
    struct sysinfo info;
    struct iovec out[3], in[2];
    char a[4], b[16];
    unsigned char random_bytes[32];
    int fd;

    /* One call per statement: the order arguments are evaluated in is unspecified. */
    printf("getrlimit stack %d, ", getrlimit(RLIMIT_STACK, &lim));
    printf("cur > 0 %d\n", lim.rlim_cur > 0);
    printf("setrlimit same %d\n", setrlimit(RLIMIT_STACK, &lim));
    printf("getrusage %d\n", getrusage(RUSAGE_SELF, &use));
    printf("times ok %d\n", times(&t) != (clock_t)-1);
    printf("sysinfo %d, ", sysinfo(&info));
    printf("mem_unit >= 1 %d, ram > 0 %d\n", info.mem_unit >= 1, info.totalram > 0);
    printf("get_phys_pages > 0 %d\n", get_phys_pages() > 0);
    printf("getrandom %ld\n", (long)getrandom(random_bytes, sizeof(random_bytes), 0));
    printf("getentropy %d\n", getentropy(random_bytes, 32));
    errno = 0;
    printf("getentropy 300: %d ", getentropy(random_bytes, 300));
    printf("errno %d\n", errno);
    printf("sched_yield %d, priorities %d..%d and %d..%d\n", sched_yield(), sched_get_priority_min(SCHED_OTHER),
           sched_get_priority_max(SCHED_OTHER), sched_get_priority_min(SCHED_FIFO), sched_get_priority_max(SCHED_FIFO));

    fd = open(scratch, O_RDWR | O_CREAT | O_TRUNC, 0600);
    out[0].iov_base = "gather ";
    out[0].iov_len = 7;
    out[1].iov_base = "and ";
    out[1].iov_len = 4;
    out[2].iov_base = "scatter";
    out[2].iov_len = 7;
    printf("writev %ld\n", (long)writev(fd, out, 3));
    lseek(fd, 0, SEEK_SET);
    in[0].iov_base = a;
    in[0].iov_len = sizeof(a);
    in[1].iov_base = b;
    in[1].iov_len = sizeof(b) - 1;
    b[readv(fd, in, 2) - (ssize_t)sizeof(a)] = '\0';
    printf("readv [%.4s] [%s]\n", a, b);
    close(fd);
    unlink(scratch);
}

static void utf16(void)
{
    const char *text = "a\xe2\x82\xac\xf0\x9f\x98\x80z";
    const char *p = text;
    mbstate_t in = { 0 }, out = { 0 };
    char16_t units[8];
    char back[32], *q = back;
    size_t r, k;
    int n = 0, i;

    printf("locale %s\n", setlocale(LC_ALL, "C.UTF-8") ? "C.UTF-8" : "none");
    while (*p != '\0' || n == 0) {
        r = mbrtoc16(&units[n], p, 8, &in);
        if (r == (size_t)-1 || r == (size_t)-2)
            break;
        n++;
        if (r != (size_t)-3)
            p += r;
    }
    printf("utf-16:");
    for (i = 0; i < n; i++)
        printf(" %04x", units[i]);
    for (i = 0; i < n; i++) {
        k = c16rtomb(q, units[i], &out);
        q += k;
    }
    *q = '\0';
    printf("\nround trip %s\n", strcmp(back, text) == 0 ? "same" : "different");
    {
        char32_t c;
        char buf[8];

        r = mbrtoc32(&c, "\xe2\x82\xac", 3, NULL);
        printf("mbrtoc32 %zu U+%04X, c32rtomb %zu\n", r, (unsigned)c, c32rtomb(buf, 0x1F600, NULL));
    }
    errno = 0;
    printf("lone low surrogate: %ld ", (long)c16rtomb(back, 0xdc00, &out));
    printf("errno %d\n", errno);
    setlocale(LC_ALL, "C");
}

static void stream_insides(const char *scratch)
{
    FILE *f = fopen(scratch, "w+");

    fputs("hello", f);
    printf("pending %zu writing %d reading %d readable %d writable %d\n", __fpending(f), __fwriting(f) != 0,
           __freading(f) != 0, __freadable(f) != 0, __fwritable(f) != 0);
    __fpurge(f);
    printf("after purge pending %zu\n", __fpending(f));
    fputs("kept", f);
    rewind(f);
    printf("first byte %c, ", fgetc(f));
    printf("reading %d\n", __freading(f) != 0);
    fclose(f);
    unlink(scratch);
}

int main(int argc, char **argv)
{
    const char *scratch = argc > 1 ? argv[1] : "/tmp/headers_case.tmp";

    macros();
    resources(scratch);
    utf16();
    stream_insides(scratch);
    return 0;
}
