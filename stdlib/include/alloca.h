#ifndef ZK_ALLOCA_H
#define ZK_ALLOCA_H

#include <stddef.h>

/* Stack memory freed when the calling function returns: a dynamic alloca. */
#undef alloca
#define alloca(n) __builtin_alloca(n)

#endif
