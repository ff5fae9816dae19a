/* `!a == b`: the `!` applies to a alone (gcc -Wall's -Wlogical-not-parentheses). */
_Bool flag(void);
int not_equal(int a, int b) { return !a == b; }
int zero_not_equal(int a) { return !a != 0; }
int zero_equal(int a) { return !a == 0; }
int parenthesized(int a, int b) { return (!a) == b; }
int ordered(int a, int b) { return !a < b; }
int truth_value(int a, int b) { return !a == (b > 1); }
int boolean(int a) { return !a == flag(); }
int both_not(int a, int b) { return !a == !b; }
int condition(int a) { if (!a == 1) return 1; return 0; }
