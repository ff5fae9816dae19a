/* <libgen.h> basename/dirname, fnmatch with its flags, and lsearch/lfind. */
#include <stdio.h>
#include <string.h>
#include <libgen.h>
#include <fnmatch.h>
#include <search.h>
static int cmp(const void *a, const void *b) { return *(const int *)a - *(const int *)b; }
int main(void){
  const char *paths[] = {"/usr/lib", "/usr/", "usr", "/", "", ".", "..", "a/b/c//", "//x", "/a"};
  for (unsigned i = 0; i < sizeof paths / sizeof *paths; i++) { char a[32], b[32]; strcpy(a, paths[i]); strcpy(b, paths[i]); printf("[%s] base [%s]", paths[i], basename(a)); printf(" dir [%s]\n", dirname(b)); }
  const char *pats[][2] = {{"*.c","main.c"},{"*.c","main.h"},{"a?c","abc"},{"[a-c]x","bx"},{"[!a-c]x","dx"},{"[]]","]"},{"*","x/y"},{"\\*","*"},{"a*b*c","aXXbYYc"},{"*.txt",".hidden.txt"},{"[","["},{"**/x","a/b/x"},{"[A-Z]*","Hello"}};
  for (unsigned i = 0; i < sizeof pats / sizeof *pats; i++) printf("%s %s: %d %d %d\n", pats[i][0], pats[i][1], fnmatch(pats[i][0], pats[i][1], 0), fnmatch(pats[i][0], pats[i][1], FNM_PATHNAME), fnmatch(pats[i][0], pats[i][1], FNM_PERIOD));
  int arr[10] = {5, 3, 9}; size_t n = 3; int k = 7, *p = lsearch(&k, arr, &n, sizeof(int), cmp); printf("%zu %d %d\n", n, *p, lfind(&k, arr, &n, sizeof(int), cmp) == p);
  return 0;
}
