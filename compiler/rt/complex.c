/* C99 complex multiplication and division (__mulsc3 ... __divxc3), which clang calls for
 * `_Complex` operands. A NaN result of the plain formula is recovered as C11 Annex G
 * (G.5.1) describes, so that an infinite operand gives an infinite result. Division is
 * Smith's algorithm, with the operands scaled when the divisor is very large or very
 * small, as libgcc computes it (native results match bit for bit on ordinary values).
 * Every definition is weak. */

#include <float.h>

#define WEAK __attribute__((weak))

#define DEFINE_COMPLEX(T, SUFFIX, MUL, DIV, INF, MAX, MIN, EPS)                                  \
    static T copysign_##SUFFIX(T x, T y) { return __builtin_copysign##SUFFIX(x, y); }             \
    static T fabs_##SUFFIX(T x) { return __builtin_fabs##SUFFIX(x); }                             \
    /* 1 or 0 with x's sign, for an infinite or finite x. */                                      \
    static T box_##SUFFIX(T x) { return copysign_##SUFFIX(__builtin_isinf(x) ? 1 : 0, x); }       \
    static T unnan_##SUFFIX(T x) { return __builtin_isnan(x) ? copysign_##SUFFIX(0, x) : x; }      \
                                                                                                  \
    WEAK T _Complex MUL(T a, T b, T c, T d) {                                                     \
        T ac = a * c, bd = b * d, ad = a * d, bc = b * c;                                         \
        T x = ac - bd, y = ad + bc;                                                               \
        if (__builtin_isnan(x) && __builtin_isnan(y)) {                                           \
            int recalc = 0;                                                                       \
            if (__builtin_isinf(a) || __builtin_isinf(b)) {                                       \
                a = box_##SUFFIX(a), b = box_##SUFFIX(b);                                         \
                c = unnan_##SUFFIX(c), d = unnan_##SUFFIX(d);                                     \
                recalc = 1;                                                                       \
            }                                                                                     \
            if (__builtin_isinf(c) || __builtin_isinf(d)) {                                       \
                c = box_##SUFFIX(c), d = box_##SUFFIX(d);                                         \
                a = unnan_##SUFFIX(a), b = unnan_##SUFFIX(b);                                     \
                recalc = 1;                                                                       \
            }                                                                                     \
            if (!recalc && (__builtin_isinf(ac) || __builtin_isinf(bd) || __builtin_isinf(ad) ||  \
                            __builtin_isinf(bc))) {                                               \
                a = unnan_##SUFFIX(a), b = unnan_##SUFFIX(b);                                     \
                c = unnan_##SUFFIX(c), d = unnan_##SUFFIX(d);                                     \
                recalc = 1;                                                                       \
            }                                                                                     \
            if (recalc) {                                                                         \
                x = INF * (a * c - b * d);                                                        \
                y = INF * (a * d + b * c);                                                        \
            }                                                                                     \
        }                                                                                         \
        return __builtin_complex(x, y);                                                           \
    }                                                                                             \
                                                                                                  \
    WEAK T _Complex DIV(T a, T b, T c, T d) {                                                     \
        const T big = MAX / 2, small = MIN, tiny = EPS, scale = 1 / EPS, big2 = big * EPS;        \
        T x, y;                                                                                   \
        /* Smith: divide through by the larger of |c| and |d|; p/q name them. */                  \
        int swap = !(fabs_##SUFFIX(c) < fabs_##SUFFIX(d));                                        \
        T p = swap ? d : c, q = swap ? c : d;                                                     \
        if (fabs_##SUFFIX(q) >= big) a /= 2, b /= 2, p /= 2, q /= 2;                              \
        if (fabs_##SUFFIX(q) < tiny ||                                                            \
            (fabs_##SUFFIX(a) < small && fabs_##SUFFIX(b) < big2 && fabs_##SUFFIX(q) < big2) ||   \
            (fabs_##SUFFIX(b) < small && fabs_##SUFFIX(a) < big2 && fabs_##SUFFIX(q) < big2))     \
            a *= scale, b *= scale, p *= scale, q *= scale;                                       \
        T ratio = p / q, denom = p * ratio + q;                                                   \
        int direct = fabs_##SUFFIX(ratio) > small;                                                \
        if (!swap) {                                                                              \
            x = (direct ? a * ratio : p * (a / q)) + b;                                           \
            y = (direct ? b * ratio : p * (b / q)) - a;                                           \
        } else {                                                                                  \
            x = (direct ? b * ratio : p * (b / q)) + a;                                           \
            y = b - (direct ? a * ratio : p * (a / q));                                           \
        }                                                                                         \
        x /= denom;                                                                               \
        y /= denom;                                                                               \
        if (__builtin_isnan(x) && __builtin_isnan(y)) {                                           \
            if (c == 0 && d == 0 && (!__builtin_isnan(a) || !__builtin_isnan(b))) {               \
                x = copysign_##SUFFIX(INF, c) * a;                                                \
                y = copysign_##SUFFIX(INF, c) * b;                                                \
            } else if ((__builtin_isinf(a) || __builtin_isinf(b)) && __builtin_isfinite(c) &&     \
                       __builtin_isfinite(d)) {                                                   \
                a = box_##SUFFIX(a), b = box_##SUFFIX(b);                                         \
                x = INF * (a * c + b * d);                                                        \
                y = INF * (b * c - a * d);                                                        \
            } else if ((__builtin_isinf(c) || __builtin_isinf(d)) && __builtin_isfinite(a) &&     \
                       __builtin_isfinite(b)) {                                                   \
                c = box_##SUFFIX(c), d = box_##SUFFIX(d);                                         \
                x = 0 * (a * c + b * d);                                                          \
                y = 0 * (b * c - a * d);                                                          \
            }                                                                                     \
        }                                                                                         \
        return __builtin_complex(x, y);                                                           \
    }

DEFINE_COMPLEX(float, f, __mulsc3, __divsc3, __builtin_inff(), FLT_MAX, FLT_MIN, FLT_EPSILON)
DEFINE_COMPLEX(double, , __muldc3, __divdc3, __builtin_inf(), DBL_MAX, DBL_MIN, DBL_EPSILON)
DEFINE_COMPLEX(long double, l, __mulxc3, __divxc3, __builtin_infl(), LDBL_MAX, LDBL_MIN, LDBL_EPSILON)
