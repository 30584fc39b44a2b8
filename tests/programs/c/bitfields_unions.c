/* Bit-fields (signed and unsigned, straddling storage units, packed, zero-width) and
 * unions (type punning between floats and integers, tagged unions, unions of structs),
 * read and written through pointers and by value. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

struct flags {
    unsigned a : 3;
    signed b : 5;
    unsigned c : 12;
    unsigned long long wide : 40; /* straddles the first 64-bit unit */
    signed d : 7;
    unsigned : 0;
    unsigned e : 1;
};

struct __attribute__((packed)) packed {
    uint8_t tag;
    unsigned x : 9;
    signed y : 13;
    uint16_t z;
};

union pun {
    double d;
    float f[2];
    uint64_t u;
    uint8_t bytes[8];
};

struct shape {
    enum { CIRCLE, RECT, TEXT } kind;
    union {
        struct { int r; } circle;
        struct { short w, h; } rect;
        char text[12];
    } as;
};

static long area(const struct shape *s)
{
    switch (s->kind) {
    case CIRCLE: return 3L * s->as.circle.r * s->as.circle.r;
    case RECT: return (long)s->as.rect.w * s->as.rect.h;
    default: return (long)strlen(s->as.text);
    }
}

static struct flags __attribute__((noinline)) bump(struct flags f, int k)
{
    f.a += k;
    f.b -= k;
    f.c ^= 0xabc;
    f.wide += 0xffffffffffull * k;
    f.d = -f.d;
    f.e = !f.e;
    return f;
}

int main(void)
{
    volatile int seed = 7;
    struct flags f = {0};
    for (int i = 0; i < 20; i++) {
        f = bump(f, seed + i);
        printf("a=%u b=%d c=%u wide=%llx d=%d e=%u\n", f.a, f.b, f.c, (unsigned long long)f.wide, f.d, f.e);
    }
    printf("sizeof flags %zu packed %zu\n", sizeof(struct flags), sizeof(struct packed));

    struct packed p[4];
    memset(p, 0xa5, sizeof p);
    for (int i = 0; i < 4; i++) {
        p[i].x = (unsigned)(seed * 97 * (i + 1));
        p[i].y = -seed * 300 * i;
        p[i].z += (uint16_t)i;
    }
    for (int i = 0; i < 4; i++) printf("tag %u x %u y %d z %u\n", p[i].tag, p[i].x, p[i].y, p[i].z);
    const uint8_t *raw = (const uint8_t *)p;
    for (size_t i = 0; i < sizeof p; i++) printf("%02x", raw[i]);
    printf("\n");

    union pun u;
    u.d = -1.5 * seed;
    printf("double %g bits %016llx bytes", u.d, (unsigned long long)u.u);
    for (int i = 0; i < 8; i++) printf(" %02x", u.bytes[i]);
    u.f[0] = 3.25f;
    u.f[1] = -0.0f;
    printf("\nfloats -> u %016llx\n", (unsigned long long)u.u);

    struct shape shapes[3] = {{CIRCLE, {.circle = {seed}}}, {RECT, {.rect = {300, -4}}}, {TEXT, {.text = "bit-fields"}}};
    long total = 0;
    for (int i = 0; i < 3; i++) total += area(&shapes[i]);
    shapes[1].as.circle.r = 0x00020003; /* reinterpret the rect's storage */
    printf("total %ld rect now %d x %d\n", total, shapes[1].as.rect.w, shapes[1].as.rect.h);
    return 0;
}
