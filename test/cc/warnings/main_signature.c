/* -Wmain (-Wall, -pedantic): main's return type and parameters are not those of C. */
#include <stdio.h>

void main(int argc, char *argv)
{
  printf("%d %s\n", argc, argv);
}
