/* Returns a non-zero exit status (3) from main after printing a computed result. */
#include <stdio.h>

static int checks_failed(const int *v, int n) {
    int failed = 0;
    for (int i = 0; i < n; i++) if (v[i] % 7 == 0) failed++;
    return failed;
}

static int first_failure(const int *v, int n) {
    for (int i = 0; i < n; i++)
        if (v[i] % 7 == 0) return i;
    return -1;
}

int main(void) {
    int v[] = {7, 12, 14, 30, 21, 5, 8};
    int failed = checks_failed(v, 7);
    printf("failed checks: %d of %d (first at index %d)\n", failed, 7, first_failure(v, 7));
    for (int i = 0; i < 7; i++) printf("%d%s", v[i], i < 6 ? "," : "\n");
    if (failed == 0) return 0;
    return failed;
}
