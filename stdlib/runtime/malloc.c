/* Heap allocator over [__heap_start, __heap_end), which the linker defines.
 *
 * Chunks carry a 16-byte header (own size and the size of the chunk just
 * below), so both neighbours of a chunk are reachable and freed chunks are
 * merged with free neighbours at once; no two free chunks are ever adjacent.
 * Free chunks sit in doubly linked lists segregated by power-of-two size
 * class; the unallocated tail of the heap ("top") serves what no list can.
 * Payloads are 16-byte aligned. Exhaustion traps (ZKVM_TRAP_OOM) instead of
 * returning NULL: a guest cannot recover and a trap names the cause. */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <zkvm_builtins.h>

extern char __heap_start[];
extern char __heap_end[];

struct chunk {
    size_t prev_size; /* size of the chunk just below; 0 for the lowest one */
    size_t size;      /* whole chunk incl. header, multiple of 16; | IN_USE */
    /* Only in free chunks, overlaying the payload: */
    struct chunk *next, *prev;
};

#define IN_USE ((size_t)1)
#define HEADER (2 * sizeof(size_t))
#define MIN_CHUNK sizeof(struct chunk)
#define ALIGN 16
/* Class k holds chunks of 32 << k up to 64 << k bytes; the last one is open
 * ended. Addresses are 32-bit, so 27 classes cover any possible heap. */
#define NCLASSES 27

static struct chunk *free_lists[NCLASSES];
static char *top;       /* start of the unallocated tail */
static size_t top_prev; /* size of the chunk just below top; 0 if none */
static char *untouched; /* highest top so far: memory above was never written */

static size_t chunk_size(const struct chunk *c)
{
    return c->size & ~IN_USE;
}

static struct chunk *chunk_at(void *addr)
{
    return addr;
}

static struct chunk *chunk_of(void *payload)
{
    return chunk_at((char *)payload - HEADER);
}

static void *payload_of(struct chunk *c)
{
    return (char *)c + HEADER;
}

static unsigned size_class(size_t size)
{
    unsigned k = 0;
    for (size >>= 6; size && k < NCLASSES - 1; size >>= 1)
        k++;
    return k;
}

/* Sets a chunk's size and status and records the size in whatever follows. */
static void set_size(struct chunk *c, size_t size, size_t in_use)
{
    c->size = size | in_use;
    char *end = (char *)c + size;
    if (end == top)
        top_prev = size;
    else
        chunk_at(end)->prev_size = size;
}

/* Hands out heap from the unallocated tail. */
static void move_top(char *new_top)
{
    top = new_top;
    if (top > untouched)
        untouched = top;
}

static void list_insert(struct chunk *c)
{
    struct chunk **head = &free_lists[size_class(chunk_size(c))];
    c->prev = NULL;
    c->next = *head;
    if (c->next)
        c->next->prev = c;
    *head = c;
}

static void list_remove(struct chunk *c)
{
    if (c->prev)
        c->prev->next = c->next;
    else
        free_lists[size_class(chunk_size(c))] = c->next;
    if (c->next)
        c->next->prev = c->prev;
}

/* Frees chunk c (its size set, not in a list), merging it with free
 * neighbours or giving it back to top. */
static void release(struct chunk *c)
{
    size_t size = chunk_size(c);
    if (c->prev_size) {
        struct chunk *below = chunk_at((char *)c - c->prev_size);
        if (!(below->size & IN_USE)) {
            list_remove(below);
            size += chunk_size(below);
            c = below;
        }
    }
    char *end = (char *)c + size;
    if (end == top) {
        top = (char *)c;
        top_prev = c->prev_size;
        return;
    }
    struct chunk *above = chunk_at(end);
    if (!(above->size & IN_USE)) {
        list_remove(above);
        size += chunk_size(above);
    }
    set_size(c, size, 0);
    list_insert(c);
}

/* Shrinks in-use chunk c to size bytes when the rest is worth a chunk. */
static void trim(struct chunk *c, size_t size)
{
    size_t old = chunk_size(c);
    if (old - size < MIN_CHUNK)
        return;
    set_size(c, size, IN_USE);
    struct chunk *rest = chunk_at((char *)c + size);
    rest->size = old - size;
    release(rest);
}

static __attribute__((noreturn)) void out_of_memory(void)
{
    __zkvm_trap(ZKVM_TRAP_OOM);
}

