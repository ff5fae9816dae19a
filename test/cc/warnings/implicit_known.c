/* Library functions gcc has no builtin for, called without their headers: gcc names the header from its own list. */
int main(void)
{
  srand(time(0));
  void *f = fopen("data.txt", "r");
  int c = getchar();
  atexit(0);
  char *home = getenv("HOME");
  return c + (f != 0) + (home != 0);
}
