#include <stdio.h>
#include <string.h>

struct node { int value; struct node *next; const char *name; };
struct node n3 = {3, 0, "three"};
struct node n2 = {2, &n3, "two"};
struct node n1 = {1, &n2, "one"};
struct node *head = &n1;

static int add(int a, int b) { return a + b; }
static int sub(int a, int b) { return a - b; }
static int mul(int a, int b) { return a * b; }
struct op { const char *name; int (*fn)(int, int); };
static const struct op ops[] = { {"add", add}, {"sub", sub}, {"mul", mul} };

int table[4][3] = {{1, 2, 3}, {4, 5, 6}, {7, 8, 9}, {10, 11, 12}};
int *row2 = &table[2][0];
char *mid = (char *)"abcdefgh" + 3;
long zeros[100];
static short shorts[] = {-1, 2, -3, 4};
unsigned char bytes[] = {1, 2, 3, 255};
const char *names[] = {"alpha", "beta", "gamma", 0};

int main(void) {
    for (struct node *p = head; p; p = p->next) printf("%d:%s ", p->value, p->name);
    printf("\n");
    for (unsigned i = 0; i < sizeof ops / sizeof ops[0]; i++) printf("%s=%d ", ops[i].name, ops[i].fn(7, 3));
    printf("\n");
    printf("%d %d %s\n", row2[1], table[3][2], mid);
    zeros[50] = 5;
    long s = 0;
    for (int i = 0; i < 100; i++) s += zeros[i];
    printf("%ld %d %d %d\n", s, shorts[0] + shorts[3], bytes[3], (int)strlen(names[2]));
    for (const char **n = names; *n; n++) printf("%s.", *n);
    printf("\n");
    int (*f)(int, int) = head->value == 1 ? mul : add;
    printf("%d\n", f(6, 7));
    return 0;
}
