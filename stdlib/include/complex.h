#ifndef ZK_COMPLEX_H
#define ZK_COMPLEX_H

/* C99 complex numbers. Multiplication and division call __mul?c3 and __div?c3
 * (compiler/rt/complex.c), which recover infinities from NaN results as C's Annex G
 * asks. The accessors are inline; cabs is hypot. */

#define complex _Complex
#define _Complex_I (__extension__ 1.0iF)
#define I _Complex_I
#define CMPLX(x, y) __builtin_complex((double)(x), (double)(y))
#define CMPLXF(x, y) __builtin_complex((float)(x), (float)(y))
#define CMPLXL(x, y) __builtin_complex((long double)(x), (long double)(y))

static __inline double creal(double _Complex z) { return __real__ z; }
static __inline double cimag(double _Complex z) { return __imag__ z; }
static __inline double _Complex conj(double _Complex z) { return __builtin_complex(__real__ z, -__imag__ z); }
static __inline float crealf(float _Complex z) { return __real__ z; }
static __inline float cimagf(float _Complex z) { return __imag__ z; }
static __inline float _Complex conjf(float _Complex z) { return __builtin_complex(__real__ z, -__imag__ z); }
static __inline long double creall(long double _Complex z) { return __real__ z; }
static __inline long double cimagl(long double _Complex z) { return __imag__ z; }
static __inline long double _Complex conjl(long double _Complex z) { return __builtin_complex(__real__ z, -__imag__ z); }

double hypot(double x, double y);
float hypotf(float x, float y);
static __inline double cabs(double _Complex z) { return hypot(__real__ z, __imag__ z); }
static __inline float cabsf(float _Complex z) { return hypotf(__real__ z, __imag__ z); }

#endif