/* Chunk size serving an n-byte request. */
static size_t chunk_size_for(size_t n)
{
    if (n > (size_t)(__heap_end - __heap_start))
        out_of_memory();
    size_t size = (n + HEADER + ALIGN - 1) & ~(size_t)(ALIGN - 1);
    return size < MIN_CHUNK ? MIN_CHUNK : size;
}

static struct chunk *allocate(size_t size)
{
    /* First fit within the request's class; any chunk of a larger class is
     * big enough, so only the first of each is looked at. */
    for (unsigned k = size_class(size); k < NCLASSES; k++) {
        for (struct chunk *c = free_lists[k]; c; c = c->next) {
            if (chunk_size(c) >= size) {
                list_remove(c);
                c->size |= IN_USE;
                trim(c, size);
                return c;
            }
        }
    }

    if (!top)
        top = (char *)(((uintptr_t)__heap_start + ALIGN - 1) & ~(uintptr_t)(ALIGN - 1));
    if ((size_t)(__heap_end - top) < size)
        out_of_memory();
    struct chunk *c = chunk_at(top);
    c->prev_size = top_prev;
    move_top(top + size);
    set_size(c, size, IN_USE);
    return c;
}

void *malloc(size_t n)
{
    return payload_of(allocate(chunk_size_for(n)));
}

void free(void *p)
{
    if (!p)
        return;
    struct chunk *c = chunk_of(p);
    /* A double free means the heap state is already wrong; stop here rather
     * than let the guest compute (and prove) garbage. */
    if (!(c->size & IN_USE))
        __zkvm_trap(ZKVM_TRAP_ABORT);
    c->size &= ~IN_USE;
    release(c);
}

void *calloc(size_t count, size_t size)
{
    if (size && count > SIZE_MAX / size)
        out_of_memory();
    size_t n = count * size;
    /* VM memory starts out zero, so only the part of the block below the
     * old high-water mark can hold stale data. */
    char *clean = untouched;
    char *p = malloc(n);
    if (p < clean)
        memset(p, 0, (size_t)(clean - p) < n ? (size_t)(clean - p) : n);
    return p;
}

void *realloc(void *p, size_t n)
{
    if (!p)
        return malloc(n);
    if (!n) { /* glibc semantics */
        free(p);
        return NULL;
    }
    struct chunk *c = chunk_of(p);
    size_t size = chunk_size_for(n), old = chunk_size(c);
    if (old >= size) {
        trim(c, size);
        return p;
    }
    /* Grow in place into top or a free chunk just above. */
    char *end = (char *)c + old;
    if (end == top) {
        if ((size_t)(__heap_end - (char *)c) >= size) {
            move_top((char *)c + size);
            set_size(c, size, IN_USE);
            return p;
        }
    } else {
        struct chunk *above = chunk_at(end);
        if (!(above->size & IN_USE) && old + chunk_size(above) >= size) {
            list_remove(above);
            set_size(c, old + chunk_size(above), IN_USE);
            trim(c, size);
            return p;
        }
    }
    void *q = malloc(n);
    memcpy(q, p, old - HEADER);
    free(p);
    return q;
}

void *aligned_alloc(size_t align, size_t n)
{
    if (align & (align - 1)) {
        errno = EINVAL;
        return NULL;
    }
    if (align <= ALIGN)
        return malloc(n);
    if (n > (size_t)(__heap_end - __heap_start) || align > (size_t)(__heap_end - __heap_start))
        out_of_memory();
    /* Over-allocate, then free the part below the first aligned payload
     * that leaves room for a whole free chunk in front of it. */
    size_t size = chunk_size_for(n);
    char *p = malloc(size + align + MIN_CHUNK);
    struct chunk *c = chunk_of(p);
    uintptr_t q = ((uintptr_t)p + align - 1) & ~(uintptr_t)(align - 1);
    if (q != (uintptr_t)p) {
        if (q - (uintptr_t)p < MIN_CHUNK)
            q += align;
        size_t lead = q - (uintptr_t)p, total = chunk_size(c);
        struct chunk *a = chunk_of((void *)q);
        a->prev_size = lead;
        set_size(a, total - lead, IN_USE);
        c->size = lead;
        release(c);
        c = a;
    }
    trim(c, size);
    return payload_of(c);
}

int posix_memalign(void **out, size_t align, size_t n)
{
    if (align < sizeof(void *) || (align & (align - 1)))
        return EINVAL;
    *out = aligned_alloc(align, n);
    return 0;
}
