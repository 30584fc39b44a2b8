/* Recursion: naive Fibonacci, Ackermann, Hanoi, and a recursion thousands deep. */
#include <stdio.h>

static unsigned fib(unsigned n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }

static unsigned long ack(unsigned long m, unsigned long n) {
    if (m == 0)
        return n + 1;
    if (n == 0)
        return ack(m - 1, 1);
    return ack(m - 1, ack(m, n - 1));
}

static long moves;
static void hanoi(int n, int from, int to, int via) {
    if (n == 0)
        return;
    hanoi(n - 1, from, via, to);
    moves++;
    hanoi(n - 1, via, to, from);
}

static long deep(long n, volatile long *sink) {
    long local[4] = {n, n * 2, n * 3, n * 4};
    *sink += local[n % 4];
    return n == 0 ? 0 : 1 + deep(n - 1, sink);
}

int main(void) {
    printf("fib(20) = %u\n", fib(20));
    printf("ack(2, 3) = %lu\n", ack(2, 3));
    hanoi(10, 1, 3, 2);
    printf("hanoi(10) = %ld moves\n", moves);
    volatile long sink = 0;
    printf("deep = %ld, sink = %ld\n", deep(5000, &sink), (long)sink);
    return 0;
}
