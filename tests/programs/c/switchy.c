#include <stdio.h>

static int dense(int x) {
    switch (x) {
    case 0: return 11; case 1: return 22; case 2: return 33; case 3: return 44;
    case 4: return 55; case 5: return 66; case 6: return 77; case 7: return 88;
    default: return -1;
    }
}

static const char *sparse(long x) {
    switch (x) {
    case -1000000000000L: return "neg-big";
    case -5: return "neg";
    case 0: return "zero";
    case 17: return "seventeen";
    case 1000: return "thousand";
    case 65536: return "64k";
    case 1L << 40: return "2^40";
    default: return "other";
    }
}

static unsigned char classify(unsigned char c) {
    switch (c) {
    case 'a' ... 'z': return 1;
    case 'A' ... 'Z': return 2;
    case '0' ... '9': return 3;
    case ' ': case '\t': case '\n': return 4;
    default: return 0;
    }
}

int main(void) {
    long t = 0;
    for (int i = -3; i < 12; i++) t = t * 3 + dense(i);
    printf("dense %ld\n", t);
    long xs[] = {-1000000000000L, -5, 0, 17, 1000, 65536, 1L << 40, 3, -6, 1001};
    for (unsigned i = 0; i < sizeof xs / sizeof xs[0]; i++) printf("%s ", sparse(xs[i]));
    printf("\n");
    const char *s = "Hello, World 42!\tok\n";
    int counts[5] = {0};
    for (const char *p = s; *p; p++) counts[classify((unsigned char)*p)]++;
    for (int i = 0; i < 5; i++) printf("%d ", counts[i]);
    printf("\n");
    return 0;
}
