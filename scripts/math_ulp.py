#!/usr/bin/env python3
"""Error of the runtime's math.c in ulps against an exact reference (mpmath, 200-bit),
on random arguments. The C file is built for the host as a shared library with its
symbols renamed (tests/native/rename.h) and called through ctypes. Run from the
repository root:

    python3 scripts/math_ulp.py [SAMPLES]
"""
import ctypes
import math
import os
import random
import subprocess
import sys
import tempfile

import mpmath

mpmath.mp.prec = 200
SAMPLES = int(sys.argv[1]) if len(sys.argv) > 1 else 3000

# name, exact function, argument exponent range, signed
UNARY = [
    ("exp", mpmath.exp, (-12, 9), True),
    ("exp2", lambda x: mpmath.power(2, x), (-12, 10), True),
    ("expm1", mpmath.expm1, (-40, 9), True),
    ("log", mpmath.log, (-1074, 1023), False),
    ("log2", lambda x: mpmath.log(x, 2), (-1074, 1023), False),
    ("log10", mpmath.log10, (-1074, 1023), False),
    ("log1p", mpmath.log1p, (-40, 100), False),
    ("sin", mpmath.sin, (-30, 60), True),
    ("cos", mpmath.cos, (-30, 60), True),
    ("tan", mpmath.tan, (-30, 60), True),
    ("asin", mpmath.asin, (-40, -1), True),
    ("acos", mpmath.acos, (-40, -1), True),
    ("atan", mpmath.atan, (-40, 60), True),
    ("sinh", mpmath.sinh, (-30, 9), True),
    ("cosh", mpmath.cosh, (-30, 9), True),
    ("tanh", mpmath.tanh, (-30, 4), True),
    ("cbrt", mpmath.cbrt, (-1074, 1023), False),
]


def ulp(x):
    return math.ulp(x) if x != 0 else 2.0**-1074


def draw(rng, lo, hi, signed):
    x = math.ldexp(1 + rng.random(), rng.randint(lo, hi))
    return -x if signed and rng.random() < 0.5 else x


def main():
    tmp = tempfile.mkdtemp()
    lib_path = os.path.join(tmp, "libzm.so")
    subprocess.run(
        ["clang-22", "-O2", "-ffreestanding", "-fno-builtin", "-fPIC", "-shared", "-I", "stdlib/include",
         "-include", "tests/native/rename.h", "stdlib/runtime/math.c", "-lm", "-o", lib_path],
        check=True,
    )
    lib = ctypes.CDLL(lib_path)
    rng = random.Random(1)
    for name, exact, (lo, hi), signed in UNARY:
        f = getattr(lib, "zt_" + name)
        f.restype = ctypes.c_double
        f.argtypes = [ctypes.c_double]
        worst, at = 0.0, None
        for _ in range(SAMPLES):
            x = draw(rng, lo, hi, signed)
            want = exact(mpmath.mpf(x))
            err = abs(mpmath.mpf(f(x)) - want) / ulp(float(want))
            if err > worst:
                worst, at = float(err), x
        print(f"{name:6} max error {worst:.3f} ulp at {at!r}")
    for name, exact, rng_x, rng_y in [
        ("pow", mpmath.power, (-20, 20), (-8, 6)),
        ("atan2", mpmath.atan2, (-60, 60), (-60, 60)),
        ("hypot", lambda a, b: mpmath.sqrt(a * a + b * b), (-60, 60), (-60, 60)),
    ]:
        f = getattr(lib, "zt_" + name)
        f.restype = ctypes.c_double
        f.argtypes = [ctypes.c_double, ctypes.c_double]
        worst, at = 0.0, None
        for _ in range(SAMPLES):
            a, b = draw(rng, *rng_x, name != "pow"), draw(rng, *rng_y, True)
            want = exact(mpmath.mpf(a), mpmath.mpf(b))
            if abs(want) > 1e308 or abs(want) < 1e-307:
                continue
            err = abs(mpmath.mpf(f(a, b)) - want) / ulp(float(want))
            if err > worst:
                worst, at = float(err), (a, b)
        print(f"{name:6} max error {worst:.3f} ulp at {at!r}")


if __name__ == "__main__":
    main()
