/* __builtin_object_size without optimization: gcc -O0 answers for addresses within
   declared objects (whole object for types 0/2, closest member or array for 1/3) and
   gives up on everything else, and on subobjects after pointer arithmetic. */
#include <stdio.h>
#include <stddef.h>

struct rec { int id; char name[12]; short grid[3][4]; };
struct tail { char tag; char rest[]; };

static char line[40];
static struct rec table[5];
static struct tail t1;
char later[];              /* tentative: one element at the end of the file */
char sized_later[];        /* completed below */

#define SHOW(p) printf("%-24s %zd %zd %zd %zd\n", #p, (ssize_t)__builtin_object_size(p, 0), \
  (ssize_t)__builtin_object_size(p, 1), (ssize_t)__builtin_object_size(p, 2), (ssize_t)__builtin_object_size(p, 3))

typedef long ssize_t;

static void through_pointers(struct rec *r, char *s, char arr[8]) {
  SHOW(r);
  SHOW(r->name);
  SHOW(s);
  SHOW(arr);
  SHOW(&r->grid[1][2]);
}

int main(void) {
  struct rec local;
  int numbers[7];
  SHOW(line);
  SHOW(line + 5);
  SHOW(&line[39]);
  SHOW(&line + 1);
  SHOW(line + 50);
  SHOW(table);
  SHOW(&table[2]);
  SHOW(table[2].name);
  SHOW(&table[2].name[3]);
  SHOW(table[2].name + 3);
  SHOW(&table[1].grid[2]);
  SHOW(&table[1].grid[2][1]);
  SHOW(&local);
  SHOW(&local.id);
  SHOW(local.grid[0]);
  SHOW((char *)&local + 3);
  SHOW(numbers);
  SHOW(&numbers[6]);
  SHOW(&t1);
  SHOW(t1.rest);
  SHOW(later);
  SHOW(sized_later);
  SHOW("string");
  through_pointers(&local, line, line);
  return 0;
}

char sized_later[17];
