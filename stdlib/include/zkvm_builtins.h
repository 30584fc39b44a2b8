/* VM primitives. zkcc lowers calls to these names to single VM instructions;
 * only the runtime should need them. */
#ifndef ZKVM_BUILTINS_H
#define ZKVM_BUILTINS_H

/* Trap kinds passed to __zkvm_trap. */
#define ZKVM_TRAP_UNREACHABLE 0
#define ZKVM_TRAP_ABORT 1
#define ZKVM_TRAP_ASSERT 2
#define ZKVM_TRAP_OOM 3

/* Next private-input byte 0..255, or -1 at end of input. */
int __zkvm_read_byte(void);
/* Console output (fd 1 = stdout, 2 = stderr); not part of the proof statement. */
void __zkvm_write_byte(int fd, int byte);
/* Cycles executed before this instruction (the trace row of the `cycles` instruction). */
unsigned long long __zkvm_cycle_count(void);
/* Append one byte to the public journal. */
void __zkvm_commit_byte(int byte);
__attribute__((noreturn)) void __zkvm_halt(int code);
__attribute__((noreturn)) void __zkvm_trap(int kind);

#endif
