#include <stdio.h>
#include <string.h>
#include <stdint.h>

struct big { long a[20]; char tag[9]; };
struct small { char c; short s; int i; };

static struct big make(int k) { struct big b; for (int i = 0; i < 20; i++) b.a[i] = k * i; memcpy(b.tag, "abcdefgh", 9); return b; }
int k_index(void);
int k_index(void) { return 2; }
static long sum_big(struct big b) { long s = 0; for (int i = 0; i < 20; i++) s += b.a[i]; return s + b.tag[k_index()]; }

static uint32_t read_le32(const unsigned char *p) { uint32_t v; memcpy(&v, p, 4); return v; }
static uint64_t read_le64(const unsigned char *p) { uint64_t v; memcpy(&v, p, 8); return v; }
static void write_le32(unsigned char *p, uint32_t v) { memcpy(p, &v, 4); }

int main(void) {
    struct big b = make(3);
    struct big c = b;
    c.a[5] = 1000;
    printf("%ld %ld %s\n", sum_big(b), sum_big(c), c.tag);
    unsigned char buf[64];
    for (int i = 0; i < 64; i++) buf[i] = (unsigned char)(i * 7 + 1);
    uint64_t acc = 0;
    for (int off = 0; off < 40; off++) acc = acc * 31 + read_le32(buf + off) + read_le64(buf + off);
    printf("%llx\n", (unsigned long long)acc);
    for (int off = 0; off < 8; off++) write_le32(buf + off * 5, 0xdeadbeef + off);
    memmove(buf + 3, buf, 30);
    memmove(buf, buf + 7, 20);
    memset(buf + 40, 0x5a, 17);
    acc = 0;
    for (int i = 0; i < 64; i++) acc = acc * 3 + buf[i];
    printf("%llx\n", (unsigned long long)acc);
    char big[300];
    memset(big, 'x', sizeof big);
    big[299] = 0;
    char copy[300];
    memcpy(copy, big, sizeof big);
    printf("%d %c\n", (int)strlen(copy), copy[150]);
    struct small arr[5];
    memset(arr, 0, sizeof arr);
    arr[2].c = 'q'; arr[2].s = -2; arr[2].i = 99;
    struct small t = arr[2];
    printf("%c %d %d %d\n", t.c, t.s, t.i, memcmp(&arr[1], &arr[3], sizeof arr[1]));
    return 0;
}
