/* C23 attribute specifiers, which gcc accepts in older dialects too: gnu:: ones act like
   __attribute__, the standard ones are advisory, unknown or foreign ones are ignored. */
#include <stdio.h>
#include <stddef.h>

struct [[gnu::packed]] tight { char tag; int value; };
struct [[packed]] roomy { char tag; int value; };            /* not gnu::, so ignored */
struct { char tag; int value; } [[gnu::packed]] after_body;  /* after the body: ignored */
[[gnu::aligned(64)]] static char line[3];
[[vendor::special, maybe_unused]] static int spare;

[[nodiscard("keep it")]] static int twice(int x) { return 2 * x; }
[[deprecated("use twice")]] int legacy(int x);

static int classify(int n) {
  int score = 0;
  switch (n) {
  case 0:
    score += 10;
    [[fallthrough]];
  case 1:
    score += 1;
    break;
  default:
    [[maybe_unused]] int ignored = n;
    score = -1;
  }
  return score;
}

int main(void) {
  [[gnu::unused]] int local = twice(4);
  printf("%zu %zu %zu %zu\n", sizeof(struct tight), offsetof(struct tight, value), sizeof(struct roomy), sizeof after_body);
  printf("%d %d %d %d\n", (int)((size_t)line % 64), classify(0), classify(1), classify(7));
  printf("%d\n", local);
  return 0;
}
