/* qsort with comparators over ints, doubles, strings and structs. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int cmp_int(const void *a, const void *b) {
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}
static int cmp_int_desc(const void *a, const void *b) { return cmp_int(b, a); }
static int cmp_double(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y ? 1 : 0;
}
static int cmp_str(const void *a, const void *b) { return strcmp(*(const char *const *)a, *(const char *const *)b); }
struct Item { const char *name; int weight; };
static int cmp_item(const void *a, const void *b) {
    const struct Item *x = a, *y = b;
    if (x->weight != y->weight) return x->weight - y->weight;
    return strcmp(x->name, y->name);
}

int main(void) {
    int xs[16];
    unsigned s = 7;
    for (int i = 0; i < 16; i++) { s = s * 1664525u + 1013904223u; xs[i] = (int)(s >> 20) - 2048; }
    qsort(xs, 16, sizeof xs[0], cmp_int);
    for (int i = 0; i < 16; i++) printf("%d ", xs[i]);
    printf("\n");
    qsort(xs, 16, sizeof xs[0], cmp_int_desc);
    for (int i = 0; i < 16; i++) printf("%d ", xs[i]);
    printf("\n");
    double ds[] = {3.5, -1.25, 1e10, 0.0, -7.0, 2.75, 1e-3};
    qsort(ds, sizeof ds / sizeof ds[0], sizeof(double), cmp_double);
    for (unsigned i = 0; i < sizeof ds / sizeof ds[0]; i++) printf("%g ", ds[i]);
    printf("\n");
    const char *words[] = {"pear", "apple", "fig", "banana", "cherry", "apricot", "date"};
    qsort(words, 7, sizeof words[0], cmp_str);
    for (int i = 0; i < 7; i++) printf("%s ", words[i]);
    printf("\n");
    struct Item items[] = {{"hammer", 5}, {"nail", 1}, {"saw", 5}, {"glue", 2}, {"drill", 9}, {"axe", 5}};
    qsort(items, 6, sizeof items[0], cmp_item);
    for (int i = 0; i < 6; i++) printf("%s:%d ", items[i].name, items[i].weight);
    printf("\n");
    return 0;
}
