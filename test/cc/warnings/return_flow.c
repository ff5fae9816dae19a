/* -Wreturn-type decided as gcc's middle end does: on reachable code, constant conditions folded. */
#include <stdlib.h>
int g(int t) { switch (t) { case 1: return 1; break; default: return 0; } }
int h(int x) { while (1) { if (x++ > 3) return 1; if (0) break; } }
int u(int x) { if (x) return 1; __builtin_unreachable(); }
int d(int x) { do { return x; } while (0); }
int w(int x) { while (x) return 1; }
int s(int x) { switch (x) { case 1: return 1; } }
int s2(int x) { switch (x) { case 1: return 1; default: break; } }
int s3(int x) { switch (x) { default: return 2; case 1: x++; } }
int l(int x) { for (;;) { if (x) continue; return 2; } }
int l2(int x) { for (;;) { switch (x) { case 1: break; default: return 3; } } }
int l3(int x) { for (;;) { switch (x) { case 1: continue; default: return 3; } break; } }
int gt(int x) { if (x) goto out; return 1; out: return 2; }
int gt2(int x) { if (x) goto out; return 1; out: x++; }
int dead(int x) { return x; x++; }
int ex(int x) { if (x) return 1; exit(2); }
int ab(int x) { if (x) return 1; else abort(); }
int c1(int x) { if (1) return x; }
int c0(int x) { if (0) return x; else return 2; }
int sz(int x) { if (sizeof(int) == 4) return x; }
int dw(int x) { do { if (x) break; return 1; } while (1); }
int nest(int x) { { { return x; } } }
int trap(int x) { __builtin_trap(); }
int duff(int n) { int k = 0; switch (n % 2) { case 0: do { k++; case 1: k++; } while (--n > 0); } return k; }
int loopcase(int x) { switch (x) { case 0: for (;;) { case 1: return 4; } } }
