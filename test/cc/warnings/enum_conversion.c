/* -Wenum-conversion (-Wextra): a value of one enumeration stored, passed or returned as another. */
enum color { RED, GREEN }; enum fruit { APPLE, PEAR };
void take(enum color c);
enum color pick(void) { return PEAR; }
int main(void)
{
  enum color c = APPLE;
  enum fruit f = PEAR;
  c = f;
  take(APPLE);
  c = 1;
  int i = APPLE;
  c = (enum color)f;
  c = GREEN;
  return c + i;
}
