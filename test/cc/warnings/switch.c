/* A switch on an enum: gcc -Wall names each enumerator no case handles, and a case value outside the enum. */
enum color { RED, GREEN, BLUE, ALIAS = 1 };
enum color current(void);

int missing(enum color c) { switch (c) { case RED: return 1; } return 0; }
int with_default(enum color c) { switch (c) { case RED: return 1; default: return 0; } }
int all(enum color c) { switch (c) { case RED: case GREEN: case BLUE: return 1; } return 0; }
int by_value(enum color c) { switch (c) { case RED: case 1: case 2: return 1; } return 0; }
int outside(enum color c) { switch (c) { case RED: case GREEN: case BLUE: return 1; case 7: return 2; } return 0; }
int outside_with_default(enum color c) { switch (c) { case 5: return 2; default: return 0; } }
int range(void) { switch (current()) { case RED ... GREEN: return 1; } return 0; }
int as_int(int c) { switch (c) { case RED: return 1; } return 0; }
int cast(enum color c) { switch ((int)c) { case RED: return 1; } return 0; }
int promoted(enum color c) { switch (c + 0) { case RED: return 1; } return 0; }
int nested(enum color c, enum color d) {
  switch (c) {
  case RED:
    switch (d) { case GREEN: return 1; }
    return 2;
  }
  return 0;
}

/* Both kinds in one switch (gcc names the enumerators first), and enums named by typedefs or not named at all. */
typedef enum shape { SQUARE, CIRCLE } Shape;
typedef enum { NORTH, SOUTH } Direction;
typedef enum color Color;
enum { FIRST, SECOND } unnamed;
int both(Shape s) { switch (s) { case SQUARE: return 1; case 7: return 2; } return 0; }
int typedef_of_untagged(Direction d) { switch (d) { case NORTH: return 1; case 7: return 2; } return 0; }
int typedef_of_tagged(Color c) { switch (c) { case RED: case GREEN: case BLUE: return 1; case 7: return 2; } return 0; }
int untagged(void) { switch (unnamed) { case FIRST: case SECOND: return 1; case 9: return 2; } return 0; }

/* Case values converted to the controlling type: -Woverflow when one changes, and labels the
   unpromoted type cannot hold (-Wswitch-outside-range, given at the switch's end in value order). */
int narrowed(int x) { switch (x) { case 0: return 0; case 4294967297l: return 1; } return 2; }
int byte(unsigned char x) { switch (x) { case 300: return 0; case -1: return 1; case 7: return 3; } return 2; }
int byte_range(unsigned char x) { switch (x) { case -5 ... 3: return 0; case 250 ... 400: return 1; case 500 ... 600: return 4; } return 2; }
int signed_byte(signed char x) { switch (x) { case 128: return 0; case -129: return 1; } return 2; }
int flag(_Bool b) { switch (b) { case 0: return 0; case 2: return 1; } return 2; }
int unsigned_minus(unsigned x) { switch (x) { case 5: return 0; case -2: return 1; } return 2; }
int truth(int a) { switch (a == 1) { case 0: return 1; case 5: return 2; } return 0; }
int truth_ok(int a) { switch (a < 1) { case 0: return 1; case 1: return 2; } return 0; }
