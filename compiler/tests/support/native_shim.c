/* Native stand-ins for the zkvm builtins, for running IR tests natively. */
#include <stdio.h>
#include <unistd.h>

int __zkvm_read_byte(void) {
    int c = getchar();
    return c == EOF ? -1 : c;
}
void __zkvm_write_byte(int fd, int byte) { fputc(byte, fd == 1 ? stdout : stderr); }
void __zkvm_commit_byte(int byte) { (void)byte; }
void __zkvm_halt(int code) {
    fflush(stdout);
    _exit(code & 0xff);
}
void __zkvm_trap(int kind) {
    (void)kind;
    fflush(stdout);
    _exit(134);
}
