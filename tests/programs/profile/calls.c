/* Known call structure for the profiler tests (tests/tests/profiling.rs): main calls
 * work(n) directly, then parse(), which calls work(2n) inside the span "parse"; work
 * calls leaf once per iteration. n comes from the input so that nothing folds away. */
#include <zkvm.h>

__attribute__((noinline)) static unsigned leaf(unsigned x)
{
    return x * 3 + 1;
}

__attribute__((noinline)) static unsigned work(unsigned n)
{
    unsigned s = 0;
    for (unsigned i = 0; i < n; i++)
        s += leaf(i);
    return s;
}

__attribute__((noinline)) static unsigned parse(unsigned n)
{
    zkvm_span_begin("parse");
    unsigned s = work(2 * n);
    zkvm_span_end();
    return s;
}

int main(void)
{
    unsigned n = 0;
    zk_read(&n, sizeof n);
    unsigned s = work(n);
    s += parse(n);
    zk_commit(&s, sizeof s);
    return 0;
}
