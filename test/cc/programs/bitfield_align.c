/* An aligned attribute on a bit-field starts it at that boundary (capped by #pragma pack). */
int printf(const char *fmt, ...);
void *memset(void *p, int c, unsigned long n);

#define SHOW(T) do { struct T v; memset(&v, 0, sizeof v); v.last = 5; \
  const unsigned char *b = (const unsigned char *)&v; printf(#T ": size %d align %d bytes", \
  (int)sizeof(struct T), (int)__alignof__(struct T)); \
  for (unsigned i = 0; i < sizeof v; i++) printf(" %02x", b[i]); printf("\n"); } while (0)

struct plain { unsigned a : 5, b : 5; char c : 3; short last : 5; };
struct spec_attr { int a : 12; __attribute__((aligned(16))) char last : 4; };
struct decl_attr { unsigned a : 5, : 0, b : 5; char c : 5; short last : 5 __attribute__((aligned(8))); };
#pragma pack(push, 1)
struct packed_spec { int a : 12; char b : 6; __attribute__((aligned(16))) char last : 4; };
struct packed_decl { unsigned a : 5, b : 5; char c : 5; short last : 5 __attribute__((aligned(4))); };
#pragma pack(pop)
#pragma pack(push, 2)
struct pack2 { char a : 3; int last : 4 __attribute__((aligned(8))); };
#pragma pack(pop)

int main(void) {
  SHOW(plain);
  SHOW(spec_attr);
  SHOW(decl_attr);
  SHOW(packed_spec);
  SHOW(packed_decl);
  SHOW(pack2);
  return 0;
}
