/* Static constructors and destructors (llvm.global_ctors/dtors): constructors run in
   ascending priority before main, destructors in descending priority after main
   returns (or exit is called). */
#include <stdio.h>
#include <stdlib.h>

static unsigned table[16];
static int order[8];
static int norder;

__attribute__((constructor(200))) static void fill_table(void) {
  order[norder++] = 200;
  for (int i = 0; i < 16; i++) table[i] = table[i ? i - 1 : 0] * 3u + (unsigned)i + (unsigned)order[0];
}

__attribute__((constructor(101))) static void first(void) {
  order[norder++] = 101;
  printf("constructor 101 runs first\n");
}

__attribute__((constructor)) static void last(void) {
  order[norder++] = 65535;
  printf("default-priority constructor, after %d others\n", norder - 1);
}

__attribute__((destructor(150))) static void d150(void) { printf("destructor 150 (last)\n"); }
__attribute__((destructor(300))) static void d300(void) { printf("destructor 300 (first)\n"); }
__attribute__((destructor)) static void ddefault(void) { printf("default-priority destructor (before 300)\n"); }

int main(void) {
  printf("main: %d constructors ran:", norder);
  for (int i = 0; i < norder; i++) printf(" %d", order[i]);
  printf("\ntable:");
  for (int i = 0; i < 16; i++) printf(" %u", table[i]);
  printf("\n");
  return norder;
}
