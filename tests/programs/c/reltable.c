/* Relative-pointer tables: clang -O2 turns `static const char *const t[]` indexed by a
   variable into `llvm.load.relative` over an i32 table of address differences
   (`trunc (sub (ptrtoint @str, ptrtoint @table))` initialisers). */
#include <stdio.h>

static const char *const names[] = {"zero", "one", "two", "three", "four", "five", "six"};
static const char *const colours[] = {"red", "green", "blue", "", "a much longer colour name"};

__attribute__((noinline)) static const char *name_of(unsigned i) { return names[i % 7]; }
__attribute__((noinline)) static const char *colour_of(unsigned i) { return colours[i % 5]; }

int main(void) {
  unsigned s = 7;
  for (int i = 0; i < 20; i++) {
    s = s * 1103515245u + 12345u;
    printf("%2d %-6s", i, name_of(s >> 16));
    printf(" %s\n", colour_of(s >> 8));
  }
  puts(name_of(3));
  return 0;
}
