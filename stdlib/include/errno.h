/* Same errno ABI and values as glibc on x86-64 Linux. */
#ifndef ZK_ERRNO_H
#define ZK_ERRNO_H

int *__errno_location(void) __attribute__((__const__));
#define errno (*__errno_location())

#define ENOMEM 12
#define EINVAL 22
#define EDOM 33
#define ERANGE 34
#define EOVERFLOW 75
#define EILSEQ 84

#endif
