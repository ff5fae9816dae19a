#define ONE 1
#define TWO 2
#define F(x) ((x) + 1)
#if ONE + TWO == 3
ok1
#endif
#if F(TWO) == 3 && defined ONE && defined(TWO) && !defined THREE
ok2
#endif
#if -1 < 0u
bad3
#else
ok3
#endif
#if -1 < 0
ok4
#endif
#if 0xffffffffffffffff == -1
ok5
#endif
#if 18446744073709551615u / 2 == 9223372036854775807
ok6
#endif
#if (2 || 1/0) && !(0 && 1/0)
ok7
#endif
#if 0 ? 1/0 : 2
ok8
#endif
#if 'a' == 97 && '\n' == 10 && '\377' < 0 && '\x41' == 65 && 'ab' == 24930
ok9
#endif
#if UNDEFINED_THING == 0 && !UNDEFINED_FN
ok10
#endif
#if 1 << 63 < 0 && (1u << 63) > 0 && -8 >> 1 == -4 && 7 % -3 == 1 && -7 / 2 == -3
ok11
#endif
#if 010 == 8 && 0x10 == 16 && 0b101 == 5 && 10L == 10 && 10ULL == 10 && 0 == 0ul
ok12
#endif
#if ~0 == -1 && ~0u == 18446744073709551615u && (1 ? -1 : 0u) > 0
ok13
#endif
#if (1, 2) == 2
ok14
#endif
#if defined ONE ? 1 : 0
ok15
#endif
#define D defined(ONE)
#if D
ok16
#endif
#if (3 > 2) + (2 >= 2) + (1 <= 0) + (4 != 4) == 2 && (5 & 3) == 1 && (5 | 3) == 7 && (5 ^ 3) == 6
ok17
#endif
#if 1
# if 0
bad
# elif 1
ok18
# elif 1/0
bad
# else
bad
# endif
#elif 1
bad
#else
bad
#endif
#ifdef ONE
ok19
#else
bad
#endif
#ifndef ONE
bad
#elif TWO == 2
ok20
#endif
#if 0
#if garbage ( ((
#error not reached
#else
#endif
'unterminated in skipped group
#bogus directive
#endif
#if L'\0' == 0 && u'x' == 120 && U'y' == 121
ok21
#endif
#if -9223372036854775807 - 1 < 0
ok22
#endif
