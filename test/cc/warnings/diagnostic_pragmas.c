/*
 * #pragma GCC diagnostic: push, pop, and ignored / warning / error "-Wname", which change how
 * the warnings named -Wname are given from the pragma's place on (where a warning is, not
 * when it is found); `warning` and `error` also turn on a warning the command line left off.
 */
int printf(const char *format, ...);

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wunused-variable"
void quiet(void) { int a; }
#pragma GCC diagnostic pop
void loud(void) { int b; }

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat"
void quiet_format(void) { printf("%d\n", "s"); }
#pragma GCC diagnostic pop
void loud_format(void) { printf("%d\n", "s"); }

int ordered(int x) {
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wsequence-point"
  x = x++;
#pragma GCC diagnostic pop
  x = x++;
  return x;
}

#pragma GCC diagnostic warning "-Wparentheses"
int precedence(int a, int b) { return a << b + 1; }

#pragma GCC diagnostic push
#pragma GCC diagnostic error "-Wunused-but-set-variable"
void set_only(void) { int c; c = 1; }
#pragma GCC diagnostic pop

#pragma GCC diagnostic frobnicate "-Wformat"
#pragma GCC diagnostic ignored
#pragma GCC diagnostic ignored "Wformat"
#pragma GCC diagnostic push
void last(void) { int d; }
