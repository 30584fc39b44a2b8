#!/bin/sh
# Builds the runtime for the host (symbols renamed by rename.h) and diffs it
# against glibc. Run from the repository root:
#     sh tests/native/run_checks.sh
# CC defaults to clang-22; outputs go to a temporary directory.
set -eu
CC=${CC:-clang-22}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

for src in stdlib/runtime/*.c; do
    obj="$tmp/$(basename "$src" .c).o"
    "$CC" -O2 -ffreestanding -fno-builtin -Wall -Wextra -Werror -I stdlib/include \
        -include tests/native/rename.h -c "$src" -o "$obj"
done

"$CC" -O2 -Wall -Wextra -Werror tests/native/printf_check.c "$tmp/printf.o" "$tmp/errno.o" \
    -o "$tmp/printf_check"
"$tmp/printf_check"

# The allocator gets libc_check's 16 MiB zt_heap as its heap.
"$CC" -O2 -Wall -Wextra -Werror tests/native/libc_check.c "$tmp/string.o" "$tmp/malloc.o" \
    "$tmp/stdlib.o" "$tmp/qsort.o" "$tmp/rand.o" "$tmp/ctype.o" "$tmp/errno.o" \
    -Wl,--defsym=__heap_start=zt_heap -Wl,--defsym=__heap_end=zt_heap+16777216 \
    -o "$tmp/libc_check"
"$tmp/libc_check"

"$CC" -O2 -Wall -Wextra -Werror tests/native/math_check.c "$tmp/math.o" -lm -o "$tmp/math_check"
"$tmp/math_check"

"$CC" -O2 -ffreestanding -fno-builtin -Wall -Wextra -Werror -include tests/native/rename.h \
    -c compiler/rt/softfloat_xf.c -o "$tmp/softfloat_xf.o"
"$CC" -O2 -Wall -Wextra -Werror tests/native/xfloat_check.c "$tmp/softfloat_xf.o" -lm -o "$tmp/xfloat_check"
"$tmp/xfloat_check"
