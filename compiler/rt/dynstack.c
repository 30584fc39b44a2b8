/* The dynamic-alloca stack (C VLAs, `alloca(n)`). zkvm frames grow upward and a call
 * places its callee at a static offset above the caller's fixed frame, so memory of
 * run-time size cannot live in the frame. zkcc rewrites each dynamically sized alloca
 * into __zkcc_dyn_alloc, `llvm.stacksave`/`stackrestore` into __zkcc_dyn_save/restore,
 * and makes every function that allocates save the top on entry and restore it on
 * return, so this region is used strictly LIFO. Exhausting it traps (out of memory). */

#include <zkvm_builtins.h>

typedef unsigned long u64;

#define WEAK __attribute__((weak))
#define DYN_STACK_BYTES (8ul << 20)

static unsigned char dyn_stack[DYN_STACK_BYTES] __attribute__((aligned(64)));
static u64 dyn_top;

WEAK void *__zkcc_dyn_alloc(u64 size, u64 align) {
    u64 base = (u64)dyn_stack;
    u64 p = (base + dyn_top + (align - 1)) & ~(align - 1);
    u64 used = p - base;
    if (used > DYN_STACK_BYTES || size > DYN_STACK_BYTES - used)
        __zkvm_trap(ZKVM_TRAP_OOM);
    dyn_top = used + size;
    return (void *)p;
}

WEAK void *__zkcc_dyn_save(void) {
    return (void *)dyn_top;
}

WEAK void __zkcc_dyn_restore(void *top) {
    dyn_top = (u64)top;
}
