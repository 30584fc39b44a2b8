/* Computed goto (GCC's `&&label` and `goto *p`): indirectbr and blockaddress, with a
   static label table (a threaded interpreter), a local table, and the relative
   `&&label - &&base` offset idiom. */
#include <stdio.h>

enum { OP_PUSH, OP_ADD, OP_MUL, OP_DUP, OP_SWAP, OP_JNZ, OP_DEC, OP_PRINT, OP_HALT };

__attribute__((noinline)) static long run(const int *code) {
  static void *const dispatch[] = {&&push, &&add, &&mul, &&dup, &&swap, &&jnz, &&dec, &&print, &&halt};
  long stack[64];
  int sp = 0;
  const int *pc = code;
  long steps = 0;
#define NEXT                  \
  do {                        \
    steps++;                  \
    goto *dispatch[*pc++];    \
  } while (0)
  NEXT;
push:
  stack[sp++] = *pc++;
  NEXT;
add:
  sp--;
  stack[sp - 1] += stack[sp];
  NEXT;
mul:
  sp--;
  stack[sp - 1] *= stack[sp];
  NEXT;
dup:
  stack[sp] = stack[sp - 1];
  sp++;
  NEXT;
swap: {
  long t = stack[sp - 1];
  stack[sp - 1] = stack[sp - 2];
  stack[sp - 2] = t;
  NEXT;
}
jnz: {
  int target = *pc++;
  if (stack[sp - 1] != 0) pc = code + target;
  NEXT;
}
dec:
  stack[sp - 1]--;
  NEXT;
print:
  printf("  top=%ld sp=%d\n", stack[sp - 1], sp);
  NEXT;
halt:
  printf("  halted after %ld steps\n", steps);
  return stack[sp - 1];
#undef NEXT
}

/* The offset-table idiom: label differences stored as ints. */
__attribute__((noinline)) static int classify(unsigned v) {
  static const int offsets[] = {&&small - &&small, &&medium - &&small, &&large - &&small, &&huge - &&small};
  unsigned k = v < 10 ? 0 : v < 100 ? 1 : v < 1000 ? 2 : 3;
  goto *(&&small + offsets[k]);
small:
  return (int)v * 2;
medium:
  return (int)v + 1000;
large:
  return (int)(v % 77) - 5;
huge:
  return -1;
}

/* A label pointer chosen at run time and kept in a local variable. */
__attribute__((noinline)) static int state_machine(const char *s) {
  void *state = &&even;
  int flips = 0;
  for (; *s; s++) {
    if (*s == '1') {
      flips++;
      state = state == &&even ? &&odd : &&even;
    }
  }
  goto *state;
even:
  return flips * 10;
odd:
  return flips * 10 + 1;
}

int main(void) {
  const int prog[] = {OP_PUSH, 3, OP_PUSH, 4, OP_ADD, OP_PUSH, 5, OP_MUL, OP_PRINT, OP_DUP, OP_ADD, OP_PUSH, 6,
                      /* 13: */ OP_PRINT, OP_DEC, OP_JNZ, 13, OP_SWAP, OP_PRINT, OP_HALT};
  long r = run(prog);
  printf("run -> %ld\n", r);
  unsigned vals[] = {0, 7, 42, 99, 100, 512, 999, 1000, 123456};
  for (unsigned i = 0; i < sizeof vals / sizeof vals[0]; i++) printf("classify(%u) = %d\n", vals[i], classify(vals[i]));
  printf("%d %d %d\n", state_machine("1101"), state_machine("0000"), state_machine("111"));
  return (int)(r & 0x7f);
}
