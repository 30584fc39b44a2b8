#ifndef ZK_STRING_H
#define ZK_STRING_H

#include <stddef.h>

void *memcpy(void *__restrict dst, const void *__restrict src, size_t n);
void *memmove(void *dst, const void *src, size_t n);
void *memset(void *dst, int c, size_t n);
/* -ffreestanding makes these plain calls; through clang's builtins the IR says how large
 * and how aligned a copy or fill is, so zkcc expands small fixed-size ones inline (a
 * 64-byte copy of words: 32 instructions instead of a call of about 60 cycles). */
#ifndef memcpy
#define memcpy(dst, src, n) __builtin_memcpy(dst, src, n)
#endif
#ifndef memmove
#define memmove(dst, src, n) __builtin_memmove(dst, src, n)
#endif
#ifndef memset
#define memset(dst, c, n) __builtin_memset(dst, c, n)
#endif
/* GNU: memcpy returning the end of the copy. */
void *mempcpy(void *__restrict dst, const void *__restrict src, size_t n);
int memcmp(const void *a, const void *b, size_t n);
int bcmp(const void *a, const void *b, size_t n);
void *memchr(const void *s, int c, size_t n);

size_t strlen(const char *s);
size_t strnlen(const char *s, size_t max);
int strcmp(const char *a, const char *b);
int strncmp(const char *a, const char *b, size_t n);
char *strcpy(char *__restrict dst, const char *__restrict src);
char *stpcpy(char *__restrict dst, const char *__restrict src);
char *strncpy(char *__restrict dst, const char *__restrict src, size_t n);
char *strcat(char *__restrict dst, const char *__restrict src);
char *strncat(char *__restrict dst, const char *__restrict src, size_t n);
char *strchr(const char *s, int c);
char *strrchr(const char *s, int c);
char *strstr(const char *haystack, const char *needle);
char *strpbrk(const char *s, const char *accept);
size_t strspn(const char *s, const char *accept);
size_t strcspn(const char *s, const char *reject);
char *strtok(char *__restrict s, const char *__restrict delim);
char *strdup(const char *s);
char *strndup(const char *s, size_t n);

#endif
