/*
 * Exercises the x87 instructions on pseudo-random 80-bit operands (a fixed
 * seed: the same cases natively and in the emulator) under all four rounding
 * modes and three precisions, and prints, per instruction and mode, a hash
 * of every result's bits and status word (and EFLAGS for fcomi). Any bit
 * that differs from the hardware changes a hash.
 *
 * usage: x87_ops [cases] [instruction]  -- with an instruction name, prints
 * each case instead of the hash (to find which one differs).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct { unsigned long long m; unsigned short se; } __attribute__((packed)) Ext;

static unsigned long long state = 0x9e3779b97f4a7c15ULL;
static unsigned long long rnd(void)
{
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return state;
}

/* Operands: mostly normal numbers, with every kind of special value mixed in. */
static void gen(Ext *x)
{
    unsigned k = rnd() % 24;
    unsigned long long m = rnd();
    unsigned sign = (unsigned)(rnd() & 1) << 15;
    unsigned e = 16383 + (unsigned)(rnd() % 141) - 70;
    switch (k) {
    case 0: m = 0; e = 0; break;                                      /* zero */
    case 1: m = 1ULL << 63; e = 0x7fff; break;                        /* infinity */
    case 2: m |= 3ULL << 62; e = 0x7fff; break;                       /* QNaN */
    case 3: m = (m | 1) & ~(1ULL << 62); m |= 1ULL << 63; e = 0x7fff; break; /* SNaN */
    case 4: m >>= rnd() % 64; m &= ~(1ULL << 63); e = 0; break;        /* denormal */
    case 5: e = 1 + (unsigned)(rnd() % 3); m |= 1ULL << 63; break;     /* near the smallest normal */
    case 6: e = 0x7ffe - (unsigned)(rnd() % 3); m |= 1ULL << 63; break; /* near the largest */
    case 7: m = (rnd() % 2000 + 1) << 52; e = 16383 + 11; while (!(m >> 63)) { m <<= 1; e--; } break; /* small integers */
    case 8: m = (m | (1ULL << 63)) & ~((1ULL << (rnd() % 60)) - 1); break; /* short significands: ties */
    case 9: m |= 1ULL << 63; m |= (1ULL << (rnd() % 20)) - 1; break;   /* long runs of ones */
    case 10: e = 16383 + (unsigned)(rnd() % 8); m = (m | (1ULL << 63)) & ~0x7ffULL; break; /* doubles near 1 */
    case 11: if (rnd() % 8 == 0) { m &= ~(1ULL << 63); if (!m) m = 1; } else m |= 1ULL << 63; /* rarely an unnormal */
             e = 16383 + (unsigned)(rnd() % 8); break;
    case 12: m = 0xc000000000000000ULL; e = 0x7fff; sign = 0x8000; break; /* real indefinite */
    case 13: e = 0; m |= 1ULL << 63; if (rnd() % 4) { m &= ~((1ULL << 63) - 1); m |= rnd() >> 2; } break; /* pseudo-denormal */
    case 14: e = 16383 + 63 + (unsigned)(rnd() % 3) - 1; m |= 1ULL << 63; break; /* near 2^63 */
    case 15: e = 1 + (unsigned)(rnd() % 80); m |= 1ULL << 63; break;   /* results that underflow */
    default: m |= 1ULL << 63; break;
    }
    x->m = m;
    x->se = (unsigned short)(sign | e);
}

/* A second operand: unrelated, or close to the first (cancellation, ties, remainders). */
static void gen2(const Ext *a, Ext *b)
{
    gen(b);
    if (rnd() % 3 == 0 && (a->se & 0x7fff) != 0x7fff && (a->se & 0x7fff) > 80) {
        unsigned d = (unsigned)(rnd() % 140);
        unsigned e = (a->se & 0x7fff) - 70 + d;
        b->se = (unsigned short)((b->se & 0x8000) | (e > 0 && e < 0x7fff ? e : 16383));
        if (rnd() % 2) b->m = a->m ^ (rnd() & 0xff);
        b->m |= 1ULL << 63;
    }
}

static unsigned long long hash;
static const char *verbose;

static void mix(const void *p, size_t n)
{
    const unsigned char *c = p;
    for (size_t i = 0; i < n; i++) { hash ^= c[i]; hash *= 0x100000001b3ULL; }
}

/* Results by byte offset: 0 st(0) (10 bytes), 10 status word, 12 CF ZF PF, 16 st(1),
 * 32 m32 store, 36 m64 store, 44 m16 store, 46 m80 BCD store. */
typedef struct { unsigned char b[56]; } Out;

#define X87_CLOBBERS "memory", "st", "st(1)", "st(2)", "st(3)", "st(4)", "st(5)", "st(6)", "st(7)"

