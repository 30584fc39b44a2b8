#include <zkvm.h>

/* Declared with parameters; programs defining int main(void) are compatible
 * under the VM's calling convention. */
int main(int argc, char **argv);

void _start(void)
{
    /* C requires argv[argc] == NULL, so argv points at an empty list rather
     * than being NULL itself. */
    static char *argv[1];
    zk_exit(main(0, argv));
}
