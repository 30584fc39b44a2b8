/* No include guard: C requires assert to follow the NDEBUG in effect at
 * each inclusion. */
#undef assert
#ifdef NDEBUG
#define assert(e) ((void)0)
#else
/* Same name and signature as glibc, so IR built against glibc links too. */
__attribute__((noreturn)) void __assert_fail(const char *expr, const char *file,
                                             unsigned line, const char *func);
#define assert(e) ((e) ? (void)0 : __assert_fail(#e, __FILE__, __LINE__, __func__))
#endif

#if !defined(__cplusplus) && defined(__STDC_VERSION__) && __STDC_VERSION__ >= 201112L && \
    __STDC_VERSION__ < 202311L && !defined(static_assert)
#define static_assert _Static_assert
#endif