/* st(0) = a, st(1) = b; the instruction; the status word; st(0) to r and st(1) to r2. */
#define TWO(name, insn) \
    static void name(const Ext *a, const Ext *b, Out *o, const unsigned short *cw) \
    { __asm__ volatile("fninit; fldcw (%3); fldt (%1); fldt (%0); " insn "; fnstsw 10(%2); fstpt (%2); fstpt 16(%2); fninit" \
                       :: "a"(a), "S"(b), "D"(o), "c"(cw) : X87_CLOBBERS); }

TWO(op_fadd, "fadd %%st(1), %%st")
TWO(op_fsub, "fsub %%st(1), %%st")
TWO(op_fsubr, "fsubr %%st(1), %%st")
TWO(op_fmul, "fmul %%st(1), %%st")
TWO(op_fdiv, "fdiv %%st(1), %%st")
TWO(op_fdivr, "fdivr %%st(1), %%st")
TWO(op_faddp, "faddp; fld1")
TWO(op_fsubp, "fsubrp; fld1")
TWO(op_fdivp, "fdivrp; fld1")
TWO(op_fprem, "fprem")
TWO(op_fprem1, "fprem1")
TWO(op_fscale, "fscale")
TWO(op_fcom, "fcom %%st(1)")
TWO(op_fucom, "fucom %%st(1)")
TWO(op_fxch, "fxch %%st(1)")
TWO(op_fsqrt, "fsqrt")
TWO(op_frndint, "frndint")
TWO(op_fxtract, "fstp %%st(1); fxtract")
TWO(op_fabs, "fabs")
TWO(op_fchs, "fchs")
TWO(op_ftst, "ftst")
TWO(op_fxam, "fxam")
TWO(op_fld1, "fstp %%st(0); fld1")
TWO(op_fldpi, "fstp %%st(0); fldpi")
TWO(op_fldl2t, "fstp %%st(0); fldl2t")
TWO(op_fldl2e, "fstp %%st(0); fldl2e")
TWO(op_fldlg2, "fstp %%st(0); fldlg2")
TWO(op_fldln2, "fstp %%st(0); fldln2")
TWO(op_fldz, "fstp %%st(0); fldz")

/* The remaining fields of Out are written by the memory forms. */
#define MEM(name, insn) \
    static void name(const Ext *a, const Ext *b, Out *o, const unsigned short *cw) \
    { __asm__ volatile("fninit; fldcw (%3); fldt (%1); fldt (%0); " insn "; fnstsw 10(%2); fninit" \
                       :: "a"(a), "S"(b), "D"(o), "c"(cw) : X87_CLOBBERS); }

MEM(op_fcomi, "fcomi %%st(1), %%st; setc 12(%2); setz 13(%2); setp 14(%2)")
MEM(op_fucomi, "fucomi %%st(1), %%st; setc 12(%2); setz 13(%2); setp 14(%2)")
MEM(op_fsts, "fsts 32(%2)")
MEM(op_fstl, "fstl 36(%2)")
MEM(op_fistl, "fistl 32(%2)")
MEM(op_fistpll, "fistpll 36(%2)")
MEM(op_fists, "fists 44(%2)")
MEM(op_fisttpl, "fisttpl 32(%2)")
MEM(op_fisttpll, "fisttpll 36(%2)")
MEM(op_fisttps, "fisttps 44(%2)")
/* fbstp 46(%rdi) and fbld 16(%rsi), spelled in bytes for assemblers without them. */
MEM(op_fbstp, ".byte 0xdf, 0x77, 0x2e")
/* Loads: the low bytes of b as float, double, integers and BCD, then the result. */
MEM(op_flds, "flds 16(%1); fstpt (%2)")
MEM(op_fldl, "fldl 16(%1); fstpt (%2)")
MEM(op_fildl, "fildl 16(%1); fstpt (%2)")
MEM(op_fildll, "fildll 16(%1); fstpt (%2)")
MEM(op_fbld, ".byte 0xdf, 0x66, 0x10; fstpt (%2)")
MEM(op_fadds, "fadds 16(%1); fstpt (%2)")
MEM(op_fmull, "fmull 16(%1); fstpt (%2)")
MEM(op_fidivl, "fidivl 16(%1); fstpt (%2)")
MEM(op_fisubrs, "fisubrs 16(%1); fstpt (%2)")
MEM(op_fcoml, "fcoml 16(%1)")

