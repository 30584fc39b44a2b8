// Variadic arguments of structs holding floats and doubles, then later arguments.
#include <stdarg.h>
#include <stdio.h>

struct f2 { float a, b; };
struct f3 { float a, b, c; };
struct f4 { float a, b, c, d; };
struct fd { float a; double b; };
struct d2 { double a, b; };
struct fi { float a; int b; };
struct big { float v[6]; };

static void show(const char *tag, int n, ...) {
    va_list ap;
    va_start(ap, n);
    struct f2 x = va_arg(ap, struct f2);
    struct f3 y = va_arg(ap, struct f3);
    struct f4 z = va_arg(ap, struct f4);
    struct fd w = va_arg(ap, struct fd);
    struct d2 u = va_arg(ap, struct d2);
    struct fi v = va_arg(ap, struct fi);
    struct big g = va_arg(ap, struct big);
    int tail = va_arg(ap, int);
    double last = va_arg(ap, double);
    va_end(ap);
    printf("%s %d: %g %g | %g %g %g | %g %g %g %g | %g %g | %g %g | %g %d\n", tag, n, x.a, x.b, y.a, y.b, y.c,
           z.a, z.b, z.c, z.d, w.a, w.b, u.a, u.b, v.a, v.b);
    printf("  big %g %g %g %g %g %g, tail %d, last %g\n", g.v[0], g.v[1], g.v[2], g.v[3], g.v[4], g.v[5], tail, last);
}

int main(void) {
    volatile float s = 1.5f;
    struct f2 x = {s, s * 2};
    struct f3 y = {s * 3, s * 4, s * 5};
    struct f4 z = {s * 6, s * 7, s * 8, s * 9};
    struct fd w = {s * 10, s * 11.25};
    struct d2 u = {s * 12, s * 13};
    struct fi v = {s * 14, 15};
    struct big g = {{s, s + 1, s + 2, s + 3, s + 4, s + 5}};
    show("structs", 9, x, y, z, w, u, v, g, 42, s * 100.0);
    return 0;
}
