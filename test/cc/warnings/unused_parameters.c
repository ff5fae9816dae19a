/* Parameters never used, or only stored into (-Wextra with -Wunused or -Wall), and where
   gcc's "control reaches end of non-void function" comes among them (its middle end's). */
int both(int used, int unused, int stored, int bumped) {
  int local;
  stored = 3;
  bumped++;
  if (used) return 1;
}

int marked(int a __attribute__((unused)), __attribute__((unused)) int b, int c) { return c; }

int declared_only(int a, int b);
int declared_only(int x, int y) { return 0; }

int old_style(p, q, r) int p; char *q; { return p; }

void outer(int a, int b) {
  int inner(int c) { return b; }
  inner(0);
}

inline int inline_only(int v) { if (v) return 1; }

static int callback(void (*fn)(int ignored), int value) { return value; }

int main(int argc, char **argv) {
  (void)argc;
  return both(1, 2, 3, 4) + callback(0, 1);
}
