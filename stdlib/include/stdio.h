/* Output-only stdio: stdout and stderr go to the VM console. */
#ifndef ZK_STDIO_H
#define ZK_STDIO_H

#include <stdarg.h>
#include <stddef.h>

typedef struct __zk_file FILE;

#define EOF (-1)

extern FILE *stdout;
extern FILE *stderr;
#define stdout stdout
#define stderr stderr

#define __zk_printf_like(f, a) __attribute__((__format__(__printf__, f, a)))

int printf(const char *__restrict fmt, ...) __zk_printf_like(1, 2);
int fprintf(FILE *__restrict f, const char *__restrict fmt, ...) __zk_printf_like(2, 3);
int sprintf(char *__restrict buf, const char *__restrict fmt, ...) __zk_printf_like(2, 3);
int snprintf(char *__restrict buf, size_t n, const char *__restrict fmt, ...) __zk_printf_like(3, 4);
int vprintf(const char *__restrict fmt, va_list ap) __zk_printf_like(1, 0);
int vfprintf(FILE *__restrict f, const char *__restrict fmt, va_list ap) __zk_printf_like(2, 0);
int vsprintf(char *__restrict buf, const char *__restrict fmt, va_list ap) __zk_printf_like(2, 0);
int vsnprintf(char *__restrict buf, size_t n, const char *__restrict fmt, va_list ap) __zk_printf_like(3, 0);

int putchar(int c);
int puts(const char *s);
int fputc(int c, FILE *f);
int putc(int c, FILE *f);
int fputs(const char *__restrict s, FILE *__restrict f);
size_t fwrite(const void *__restrict p, size_t size, size_t n, FILE *__restrict f);
int fflush(FILE *f);

#endif
