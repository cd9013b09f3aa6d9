/* Hand-written sorting: insertion sort, quicksort (recursive), merge sort with a temp buffer, bubble sort on doubles. */
#include <stdio.h>
#include <stdlib.h>

static void insertion(int *a, int n) {
    for (int i = 1; i < n; i++) {
        int v = a[i], j = i - 1;
        while (j >= 0 && a[j] > v) { a[j + 1] = a[j]; j--; }
        a[j + 1] = v;
    }
}
static void quick(int *a, int lo, int hi) {
    if (lo >= hi) return;
    int p = a[(lo + hi) / 2], i = lo, j = hi;
    while (i <= j) {
        while (a[i] < p) i++;
        while (a[j] > p) j--;
        if (i <= j) { int t = a[i]; a[i] = a[j]; a[j] = t; i++; j--; }
    }
    quick(a, lo, j);
    quick(a, i, hi);
}
static void merge_sort(int *a, int *tmp, int n) {
    if (n < 2) return;
    int h = n / 2;
    merge_sort(a, tmp, h);
    merge_sort(a + h, tmp, n - h);
    int i = 0, j = h, k = 0;
    while (i < h && j < n) tmp[k++] = a[i] <= a[j] ? a[i++] : a[j++];
    while (i < h) tmp[k++] = a[i++];
    while (j < n) tmp[k++] = a[j++];
    for (k = 0; k < n; k++) a[k] = tmp[k];
}
static void bubble(double *a, int n) {
    for (int i = 0; i < n - 1; i++) {
        int swapped = 0;
        for (int j = 0; j < n - 1 - i; j++)
            if (a[j] > a[j + 1]) { double t = a[j]; a[j] = a[j + 1]; a[j + 1] = t; swapped = 1; }
        if (!swapped) break;
    }
}
static unsigned rng = 2024;
static int rnd(void) { rng = rng * 1103515245u + 12345u; return (int)((rng >> 8) % 1000) - 500; }
static void show(const char *name, const int *a, int n) {
    unsigned long long check = 0;
    int ok = 1;
    for (int i = 0; i < n; i++) { check = check * 31 + (unsigned)a[i]; if (i && a[i - 1] > a[i]) ok = 0; }
    printf("%s: sorted=%d first=%d last=%d check=%llu\n", name, ok, a[0], a[n - 1], check);
}

int main(void) {
    enum { N = 200 };
    int a[N], b[N], c[N], tmp[N];
    for (int i = 0; i < N; i++) a[i] = b[i] = c[i] = rnd();
    insertion(a, N);
    quick(b, 0, N - 1);
    merge_sort(c, tmp, N);
    show("insertion", a, N);
    show("quick", b, N);
    show("merge", c, N);
    int same = 1;
    for (int i = 0; i < N; i++) same &= a[i] == b[i] && b[i] == c[i];
    printf("agree: %d\n", same);
    double d[10];
    for (int i = 0; i < 10; i++) d[i] = rnd() / 8.0;
    bubble(d, 10);
    for (int i = 0; i < 10; i++) printf("%g ", d[i]);
    printf("\n");
    return 0;
}
