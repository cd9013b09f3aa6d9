/* Pointer arithmetic, pointer differences and comparisons, pointers to pointers. */
#include <stdio.h>
#include <stddef.h>

static int sum_range(const int *begin, const int *end) {
    int s = 0;
    while (begin < end) s += *begin++;
    return s;
}
static void swap(int *a, int *b) { int t = *a; *a = *b; *b = t; }
static void reverse(int *p, size_t n) {
    int *q = p + n - 1;
    while (p < q) swap(p++, q--);
}
static const char *find_char(const char *s, char c) {
    for (; *s; s++) if (*s == c) return s;
    return NULL;
}
static void set_via(int **pp, int v) { **pp = v; *pp += 1; }

int main(void) {
    int a[10];
    for (int i = 0; i < 10; i++) a[i] = i * i;
    printf("sum all: %d, sum 3..7: %d\n", sum_range(a, a + 10), sum_range(&a[3], &a[7]));
    int *p = a + 2, *q = &a[9];
    printf("diff: %td %td\n", q - p, p - q);
    printf("cmp: %d %d %d %d\n", p < q, p > q, p == a + 2, p != q);
    reverse(a, 10);
    for (int i = 0; i < 10; i++) printf("%d ", a[i]);
    printf("\n");
    const char *msg = "pointer walk";
    const char *w = find_char(msg, 'w');
    printf("found at %td: %s\n", w - msg, w);
    printf("not found: %d\n", find_char(msg, 'z') == NULL);
    int buf[4] = {0};
    int *cur = buf;
    for (int i = 1; i <= 4; i++) set_via(&cur, i * 11);
    printf("buf: %d %d %d %d end=%d\n", buf[0], buf[1], buf[2], buf[3], cur == buf + 4);
    long long big[3] = {1, 2, 3};
    char *bytes = (char *)big;
    long long *second = (long long *)(bytes + sizeof(long long));
    printf("byte step: %lld\n", *second);
    int *arr[3] = {&a[0], &a[5], &a[9]};
    int **pp = arr;
    printf("pp: %d %d %d\n", **pp, *pp[1], *(*(pp + 2)));
    int x = 5;
    int *px = &x;
    int **ppx = &px;
    **ppx += 10;
    printf("x=%d\n", x);
    ptrdiff_t off = &a[8] - &a[1];
    printf("off=%td neg=%d\n", off, *(a + off - 2));
    return 0;
}
