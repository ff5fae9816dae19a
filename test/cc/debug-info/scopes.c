#include <stdio.h>

struct pair { long first; char second; };

static int depth_sum(int n) {
  if (n <= 1)
    return 1;
  return n + depth_sum(n - 1);
}

static char grade(int score) { return score > 50 ? 'P' : 'F'; }
static struct pair make_pair(long a, char b) { struct pair p = { a, b }; return p; }
static const char *name_of(int i) { static const char *names[] = { "zero", "one", "two" }; return names[i % 3]; }
static float half(float x) { return x / 2; }

int loops(int limit) {
  int total = 100;
  for (int i = 0; i < limit; i++) {
    int square = i * i;
    total += square;
  }
  for (int i = 10; i < 10 + limit; i++) {
    static int seen = 0;
    seen += i;
    total -= seen;
    {
      int total = -1;
      double inner = i * 0.5;
      printf("%d %g\n", total, inner);
    }
  }
  return total;
}

int main(void) {
  int level = 4;
  int sum = depth_sum(level);
  char g = grade(sum * 5);
  struct pair p = make_pair(sum, g);
  const char *s = name_of(sum);
  float h = half(sum);
  printf("%d %c %ld %c %s %g %d\n", sum, g, p.first, p.second, s, h, loops(3));
  if (0) {
    /* Code never generated: a block without a range (gcc's too), not labels nothing defines. */
    int dead = level * 2;
    printf("%d\n", dead);
  }
  return 0;
}
