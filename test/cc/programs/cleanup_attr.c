/* __attribute__((cleanup(fn))): fn(&var) runs whenever the variable's scope is left. */
int printf(const char *fmt, ...);

static void say(const char **p) { printf("cleanup %s\n", *p); }
static void bump(int *p) { printf("bump %d\n", *p); *p += 100; }

static int returned(void) {
  int v __attribute__((cleanup(bump))) = 5;
  return v; /* the value is taken before the cleanup changes it */
}

static void loops(void) {
  for (int i = 0; i < 3; i++) {
    const char *name __attribute__((cleanup(say))) = i == 0 ? "first" : i == 1 ? "second" : "third";
    if (i == 0) continue;
    if (i == 2) break;
    printf("body %d\n", i);
  }
  switch (2) {
  case 2: {
    const char *s __attribute__((cleanup(say))) = "in switch";
    break;
  }
  }
}

static void jumps(int n) {
  const char *outer __attribute__((cleanup(say))) = "outer";
again:
  if (n > 0) {
    const char *inner __attribute__((cleanup(say))) = n == 1 ? "inner 1" : "inner 2";
    n--;
    goto again;
  }
  {
    const char *skipped __attribute__((cleanup(say))) = "left by goto";
    goto out;
  }
out:
  printf("jumps done\n");
}

static int statement_expression(void) {
  return ({ int t __attribute__((cleanup(bump))) = 7; t * 2; });
}

int main(void) {
  {
    const char *a __attribute__((cleanup(say))) = "a", *b __attribute__((cleanup(say))) = "b";
    __attribute__((cleanup(say))) const char *c = "c";
    char *__attribute__((cleanup(say))) d = "d (attribute among the pointers)";
    printf("block body %s%s%s%c\n", a, b, c, *d);
  }
  printf("returned %d\n", returned());
  loops();
  jumps(2);
  printf("statement expression %d\n", statement_expression());
  return 0;
}
