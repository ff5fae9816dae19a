/*
 * Initializer forms gcc accepts beyond C99's: the old GNU `[index] value` and
 * `member: value` (no '='), and a designator into an element or member that an
 * expression of the whole struct set before (`{ x, [0].b = 3 }`): gcc starts that
 * element afresh, so what x held elsewhere in it is zero, not kept.
 */
#include <stdio.h>

typedef struct { int a, b; } T;
struct U { T t; int c; };
struct P { int x, y; };

T g = { 1, 2 };
struct U gu = { .t = { 5, 6 }, .t.b = 3, 9 };
int old_index[6] = { [2] 7, [4] 8, 9 };
struct P old_member = { y: 4, x: 3 };

int main(void)
{
    int a[4] = { [2] 7 };
    T x = { 1, 2 };
    T y[] = { x, [0].b = 3 };
    T z[] = { (T){ 5, 6 }, [0].b = 7, { 8, 9 } };
    static struct U su = { { 7, 8 }, .t.a = 1, 4 };
    struct U u2 = { .t = g, .t.a = 3, 5 };
    printf("%d %d %d %d\n", a[0], a[1], a[2], a[3]);
    printf("%d %d | %d %d %d %d\n", y[0].a, y[0].b, z[0].a, z[0].b, z[1].a, z[1].b);
    printf("%d %d %d | %d %d %d | %d %d %d\n", gu.t.a, gu.t.b, gu.c, su.t.a, su.t.b, su.c, u2.t.a, u2.t.b, u2.c);
    for (int i = 0; i < 6; i++) printf("%d ", old_index[i]);
    printf("| %d %d\n", old_member.x, old_member.y);
    return 0;
}
