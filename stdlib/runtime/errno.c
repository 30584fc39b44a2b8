#include <errno.h>

static int errno_value;

/* glibc's errno ABI: errno expands to (*__errno_location()). */
int *__errno_location(void)
{
    return &errno_value;
}
