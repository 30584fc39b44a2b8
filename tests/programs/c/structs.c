/* Structs, arrays, pointers, a linked list on the heap, qsort with a comparator. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct point {
    int x, y;
    char tag;
    long long weight;
};

struct node {
    struct point p;
    struct node *next;
};

static int by_weight(const void *a, const void *b) {
    const struct point *pa = a, *pb = b;
    return (pa->weight > pb->weight) - (pa->weight < pb->weight);
}

static struct point centroid(const struct point *ps, int n) {
    struct point c = {0, 0, 'c', 0};
    for (int i = 0; i < n; i++) {
        c.x += ps[i].x;
        c.y += ps[i].y;
        c.weight += ps[i].weight;
    }
    c.x /= n;
    c.y /= n;
    return c;
}

int main(void) {
    struct point pts[12];
    for (int i = 0; i < 12; i++) {
        pts[i].x = (i * 37) % 11 - 5;
        pts[i].y = (i * 53) % 13 - 6;
        pts[i].tag = (char)('a' + i);
        pts[i].weight = (long long)(i * 7919 % 23) * 1000000007LL - 11000000000LL;
    }
    qsort(pts, 12, sizeof pts[0], by_weight);
    for (int i = 0; i < 12; i++)
        printf("%c(%d,%d) %lld\n", pts[i].tag, pts[i].x, pts[i].y, pts[i].weight);
    struct point c = centroid(pts, 12);
    printf("centroid (%d,%d) total %lld\n", c.x, c.y, c.weight);

    struct node *head = NULL;
    for (int i = 0; i < 12; i++) {
        struct node *n = malloc(sizeof *n);
        n->p = pts[i];
        n->next = head;
        head = n;
    }
    int count = 0;
    char tags[16] = {0};
    for (struct node *n = head; n; n = n->next)
        tags[count++] = n->p.tag;
    printf("list %d %s\n", count, tags);
    while (head) {
        struct node *next = head->next;
        free(head);
        head = next;
    }
    int grid[5][7];
    memset(grid, 0, sizeof grid);
    for (int r = 0; r < 5; r++)
        for (int k = 0; k < 7; k++)
            grid[r][k] = r * k - (r ^ k);
    int sum = 0;
    for (int *p = &grid[0][0]; p < &grid[5][0]; p++)
        sum += *p;
    printf("grid sum %d\n", sum);
    return 0;
}
