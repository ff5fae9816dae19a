/*
 * Records that gcc's compat suites (gcc.dg/compat, struct-layout-1) caught tcc-lite laying
 * out or passing differently from gcc. Both halves of the program include this header,
 * print the layouts they see and the values they receive, and pass the records by value,
 * by pointer, through `...` and back as return values.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>

typedef unsigned Tal2uint __attribute__((aligned(2)));
typedef unsigned char Tal8uchar __attribute__((aligned(8)));
enum E4 { e4_0, e4_3 = 3, e4_255 = 255 };
typedef enum E4 TalE4 __attribute__((aligned(16)));

/* A struct or union that is one long double comes back in %st0 (classes X87, X87UP). */
struct LoneLd { long double a; };
union LdUnion { long double a; long double b; };
struct LdNested { struct {} e; long double a[1]; };
/* With anything beside it, it is MEMORY again. */
struct LdInt { long double a; int b; };
/* INTEGER wins a merge with X87 (gcc >= 4.4): in two registers. */
union LdOrLongs { long double l; unsigned u; long h[2]; };

/* `packed` among the specifiers packs the member. */
struct PackedSpec { char c; float __attribute__((packed)) f; __attribute__((packed)) int i; };
/* An aligned attribute after `*` gives the pointer type that alignment, even a lower one. */
struct PtrAligned { char c; int *__attribute__((aligned(2))) p; short s; };
struct PtrAligned16 { char c; char *__attribute__((aligned)) p; };
/* Bit-fields of types aligned beyond their size start at that alignment... */
struct OverAlignedBits { int a:28; TalE4 b:9; unsigned char c:6; unsigned d:25; };
struct ByteBits { char *p; Tal8uchar b:6; Tal8uchar c:2; Tal8uchar d:7; Tal8uchar e:8; };
/* ...and below it may cross units, except as wide as an int on an int boundary. */
struct IntModeBits { Tal2uint a:32; Tal2uint b:32; Tal2uint c:32; char d; };
struct UnderAlignedBits { char c; Tal2uint a:20; Tal2uint b:30; };
/* An aligned attribute on `:0` moves the next member without aligning the record. */
struct AlignedZeroWidth { char a; __attribute__((aligned(16))) unsigned :0; int e; };
#pragma pack(2)
struct Pack2 { char c; int i; double d; };
#pragma pack()
/* An eightbyte of nothing but padding travels in no register. */
struct AlignedDouble { double d; } __attribute__((aligned(16)));
/* gcc classifies a zero-length array off an eightbyte boundary as one element there: one too
   big for registers sends the record to memory. */
struct Big { int v[20]; };
struct ZeroTail { short s; struct Big tail[0]; };

#define SIZE(T) printf("%s: " #T " size %zu align %zu\n", who, sizeof(T), _Alignof(T))
#define LAYOUT(T, m) printf("%s: " #T " size %zu align %zu ." #m " at %zu align %zu\n", who, \
  sizeof(T), _Alignof(T), offsetof(T, m), (size_t)__alignof__(((T *)0)->m))

static void layouts(const char *who) {
  LAYOUT(struct LoneLd, a); LAYOUT(union LdUnion, b); LAYOUT(struct LdNested, a); LAYOUT(struct LdInt, b);
  LAYOUT(union LdOrLongs, h);
  LAYOUT(struct PackedSpec, f); LAYOUT(struct PackedSpec, i); LAYOUT(struct PtrAligned, p);
  LAYOUT(struct PtrAligned, s); LAYOUT(struct PtrAligned16, p); SIZE(struct OverAlignedBits);
  LAYOUT(struct ByteBits, p); LAYOUT(struct IntModeBits, d); LAYOUT(struct UnderAlignedBits, c);
  LAYOUT(struct AlignedZeroWidth, e); LAYOUT(struct Pack2, i); LAYOUT(struct Pack2, d);
  LAYOUT(struct AlignedDouble, d); LAYOUT(struct ZeroTail, tail);
}

static void show_bits(const char *who, struct OverAlignedBits o, struct ByteBits b, struct IntModeBits m,
                      struct UnderAlignedBits u) {
  printf("%s: %d %d %d %u | %d %d %d %d | %u %u %u %d | %d %u %u\n", who, o.a, o.b, o.c, o.d,
         b.b, b.c, b.d, b.e, m.a, m.b, m.c, m.d, u.c, u.a, u.b);
}

struct LoneLd lone_add(struct LoneLd x, int k);
union LdUnion union_add(union LdUnion x, int k);
struct LdNested nested_add(struct LdNested x, int k);
struct LdInt ldint_add(struct LdInt x, int k);
union LdOrLongs longs_add(union LdOrLongs a, union LdOrLongs *p, union LdOrLongs b);
struct LoneLd lone_through(struct LoneLd (*f)(struct LoneLd, int), struct LoneLd x);
long double lone_sum(int n, ...);
struct PackedSpec packed_echo(struct PackedSpec a, struct PackedSpec *p, struct PackedSpec b);
struct PtrAligned ptr_echo(struct PtrAligned a, struct PtrAligned *p, struct PtrAligned b);
struct OverAlignedBits over_echo(struct OverAlignedBits a, struct ByteBits b, struct IntModeBits m,
                                 struct UnderAlignedBits u);
struct AlignedZeroWidth zero_echo(int n, ...);
struct AlignedDouble padded_sum(struct AlignedDouble a, struct AlignedDouble b, double c);
double padded_va(int n, ...);
struct ZeroTail zero_tail(struct ZeroTail a, int k, struct ZeroTail b);
void lib_layouts(void);
