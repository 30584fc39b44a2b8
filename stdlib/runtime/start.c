#include <stdlib.h>
#include <zkvm.h>

/* Declared with parameters; programs defining int main(void) are compatible
 * under the VM's calling convention. */
int main(int argc, char **argv);

/* Synthesised by zkcc from llvm.global_ctors (empty when there are none). */
void __zkcc_run_ctors(void);

void _start(void)
{
    /* C requires argv[argc] == NULL, so argv points at an empty list rather
     * than being NULL itself. */
    static char *argv[1];
    __zkcc_run_ctors();
    /* exit runs the static destructors. */
    exit(main(0, argv));
}
