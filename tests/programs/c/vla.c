/* C variable-length arrays: dynamically sized allocas with llvm.stacksave and
   llvm.stackrestore in loops, VLAs live across calls (which must not clobber them),
   recursion with a VLA per level, and __builtin_alloca. */
#include <stdio.h>
#include <string.h>

__attribute__((noinline)) static unsigned long checksum(const unsigned char *p, unsigned n) {
  unsigned long h = 1469598103u;
  for (unsigned i = 0; i < n; i++) h = (h ^ p[i]) * 1099511628211ul;
  return h;
}

__attribute__((noinline)) static void fill(long *a, unsigned n, long seed) {
  for (unsigned i = 0; i < n; i++) a[i] = seed * 31 + (long)i * i;
}

/* Each level keeps a VLA alive across the recursive call. */
__attribute__((noinline)) static long rec(unsigned depth, unsigned n) {
  long a[n + 1];
  fill(a, n + 1, depth);
  long below = depth ? rec(depth - 1, n + 3) : 0;
  long s = 0;
  for (unsigned i = 0; i <= n; i++) s += a[i];
  return s + below * 3;
}

__attribute__((noinline)) static unsigned long matrix(unsigned rows, unsigned cols) {
  double m[rows][cols];
  for (unsigned r = 0; r < rows; r++)
    for (unsigned c = 0; c < cols; c++) m[r][c] = (double)(r * cols + c) / 4.0;
  double t = 0;
  for (unsigned r = 0; r < rows; r++) t += m[r][(r * 7) % cols];
  return (unsigned long)(t * 100);
}

__attribute__((noinline)) static unsigned long with_alloca(unsigned n) {
  char *p = __builtin_alloca(n);
  memset(p, 'x', n);
  p[n / 2] = 'y';
  return checksum((unsigned char *)p, n);
}

int main(void) {
  unsigned long total = 0;
  for (unsigned k = 1; k < 40; k += 3) {
    /* A VLA inside a loop body: stacksave/stackrestore each iteration. */
    unsigned char buf[k * 5 + 1];
    for (unsigned i = 0; i < k * 5 + 1; i++) buf[i] = (unsigned char)(i * k + 7);
    unsigned long h = checksum(buf, k * 5 + 1);
    long r = rec(k % 9, k);
    printf("k=%2u h=%016lx rec=%ld m=%lu a=%lx\n", k, h, r, matrix(k % 5 + 1, k % 7 + 2), with_alloca(k * 11));
    total += h ^ (unsigned long)r;
  }
  for (int i = 0; i < 2000; i++) {
    int v[i % 50 + 1];
    v[i % 50] = i;
    total += (unsigned long)v[i % 50];
  }
  printf("total %lx\n", total);
  return 0;
}
