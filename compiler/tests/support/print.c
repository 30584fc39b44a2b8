/* Output helpers linked with the IR tests (compiled by clang-22 to IR, so they go
 * through zkcc too). Only the zkvm builtins are used: no runtime needed. */
extern void __zkvm_write_byte(int fd, int byte);

void print_str(const char *s) {
    while (*s) __zkvm_write_byte(1, *s++);
}

void print_u64(unsigned long v) {
    char buf[24];
    int i = 0;
    do {
        buf[i++] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    while (i) __zkvm_write_byte(1, buf[--i]);
    __zkvm_write_byte(1, '\n');
}

void print_i64(long v) {
    if (v < 0) {
        __zkvm_write_byte(1, '-');
        print_u64(-(unsigned long)v);
    } else {
        print_u64((unsigned long)v);
    }
}

void print_hex(unsigned long v) {
    for (int i = 60; i >= 0; i -= 4) __zkvm_write_byte(1, "0123456789abcdef"[(v >> i) & 15]);
    __zkvm_write_byte(1, '\n');
}
