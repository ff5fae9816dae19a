/*
 * -Wimplicit-fallthrough: which statements gcc 12 says "may fall through" into the next
 * case (its GIMPLE decides: loops start with a jump, blocks with declarations end where
 * they end, `if`s fall through their false branch), and the comments and attributes that
 * say it is meant. Compared with gcc in warnings.test.ts (with -c: gcc gives these
 * warnings only when it compiles). -DINVALID adds an attribute outside every switch.
 */
#include <stdio.h>
#include <stdlib.h>

int g(int);
void h(void) __attribute__((noreturn));
int f_a(int x, int y) {
  switch (x) {
  case 1:
    y++;
  case 2:
    g(y);
  case 3:
    y = g(y) + 1;
  default:
    break;
  }
  switch (x) {
  case 1:
    if (y) return 1;
  case 2:
    if (y) return 2; else y++;
  case 3:
    if (y) y++; else return 3;
  case 4:
    if (y) { y++; } else { y--; }
  case 5:
    { y++; }
  case 6:
    h();
  case 7:
    y++;
    /* fallthrough */
  case 8:
    y++;
    // FALLTHRU
  case 9:
    y++;
    __attribute__((fallthrough));
  case 10:
    while (y) y--;
  case 11:
    for (;;) y++;
  case 12:
    do { y++; } while (0);
  case 13:
    goto out;
  case 14:
    return 5;
  case 15:
    y++;
  lab:
  case 16:
    y++;
  case 17:
  case 18:
    break;
  }
 out:
  return y;
}
int f_b(int x, int y) {
  for (int i = 0; i < 3; i++) {
  switch (x) {
  case 1:
    for (int j = 0; j < y; j++) g(j);
  case 2:
    do { y++; } while (y < 3);
  case 3:
    while (0) y++;
  case 4:
    for (;;) { if (y) break; }
  case 5:
    while (1) y++;
  case 6:
    switch (y) { case 1: y++; break; default: return 1; }
  case 7:
    { int z = y; if (z) return 2; }
  case 8:
    y++;
  case 9:
    return 0;
  case 10:
    y++;
  case 11:
    return y + 1;
  case 12:
    y++;
  case 13:
    continue;
  case 14:
    y++;
  case 15:
    { break; }
  case 16:
    printf("%d\n", y);
  case 17:
    exit(1);
  case 18:
    if (y) g(1); else if (x) g(2);
  case 19:
    if (y) g(1); else if (x) return 3; else g(3);
  case 20:
    y = x > 2;
  case 21 ... 22:
    x += 2;
  case 23:
    ;
  case 24:
    y++;
  default:
    ;
  }
  }
  return y;
}
int f_c(int x, int y) {
  int j;
  switch (x) {
  case 1:
    for (j = 0; j < y; j++) g(j);
  case 2:
    do y++; while (y < 3);
  case 3:
    do { if (y) break; y++; } while (y < 3);
  case 4:
    do { g(y); } while (g(y));
  case 5:
    while (y) { if (g(y)) break; }
  case 6:
    for (j = 0; ; j++) { if (g(j)) break; }
  case 7:
    for (j = 0; j < y; ) g(j);
  case 8:
    { int z = g(y); g(z); }
  case 9:
    { int z = g(y); if (z) g(z); else g(2); }
  case 10:
    { int z = g(y); while (z) z--; }
  case 11:
    { g(y); { int w; w = 1; g(w); } }
  case 12:
    if (y) { int z = 1; g(z); }
  case 13:
    if (y) { g(1); } else { int z = 2; g(z); }
  case 14:
    if (g(y) > 2 && y) return 1;
  case 15:
    if (!y) return 1;
  case 16:
    if (y) return 1; else if (x) return 2;
  case 17:
    g(1), g(2);
  case 18:
    (void)g(3);
  case 19:
    y = g(3) ? 1 : 2;
  case 20:
    x;
  case 21:
    g(4);
  }
  return y;
}
int f_d(int x, int y) {
  switch (x) {
  case 1:
    y++;
  case 2:
    do { y++; } while (y < 3);
  case 3:
    do { g(y); } while (g(y));
  case 4:
    do { g(y); } while (y);
  case 5:
    do { g(y); } while (y > 3 && y < 5);
  case 6:
    while (g(y)) y++;
  case 7:
    if (g(y)) y++; else return 1;
  case 8:
    if (g(y)) return 1;
  case 9:
    return 1;
  }
  for (;;) {
  switch (x) {
  case 2:
    do { y++; } while (y < 3);
  case 3:
    return 0;
  }
  }
  return y;
}
int f_e(int x, int y) {
  switch (x) {
  case 1:
    switch (y) { case 1: return 1; default: return 2; }
  case 2:
    switch (y) { case 1: g(1); }
  case 3:
    switch (y) { case 1: return 1; }
  case 4:
    while (y > 0) y--;
  case 5:
    y ? g(1) : g(2);
  case 6:
    y && g(1);
  case 7:
    { int z = g(y); }
  case 8:
    { int z; }
  case 9:
    if (y) { g(1); __attribute__((fallthrough)); } else g(2);
  case 10:
    if (y) g(1); else { g(2); __attribute__((fallthrough)); }
  case 11:
    g(2); __attribute__((fallthrough));
  case 12:
    if (y) { g(1); __attribute__((fallthrough)); }
  case 13:
    g(3);
    return 2;
  case 14:
    ;
  }
  return y;
}
int f_h(int x, int y) {
  switch (x) {
  case 1: g(1); /* fallthrough */
  case 2: g(2); // fall through
  case 3: g(3); /* FALLTHRU */
  case 4: g(4); /* falls through */
  case 5: g(5); // Fallthrough
  case 6: g(6); /* FALL-THROUGH */
  case 7: g(7); /* fall thru */
  case 8: g(8); /* intentional fallthrough */
  case 9: g(9); /* Intentionally fall through */
  case 10: g(10); /* else fall through */
  case 11: g(11); /* -fallthrough */
  case 12: g(12); /*-fallthrough*/
  case 13: g(13); /*@fallthrough@*/
  case 14: g(14); /* lint -fallthrough */
  case 15: g(15); /* fallthrough: done */
  case 16: g(16); /* fallthrough - done */
  case 17: g(17); /* FALLTHROUGH. */
  case 18: g(18); /* Fall through! */
  case 19: g(19); /* fall-through */
  case 20: g(20); /* nobreak */
  case 21: g(21);
    /* fallthrough */
    /* another comment */
  case 22: g(22);
    /* some comment */
    // FALLTHROUGH

  case 23: g(23);
    if (y) { g(1); /* fallthrough */ }
  case 24: g(24);
    /* fallthrough */ ;
  case 25: g(25); /* Fallthru */
  case 26: g(26); /* FallThrough */
  case 27: g(27); /* fallthrough*/
  case 28: g(28); /*fallthrough */
  case 29: g(29); /* FALLTHROUGH
                     into the next */
  case 30: g(30); /* Else, fall through */
  case 31: g(31); __attribute__((fallthrough));
    g(32);
  case 32: return 1;
  }
  return y;
}
int f_o(int x, int y) {
  switch (x) {
  case 1:
    if (y || (x && g(x))) return 1;
  case 2:
    if (y || g(x) > 2) return 1; else g(3);
  case 3:
    while (y || x > 3) y--;
  case 4:
    if ((y || x) && g(2)) return 1;
  case 5:
    if (y || x || g(1)) return 1;
  case 6:
    y ? g(1) : 0;
  case 7:
    if (!(y || x)) return 1;
  case 8:
    y || g(3);
  case 9:
    return 0;
  }
  return y;
}
int f_at(int x, int y) {
  g(1);
#ifdef INVALID
  __attribute__((fallthrough));
#endif
  g(2);
  switch (x) {
  case 1:
    { g(1); __attribute__((fallthrough)); }
  case 2:
    if (y) { g(1); __attribute__((fallthrough)); } else g(2);
  case 3:
    g(3);
    __attribute__((fallthrough));
  lab:
    g(4);
    __attribute__((fallthrough));
  default:
    g(5);
    __attribute__((fallthrough));
  }
  return y;
}
#define FALL /* fallthrough */
int f_n(int x, int y) {
  switch (x) {
  case 1:
    switch (y) {
    case 1: g(1);
    case 2: g(2); break;
    }
  case 2:
    while (y > 3 && y < 9) y--;
  case 3:
    if (y || x) return 1;
  case 4:
    if (y && x) return 1; else g(2);
  case 5:
    do { g(y); } while (y > 3 && y < 5);
  case 6:
    g(6);
  case 7:
    g(7); FALL
  case 8:
    g(8);
    /* fallthrough */
  case 9:
    g(9);
#if 1
    /* fallthrough */
#endif
  case 10:
    g(10);
    // fall through
    goto done;
  case 11:
    if (y) { g(1); } else if (x) { g(2); } else { return 3; }
  case 12:
    for (int i = 0; i < y; i++) { if (g(i)) break; }
  case 13:
    y = 3;
  #pragma GCC diagnostic push
  #pragma GCC diagnostic ignored "-Wimplicit-fallthrough"
  case 14:
  #pragma GCC diagnostic pop
    y = 4;
  default:
    g(y);
  }
 done:
  switch (x) case 1: g(1);
  switch (x) { case 1: if (y) { g(2); break; } case 2: g(3); }
  return y;
}
void f_n2(int x) {
  switch (x) {
    int z;
  case 1: z = 1; g(z);
  case 2: g(2);
  }
}
int f1(int x) {
  switch (x) { case 1: g(1); case 2: g(2); }
  if (x) return 1;
}
static int f0(int x) {
  switch (x) { case 1: g(1); case 2: g(2); }
  if (x) return 1;
}
int f2(int x) {
  switch (x) { case 1: g(1); case 2: g(2); }
  if (x) return 1;
}
int f_q(int x, int y) {
  switch (x) {
  case 1: if (0) g(1); else g(2);
  case 2: if (1) g(1);
  case 3: if (1) g(1); else g(2);
  case 4: if (0) { } else g(3);
  case 6: if (y) ; else g(2);
  case 7: if (y) g(1); else ;
  case 8: while (1) { if (y) break; g(2); }
  case 9: if (1) return 3;
  case 10: if (0) return 3;
  case 11: for (;;) { if (y) continue; break; }
  case 12: do { if (y) continue; g(1); } while (y);
  case 13: if (y) { break; } else { g(1); }
  case 14: if (y) goto out; else g(2);
  case 15: if (y) g(2); else goto out;
  case 16: g(16);
  }
 out:
  return 0;
}

/* __builtin_unreachable() and __builtin_trap() end the path: nothing falls into the next case. */
int never_falls(int x) {
  switch (x) {
  case 1: x++; __builtin_unreachable();
  case 2: x++; __builtin_trap();
  case 3: x++;
  case 4: return x;
  }
  return 0;
}
