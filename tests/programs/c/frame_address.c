// __builtin_frame_address and __builtin_return_address (llvm.frameaddress and
// llvm.returnaddress): only what holds whatever the addresses are is printed.
#include <stdio.h>

static volatile int calls;

__attribute__((noinline)) static void *return_address(void) {
    calls++; // a side effect: the calls stay apart
    return __builtin_return_address(0);
}
__attribute__((noinline)) static void *parent_frame(void) { return __builtin_frame_address(1); }
__attribute__((noinline)) static void *own_frame(void) { return __builtin_frame_address(0); }

__attribute__((noinline)) static int frames_differ(int depth) {
    void *here = __builtin_frame_address(0);
    if (depth == 0)
        return 1;
    void *inner = own_frame();
    return here != inner && parent_frame() == here && frames_differ(depth - 1);
}

int main(void) {
    volatile int n = 3;
    void *same[3];
    for (int i = 0; i < n; i++)
        same[i] = return_address();
    void *other = return_address();
    printf("one call site, one return address: %d\n", same[0] == same[1] && same[1] == same[2]);
    printf("another call site, another: %d\n", other != same[0]);
    printf("parent frame is the caller's: %d\n", parent_frame() == __builtin_frame_address(0));
    printf("frames of a recursion differ: %d\n", frames_differ(5));
    printf("%d calls\n", calls);
    return 0;
}