typedef void Op(const Ext *, const Ext *, Out *, const unsigned short *);
static const struct { const char *name; Op *fn; int loads; } ops[] = {
    { "fadd", op_fadd, 0 }, { "fsub", op_fsub, 0 }, { "fsubr", op_fsubr, 0 }, { "fmul", op_fmul, 0 },
    { "fdiv", op_fdiv, 0 }, { "fdivr", op_fdivr, 0 }, { "faddp", op_faddp, 0 }, { "fsubp", op_fsubp, 0 },
    { "fdivp", op_fdivp, 0 }, { "fprem", op_fprem, 0 }, { "fprem1", op_fprem1, 0 }, { "fscale", op_fscale, 0 },
    { "fcom", op_fcom, 0 }, { "fucom", op_fucom, 0 }, { "fxch", op_fxch, 0 }, { "fsqrt", op_fsqrt, 0 },
    { "frndint", op_frndint, 0 }, { "fxtract", op_fxtract, 0 }, { "fabs", op_fabs, 0 }, { "fchs", op_fchs, 0 },
    { "ftst", op_ftst, 0 }, { "fxam", op_fxam, 0 }, { "fld1", op_fld1, 0 }, { "fldpi", op_fldpi, 0 },
    { "fldl2t", op_fldl2t, 0 }, { "fldl2e", op_fldl2e, 0 }, { "fldlg2", op_fldlg2, 0 }, { "fldln2", op_fldln2, 0 },
    { "fldz", op_fldz, 0 }, { "fcomi", op_fcomi, 0 }, { "fucomi", op_fucomi, 0 }, { "fsts", op_fsts, 0 },
    { "fstl", op_fstl, 0 }, { "fistl", op_fistl, 0 }, { "fistpll", op_fistpll, 0 }, { "fists", op_fists, 0 },
    { "fisttpl", op_fisttpl, 0 }, { "fisttpll", op_fisttpll, 0 }, { "fisttps", op_fisttps, 0 }, { "fbstp", op_fbstp, 0 },
    { "flds", op_flds, 1 }, { "fldl", op_fldl, 1 }, { "fildl", op_fildl, 1 }, { "fildll", op_fildll, 1 },
    { "fbld", op_fbld, 2 }, { "fadds", op_fadds, 1 }, { "fmull", op_fmull, 1 }, { "fidivl", op_fidivl, 1 },
    { "fisubrs", op_fisubrs, 1 }, { "fcoml", op_fcoml, 1 },
};

/* The memory operand of a load: float/double bits with specials, or a BCD number. */
static void genMemory(Ext *b, int kind)
{
    unsigned long long m = rnd();
    if (kind == 2) {
        unsigned char *p = (unsigned char *)b + 16;
        for (int i = 0; i < 9; i++) { unsigned d = (unsigned)(rnd() % 100); p[i] = (unsigned char)((d / 10) << 4 | d % 10); }
        p[9] = (unsigned char)(rnd() & 0x80);
        return;
    }
    switch (rnd() % 6) {
    case 0: m &= 0x800fffffffffffffULL; break;          /* double denormal */
    case 1: m |= 0x7ff0000000000000ULL; break;          /* double inf/NaN */
    case 2: m = (m & 0xffffffff807fffffULL); break;     /* float denormal */
    case 3: m |= 0x7f800000ULL; break;                  /* float inf/NaN */
    default: break;
    }
    memcpy((char *)b + 16, &m, 8);
}

static const char *const rcName[] = { "near", "down", "up", "zero" };
static const int precisions[] = { 0, 2, 3 };

int main(int argc, char **argv)
{
    int cases = argc > 1 ? atoi(argv[1]) : 500;
    verbose = argc > 2 ? argv[2] : 0;
    for (size_t k = 0; k < sizeof ops / sizeof ops[0]; k++) {
        if (verbose && strcmp(verbose, ops[k].name)) continue;
        for (int rc = 0; rc < 4; rc++) {
            for (int pi = 0; pi < 3; pi++) {
                unsigned short cw = (unsigned short)(0x7f | rc << 10 | precisions[pi] << 8);
                hash = 0xcbf29ce484222325ULL;
                state = 0x9e3779b97f4a7c15ULL + k;
                for (int c = 0; c < cases; c++) {
                    struct { Ext a; char pad1[6]; Ext b; char pad2[6]; char mem[16]; } in;
                    Out o;
                    memset(&in, 0, sizeof in);
                    memset(&o, 0, sizeof o);
                    gen(&in.a);
                    gen2(&in.a, &in.b);
                    if (ops[k].loads) genMemory(&in.b, ops[k].loads);
                    ops[k].fn(&in.a, &in.b, &o, &cw);
                    mix(&o, sizeof o);
                    if (verbose) {
                        printf("%s %s pc%d %04x%016llx %04x%016llx ->", ops[k].name, rcName[rc], precisions[pi], in.a.se, in.a.m, in.b.se, in.b.m);
                        for (int i = 0; i < 56; i++) printf(i % 4 ? "%02x" : " %02x", o.b[i]);
                        printf("\n");
                    }
                }
                if (!verbose) printf("%-8s %s pc%d %016llx\n", ops[k].name, rcName[rc], precisions[pi], hash);
            }
        }
    }
    return 0;
}
