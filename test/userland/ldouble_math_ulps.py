"""
Measures the lines of test/userland/c/ldouble_accuracy.c against mpmath:
each line is "NAME ARG... RESULT" in the 20-hex-digit 80-bit format. Prints
a JSON object: for each function, the number of lines, the largest error in
ulps of the true value (subnormal results: ulps of 2^-16445) and the line
where it occurs. fmal's true value is exact (the arguments are small enough
for 400 bits), so its largest error must be at most 0.5: correct rounding.
"""
import json
import sys

from mpmath import mp, mpf

mp.prec = 400

FUNCTIONS = {
    'expl': mp.exp,
    'exp2l': lambda x: mp.power(2, x),
    'exp10l': lambda x: mp.power(10, x),
    'expm1l': mp.expm1,
    'logl': mp.log,
    'log2l': lambda x: mp.log(x, 2),
    'log10l': mp.log10,
    'log1pl': mp.log1p,
    'powl': mp.power,
    'sinl': mp.sin,
    'cosl': mp.cos,
    'tanl': mp.tan,
    'asinl': mp.asin,
    'acosl': mp.acos,
    'atanl': mp.atan,
    'atan2l': mp.atan2,
    'sinhl': mp.sinh,
    'coshl': mp.cosh,
    'tanhl': mp.tanh,
    'asinhl': mp.asinh,
    'acoshl': mp.acosh,
    'atanhl': mp.atanh,
    'cbrtl': lambda x: mp.cbrt(x) if x >= 0 else -mp.cbrt(-x),
    'hypotl': mp.hypot,
    'erfl': mp.erf,
    'erfcl': mp.erfc,
    'lgammal': lambda x: mp.log(abs(mp.gamma(x))),
    'tgammal': mp.gamma,
    'fmal': lambda x, y, z: x * y + z,
}


def decode(text):
    """The value of an 80-bit long double given as 20 hex digits (None for NaN)."""
    sign_exponent, significand = int(text[:4], 16), int(text[4:], 16)
    sign, exponent = -1 if sign_exponent & 0x8000 else 1, sign_exponent & 0x7fff
    if exponent == 0x7fff:
        return None if significand << 1 & (2**64 - 1) else sign * mp.inf
    return sign * mp.ldexp(significand, max(exponent, 1) - 16383 - 63)


def quantum(v):
    """The ulp of a long double near v: 2^(e-63) for a normal v, 2^-16445 below."""
    if v == 0:
        return mp.ldexp(1, -16445)
    _, e = mp.frexp(v)
    return mp.ldexp(1, max(e - 1, -16382) - 63)


def rounded(v):
    """v rounded to the nearest long double (ties to even), infinity past LDBL_MAX."""
    q = quantum(v)
    r = mp.nint(v / q) * q
    return r if abs(r) < mp.ldexp(1, 16384) else mp.sign(v) * mp.inf


def error_in_ulps(name, args, result):
    with mp.workprec(mp.prec + max(0, max(int(mp.log(abs(a), 2)) for a in args if a not in (0, mp.inf, -mp.inf))
                                   if name in ('sinl', 'cosl', 'tanl') else 0)):
        exact = FUNCTIONS[name](*args)
    if result is None or mp.isnan(exact):
        return mp.inf
    if mp.isinf(exact):
        return mpf(0) if result == exact else mp.inf
    if mp.isinf(result):
        return mpf(0) if rounded(exact) == result else mp.inf
    return abs(result - exact) / quantum(exact)


def main():
    report = {}
    for line in sys.stdin:
        fields = line.split()
        name, values = fields[0], [decode(f) for f in fields[1:]]
        error = error_in_ulps(name, values[:-1], values[-1])
        entry = report.setdefault(name, {'lines': 0, 'max_ulps': 0.0, 'worst': ''})
        entry['lines'] += 1
        if error > entry['max_ulps']:
            entry['max_ulps'] = float(min(error, mpf('1e300')))
            entry['worst'] = line.strip()
    json.dump(report, sys.stdout, indent=1, sort_keys=True)


main()
