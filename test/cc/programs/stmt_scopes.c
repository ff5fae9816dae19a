/* Selection and iteration statements are blocks: names declared in their conditions end with them. */
int printf(const char *fmt, ...);
enum { level = 0 };
struct tag { int outer; };

int main(void) {
  int seen = 0;
  if (sizeof(enum { level = 1 })) seen += level;
  printf("if: inside %d, after %d\n", seen, level);
  switch (sizeof(enum { level = 2 })) { default: seen += level; }
  printf("switch: %d, after %d\n", seen, level);
  while (sizeof(enum { level = 3 })) { seen += level; break; }
  printf("while: %d, after %d\n", seen, level);
  do seen += level; while (0 * sizeof(enum { level = 4 }));
  printf("do: %d, after %d\n", seen, level);
  for (; sizeof(struct tag { char inner[7]; }); ) { seen += sizeof(struct tag); break; }
  printf("for: %d, after %d\n", seen, (int)sizeof(struct tag));
  return 0;
}
