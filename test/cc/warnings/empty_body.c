/* A lone ';' as the body of an if without else, of an else or of a do (-Wempty-body, on with -Wextra); loops and an if with an else are left alone. */
int count(int i) {
  int r = 0;
  if (i > 0);
  if (i > 1) ; else r++;
  if (i > 2) r++; else ;
  if (i > 3)
    ;
  while (i-- > 10);
  for (; i < 3; i++);
  do ; while (0);
  do
    r++;
  while (0);
  if (i) { } else { }
  return r;
}
