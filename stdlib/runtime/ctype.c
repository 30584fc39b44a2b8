/* C-locale character classes. Results equal glibc's, including the nonzero
 * values returned for "true", and the glibc table accessors are provided
 * because glibc's <ctype.h> macros compile to lookups through them. */
#include <ctype.h>
#include <stdint.h>

/* glibc's class bits (little-endian layout of its _ISbit values). */
#define UPPER 0x0100
#define LOWER 0x0200
#define ALPHA 0x0400
#define DIGIT 0x0800
#define XDIGIT 0x1000
#define SPACE 0x2000
#define PRINT 0x4000
#define GRAPH 0x8000
#define BLANK 0x0001
#define CNTRL 0x0002
#define PUNCT 0x0004
#define ALNUM 0x0008

static unsigned classify(int c)
{
    if (c < 0 || c > 0x7f)
        return 0;
    unsigned m = 0;
    if (c < 0x20 || c == 0x7f)
        m |= CNTRL;
    else
        m |= c == ' ' ? PRINT : PRINT | GRAPH;
    if (c == ' ' || c == '\t')
        m |= BLANK;
    if (c == ' ' || (c >= '\t' && c <= '\r'))
        m |= SPACE;
    if (c >= 'A' && c <= 'Z')
        m |= UPPER | ALPHA | ALNUM;
    if (c >= 'a' && c <= 'z')
        m |= LOWER | ALPHA | ALNUM;
    if (c >= '0' && c <= '9')
        m |= DIGIT | ALNUM;
    if ((c >= '0' && c <= '9') || ((c | 32) >= 'a' && (c | 32) <= 'f'))
        m |= XDIGIT;
    if ((m & GRAPH) && !(m & ALNUM))
        m |= PUNCT;
    return m;
}

/* glibc maps -128..-2 (signed char bytes) like the corresponding unsigned
 * byte, which the C locale leaves unchanged. */
static int map_case(int c, int from, int delta)
{
    if (c >= from && c < from + 26)
        return c + delta;
    return c >= -128 && c < -1 ? c + 256 : c;
}

int isalnum(int c) { return (int)(classify(c) & ALNUM); }
int isalpha(int c) { return (int)(classify(c) & ALPHA); }
int isblank(int c) { return (int)(classify(c) & BLANK); }
int iscntrl(int c) { return (int)(classify(c) & CNTRL); }
int isdigit(int c) { return (int)(classify(c) & DIGIT); }
int isgraph(int c) { return (int)(classify(c) & GRAPH); }
int islower(int c) { return (int)(classify(c) & LOWER); }
int isprint(int c) { return (int)(classify(c) & PRINT); }
int ispunct(int c) { return (int)(classify(c) & PUNCT); }
int isspace(int c) { return (int)(classify(c) & SPACE); }
int isupper(int c) { return (int)(classify(c) & UPPER); }
int isxdigit(int c) { return (int)(classify(c) & XDIGIT); }
int tolower(int c) { return map_case(c, 'A', 32); }
int toupper(int c) { return map_case(c, 'a', -32); }

/* glibc table ABI: each accessor returns a pointer to a pointer to entry 0
 * of a table indexed -128..255. Filled on first use. */
static unsigned short class_table[384];
static int32_t lower_table[384], upper_table[384];
static const unsigned short *class_ptr;
static const int32_t *lower_ptr, *upper_ptr;

static void fill_tables(void)
{
    for (int i = 0; i < 384; i++) {
        class_table[i] = (unsigned short)classify(i - 128);
        lower_table[i] = tolower(i - 128);
        upper_table[i] = toupper(i - 128);
    }
    class_ptr = class_table + 128;
    lower_ptr = lower_table + 128;
    upper_ptr = upper_table + 128;
}

const unsigned short **__ctype_b_loc(void)
{
    if (!class_ptr)
        fill_tables();
    return &class_ptr;
}

const int32_t **__ctype_tolower_loc(void)
{
    if (!class_ptr)
        fill_tables();
    return &lower_ptr;
}

const int32_t **__ctype_toupper_loc(void)
{
    if (!class_ptr)
        fill_tables();
    return &upper_ptr;
}
