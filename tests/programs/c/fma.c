/* Fused multiply-add (llvm.fma.f64/f32 through __builtin_fma/fmaf) against glibc's
 * correctly rounded fma: random operands of every class, products that nearly cancel
 * the addend (where a double rounding would show), subnormal and overflowing results.
 * Prints a digest of the result bits and the first results of each group. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

static uint64_t state = 0x9e3779b97f4a7c15u;

static uint64_t next(void) /* xorshift64* */
{
    state ^= state >> 12;
    state ^= state << 25;
    state ^= state >> 27;
    return state * 0x2545f4914f6cdd1du;
}

static double d(uint64_t b) { double x; memcpy(&x, &b, 8); return x; }
static uint64_t db(double x) { uint64_t b; memcpy(&b, &x, 8); return b; }
static float f(uint32_t b) { float x; memcpy(&x, &b, 4); return x; }
static uint32_t fb(float x) { uint32_t b; memcpy(&b, &x, 4); return b; }

/* A double whose exponent is drawn from a narrow band around 1 or from everywhere. */
static double rnd(int wide)
{
    uint64_t r = next();
    if (wide) return d(r);
    return d((r & 0x800fffffffffffffu) | ((uint64_t)(1023 - 8 + (next() % 16)) << 52));
}

static const uint64_t specials[] = {
    0, 0x8000000000000000u, 0x3ff0000000000000u, 0xbff0000000000000u, 0x7ff0000000000000u,
    0xfff0000000000000u, 0x7ff8000000000000u, 0x0000000000000001u, 0x000fffffffffffffu,
    0x7fefffffffffffffu, 0x0010000000000000u, 0x3ff0000000000001u,
};
#define NSPECIAL (sizeof specials / sizeof specials[0])

static uint64_t digest = 0;
static void mix(uint64_t x) { digest = (digest ^ x) * 0x100000001b3u; }

int main(void)
{
    /* Every combination of special values (NaN results compared by class only: which
     * NaN comes out is implementation-defined). */
    for (unsigned i = 0; i < NSPECIAL; i++)
        for (unsigned j = 0; j < NSPECIAL; j++)
            for (unsigned k = 0; k < NSPECIAL; k++) {
                double r = __builtin_fma(d(specials[i]), d(specials[j]), d(specials[k]));
                mix(r != r ? 1 : db(r));
            }
    printf("specials %016llx\n", (unsigned long long)digest);

    for (int group = 0; group < 4; group++) {
        digest = 0;
        for (int n = 0; n < 3000; n++) {
            double a = rnd(group == 3), b = rnd(group == 3), c;
            switch (group) {
            case 0: c = rnd(0); break;
            case 1: c = -(a * b) * (1 + (double)(next() % 5 - 2) * 0x1p-52); break; /* cancellation */
            case 2: c = d(next() & 0x800fffffffffffffu); a *= 0x1p-520; b *= 0x1p-510; break; /* subnormal */
            default: c = rnd(1); break;
            }
            double r = __builtin_fma(a, b, c);
            mix(r != r ? 1 : db(r));
            if (n < 3) printf("  %a * %a + %a = %a\n", a, b, c, r);
        }
        printf("double group %d %016llx\n", group, (unsigned long long)digest);
    }

    digest = 0;
    for (int n = 0; n < 5000; n++) {
        uint64_t r = next();
        float a = f((uint32_t)r), b = f((uint32_t)(r >> 32)), c;
        if (n % 2) {
            a = f(((uint32_t)r & 0x807fffffu) | (uint32_t)(127 - 4 + n % 8) << 23);
            b = f(((uint32_t)(r >> 32) & 0x807fffffu) | (uint32_t)(127 - 4 + n % 5) << 23);
            c = -(float)((double)a * b) * (1 + (float)(next() % 3) * 0x1p-23f);
        } else {
            c = f((uint32_t)next());
        }
        float x = __builtin_fmaf(a, b, c);
        mix(x != x ? 1 : fb(x));
        if (n < 4) printf("  %a * %a + %a = %a\n", a, b, c, x);
    }
    printf("float %016llx\n", (unsigned long long)digest);
    return 0;
}
