/* sort: quicksort and heap sort of argv[1] pseudo-random ints (default 1,500,000). */
#include <stdio.h>
#include <stdlib.h>

static unsigned int seed = 12345u;
static unsigned int next_rand(void) {
    seed = seed * 1103515245u + 12345u;
    return seed >> 1;
}

static void quicksort(int *a, long lo, long hi) {
    while (lo < hi) {
        int pivot = a[lo + (hi - lo) / 2];
        long i = lo, j = hi;
        while (i <= j) {
            while (a[i] < pivot) i++;
            while (a[j] > pivot) j--;
            if (i <= j) {
                int t = a[i]; a[i] = a[j]; a[j] = t;
                i++; j--;
            }
        }
        if (j - lo < hi - i) { quicksort(a, lo, j); lo = i; }
        else { quicksort(a, i, hi); hi = j; }
    }
}

static void sift_down(int *a, long start, long end) {
    long root = start;
    while (2 * root + 1 <= end) {
        long child = 2 * root + 1, swap = root;
        if (a[swap] < a[child]) swap = child;
        if (child + 1 <= end && a[swap] < a[child + 1]) swap = child + 1;
        if (swap == root) return;
        int t = a[root]; a[root] = a[swap]; a[swap] = t;
        root = swap;
    }
}

static void heapsort(int *a, long n) {
    if (n < 2) return;
    for (long start = (n - 2) / 2; start >= 0; start--) sift_down(a, start, n - 1);
    for (long end = n - 1; end > 0; end--) {
        int t = a[end]; a[end] = a[0]; a[0] = t;
        sift_down(a, 0, end - 1);
    }
}

static unsigned long checksum(const int *a, long n) {
    unsigned long h = 1469598103934665603ul;
    for (long i = 0; i < n; i++) {
        if (i > 0 && a[i - 1] > a[i]) return 0; /* not sorted */
        h = (h ^ (unsigned int)a[i]) * 1099511628211ul;
    }
    return h;
}

int main(int argc, char **argv) {
    long n = argc > 1 ? atol(argv[1]) : 1500000;
    int *a = malloc((size_t)(n > 0 ? n : 1) * sizeof(int));
    int *b = malloc((size_t)(n > 0 ? n : 1) * sizeof(int));
    if (!a || !b) return 2;
    for (long i = 0; i < n; i++) a[i] = b[i] = (int)(next_rand() % 1000000007u);
    quicksort(a, 0, n - 1);
    heapsort(b, n);
    unsigned long ca = checksum(a, n), cb = checksum(b, n);
    printf("sort n=%ld quick=%lu heap=%lu %s\n", n, ca, cb, ca == cb ? "ok" : "MISMATCH");
    free(a); free(b);
    return 0;
}
