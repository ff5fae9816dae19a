/* Pointers that are themselves const (`T *const p`): declared, initialized, passed and read
 * like any pointer, while what they point to stays writable. */
#include <stdio.h>
#include <string.h>

static char buffer[16];
static char *const cursor = buffer;                     /* a const pointer to writable bytes */
static const char *const names[] = { "ab", "cde", 0 };   /* const all the way down */
typedef int *const fixed_int_ptr;

static int sum(int n, int *const values) {
    int total = 0;
    for (int *const *pp = &values; n-- > 0;) total += (*pp)[n];
    return total;
}

static size_t lengths(const char *const *list) {
    size_t total = 0;
    for (; *list; list++) total += strlen(*list);
    return total;
}

int main(int argc, char *const argv[]) {
    int numbers[3] = { 4, 5, 6 };
    fixed_int_ptr first = numbers;
    int *const volatile last = &numbers[2];
    cursor[0] = 'x';
    *(cursor + 1) = 'y';
    *first += 10;
    *last *= 2;
    char *const *args = argv;
    printf("%s %d %d %zu %d\n", buffer, sum(3, numbers), *first, lengths(names), args[argc] == 0);
    return (int)sizeof(first) + (names[1][2] == 'e');
}
