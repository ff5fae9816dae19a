/* -Waddress (-Wall): a function or array name, or &x, as a truth value is always true (`if (ready)` for `if (ready())`). Weak symbols may be null. */
int ready(void);
int table[4];
extern int weak_value __attribute__((weak));
int weak_function(void) __attribute__((weak));
int ready(void) { return 1; }
int truth(int x, int *p) {
  char buf[10];
  int n = 0;
  if (ready) n++;
  if (!ready) n++;
  if (&x) n++;
  n += ready ? 1 : 2;
  n += buf && x;
  n += x || table;
  while (!buf) n++;
  for (; n < 3 && &x; n++) ;
  if (&weak_value) n++;
  if (weak_function) n++;
  if (!weak_function) n++;
  if (p) n++;
  if ("abc") n++;
  return n;
}
int ready2(void);
int tab2[3];
int contexts(int x, int n) {
  n += &x && n;
  n += n && &x;
  n += ready2 && n;
  n += n || ready2;
  while (&x) n++;
  do n++; while (&x);
  for (; &x; ) n++;
  n += !&x;
  n += &x ? 1 : 2;
  return n;
}
int arrays(int n) {
  char buf[4];
  if (buf) n++;
  while (buf) n++;
  n += buf ? 1 : 2;
  n += n && buf;
  for (; buf; ) n++;
  do n++; while (buf);
  return n;
}
int tab3[3];
int statics(int n) {
  n += !tab3;
  n += n || tab3;
  return n;
}
