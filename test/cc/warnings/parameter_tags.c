/* A struct, union or enum first named inside a parameter list is a new type, seen nowhere else. */
int f(struct s *p);
struct s { int a; };
int g(void) { struct s x; return f(&x); }

int anonymous(struct { int a; } *p);
int incomplete_enum(enum e x);
int two(union u *p, struct later { int a; } *q);
int callback(void (*cb)(struct t *));
int twice(struct again *a, struct again *b);
int old_style(p) struct w *p; { return p != 0; }
int anonymous_enum(enum { A } x);
int known(struct s *p);
