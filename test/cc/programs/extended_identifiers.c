/* Identifiers with extended characters: UCNs (\u00E9, \U000003BB) and the same characters
   written directly in UTF-8 name the same entity; global names reach the object file in
   UTF-8, as gcc writes them. */
#include <stdio.h>

int compteur_\u00e9t\u00e9 = 40;          /* the global "compteur_été" */
static double \U000003bb = 0.5;             /* λ */
const char *\u540d\u524d = "name";          /* 名前 */

struct vecteur { int \u00e0; int b\u00e8; };  /* members à and bè */
enum couleur { rouge\u00e2tre = 3, verd\u00e2tre };

#define DOUBLE\u00c9(x) ((x) * 2)
#define \u00c5NGSTR\u00d6M 10

static int somme_\u00e9l\u00e9ments(const struct vecteur *v) {
  return v->à + v->bè;
}

int \u0394delta(int a, int b) { return a - b; }

/* __func__ is the name in UTF-8; a static local keeps its own (local) symbol. */
static void appel\u00e9(void) {
  static int fois\u00e9 = 1;
  printf("%s %d\n", __func__, foisé++);
}

int main(void) {
  struct vecteur v = { 1, 2 };
  int \u00fcber = 7;
  int i = 0;
  compteur_été += 2;
  printf("%d %g %s\n", compteur_\u00e9t\u00e9, λ * 3, 名前);
  printf("%d %d\n", somme_éléments(&v), über + \u00fcber);
  printf("%d %d\n", rougeâtre, verd\u00e2tre);
  printf("%d %d\n", DOUBLEÉ(21), ÅNGSTRÖM);
  printf("%d\n", Δdelta(10, 4));
  /* $ may be spelled as a UCN too. */
  int \u0024dollar = 5;
  printf("%d\n", $dollar);
r\u00e9p\u00e9ter:
  if (++i < 3) goto répéter;
  printf("%d\n", i);
  appelé();
  appel\u00e9();
  return 0;
}
