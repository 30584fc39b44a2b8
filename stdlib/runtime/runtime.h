/* Runtime-internal definitions shared between source files. */
#ifndef ZK_RUNTIME_H
#define ZK_RUNTIME_H

/* A stream is just a console fd: output is unbuffered, so fflush has
 * nothing to do. */
struct __zk_file {
    int fd;
};

#endif
