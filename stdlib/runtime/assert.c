#include <assert.h>
#include <stdio.h>
#include <zkvm_builtins.h>

void __assert_fail(const char *expr, const char *file, unsigned line, const char *func)
{
    fprintf(stderr, "Assertion failed: %s (%s: %s: %u)\n", expr, file, func, line);
    __zkvm_trap(ZKVM_TRAP_ASSERT);
}
