/* Fuzz seed that needs no runtime: recursion, a loop over a global array, bit tricks. */
static unsigned int fib(unsigned int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }

unsigned long data[6] = {1, 1, 2, 3, 5, 8};

int main(void) {
    unsigned long h = 0xcbf29ce484222325ul;
    for (int i = 0; i < 6; i++)
        h = (h ^ data[i]) * 0x100000001b3ul;
    h += __builtin_popcountl(h) + __builtin_clzl(h | 1);
    return (int)((h ^ fib(10)) & 0x7f);
}
