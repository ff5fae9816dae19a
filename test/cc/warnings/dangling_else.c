/* -Wdangling-else (-Wparentheses): an if without else whose statement ends in an if with one, seen through loops, switches and labels. */
int f(int a, int b, int n) {
  if (a) if (b) n++; else n--;
  if (a) while (b--) if (n) n++; else n--;
  if (a) for (;;) if (n) break; else n--;
  if (a) { if (b) n++; else n--; }
  if (a) if (b) n++; else n--; else n = 0;
  if (a) lab: if (b) n++; else n--;
  goto lab;
  if (a) if (b) if (n) n++; else n--;
  if (a) n++; else if (b) if (n) n--; else n++;
  while (a) if (b) n++; else n--;
  if (a) do if (b) n++; else n--; while (0);
  if (a) switch (b) case 1: if (n) n++; else n--;
  return n;
}
