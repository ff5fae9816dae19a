/* An object written and also read or written with no sequence point between (-Wsequence-point, in -Wall). */
int g(int, int);
int h(int *);
int *fp(void);
struct S { int x; int a[4]; unsigned b : 3; struct S *next; } s, *ps;
int a[10], m2[3][3];
volatile int v;
_Bool bb, *pb;
float ff;
double dd;

int f(int i, int j, int k, int *p, char c, long l) {
  /* written twice, or written and read */
  i = i++;
  i = ++i;
  a[i] = i++;
  a[i++] = i;
  j = i++ + i++;
  j = i++ + i;
  j = i + i--;
  i += i++;
  i ^= i++;
  j = (i = 2) + (i = 3);
  i = i-- - --i;
  j = i << i++;
  j = i++ * 2 + i;
  i = j = i++;
  c += c++;
  l = l + l++;
  v = v++;
  ff = ff++;
  dd = ++dd;
  /* function arguments are unordered; the call itself is a sequence point */
  g(i, i++);
  g(i++, i++);
  i = g(i, 1) + i++;
  j = g(i++, 2) + g(i++, 3);
  g(g(i++, 1), i);
  /* objects other than variables, named as gcc prints them */
  *p = p++ != 0;
  *p++ = *p;
  s.x = s.x++;
  ps->x = ps->x++;
  a[1] = a[1]++;
  p[1] = p[1]++;
  p[0] = p[0]++;
  *(p + 1) = *(p + 1) + 1;
  s.b = s.b++;
  s.a[2] = s.a[2]--;
  ps->a[i] = i++;
  ps->next->x = ps->next->x++;
  ps->a[1] += ps->a[1]++;
  m2[i][j] = i++;
  q: *fp() = (*fp())++;
  j = *&i + i++;
  p = &a[i] + i++;
  /* sequence points: && || , ?: and a call; fold moves a comma out of an operand */
  i = (i++, 2);
  i = (i = 1, 2);
  j = i++ && i++;
  j = (i = 1) && (i = 2);
  j = i ? i++ : i--;
  (void)(i ? i++ : i++);
  j = (i++) ? i : 0;
  i = i++ ? 1 : 2;
  i = 1 ? i++ : 2;
  j = (i++, i) * (i++, i);
  k = (j++, j) + j;
  k = (j++, 1) + j;
  j = i + (i++, 1);
  j = -(i++, i) + i;
  h(&a[i++]) + i;
  a[i++] += 1;
  *p++ += 1;
  *p++ = 1;
  a[i++] += i;
  *p++ += *p;
  /* statement expressions: one expression is looked into, more are not */
  j = ({ i++; }) + i;
  j = ({ int t = i++; t; }) + i;
  j = ({ i; }) + i++;
  /* sizeof does not evaluate its operand */
  j = sizeof(i++) + i++;
  j = sizeof(a[i++]) + i++;
  /* _Bool: ++b is b = 1, b++ keeps the old value aside */
  bb = ++bb;
  j = bb++ + bb;
  j = ++bb + bb;
  j = bb-- + bb;
  j = --bb + bb;
  j = (*pb)++ + *pb;
  /* every full expression: conditions, for clauses, switch, return, initializers */
  if (i++ == i) j = 1;
  while (i-- > i) j++;
  do j++; while (i++ < i);
  for (i = i++; i < i++; i = i++) break;
  switch (i++ + i) { default: break; }
  int x = i++ + i;
  int y[2] = { i++, i };
  int z = (j++, j) + j;
  goto q;
  return i++ + i + x + y[0] + z;
}
