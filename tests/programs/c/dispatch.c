/* Function pointers, dense and sparse switches, a table-driven state machine. */
#include <stdio.h>

typedef long (*binop)(long, long);
static long add(long a, long b) { return a + b; }
static long sub(long a, long b) { return a - b; }
static long mul(long a, long b) { return a * b; }
static long maxl(long a, long b) { return a > b ? a : b; }

static const struct {
    const char *name;
    binop fn;
} ops[] = {{"add", add}, {"sub", sub}, {"mul", mul}, {"max", maxl}};

static const char *classify(int c) {
    switch (c) {
    case 0: return "zero";
    case 1: return "one";
    case 2: return "two";
    case 3: return "three";
    case 4: return "four";
    case 5: return "five";
    case 100: return "hundred";
    case -7: return "minus seven";
    case 1000000: return "million";
    default: return "other";
    }
}

enum state { START, IN_WORD, IN_NUMBER };

int main(void) {
    long acc = 1;
    for (int i = 0; i < 16; i++) {
        int k = (i * 7 + 3) % 4;
        acc = ops[k].fn(acc, i + 1);
        printf("%s(%d) -> %ld\n", ops[k].name, i + 1, acc);
    }
    int probes[] = {0, 3, 5, 6, 100, -7, 1000000, 42, 2};
    for (unsigned i = 0; i < sizeof probes / sizeof probes[0]; i++)
        printf("%d is %s\n", probes[i], classify(probes[i]));
    const char *text = "abc 123 de 4 5 fgh 67";
    enum state s = START;
    int words = 0, numbers = 0;
    for (const char *p = text;; p++) {
        char c = *p;
        int letter = c >= 'a' && c <= 'z', digit = c >= '0' && c <= '9';
        switch (s) {
        case START:
            if (letter) { s = IN_WORD; words++; }
            else if (digit) { s = IN_NUMBER; numbers++; }
            break;
        case IN_WORD:
            if (!letter) s = START;
            break;
        case IN_NUMBER:
            if (!digit) s = START;
            break;
        }
        if (!c)
            break;
    }
    printf("words=%d numbers=%d\n", words, numbers);
    return 0;
}
