/* goto (forward, backward, cleanup paths) and do-while loops. */
#include <stdio.h>
#include <stdlib.h>

static int find_pair(int target, int *oi, int *oj) {
    for (int i = 0; i < 20; i++)
        for (int j = 0; j < 20; j++)
            if (i * j == target && i + j == 13) { *oi = i; *oj = j; goto found; }
    return 0;
found:
    return 1;
}
static int with_cleanup(int fail_at) {
    int result = -1;
    int *a = malloc(16 * sizeof(int));
    if (!a) goto out;
    if (fail_at == 1) goto free_a;
    int *b = malloc(16 * sizeof(int));
    if (!b) goto free_a;
    if (fail_at == 2) goto free_b;
    for (int i = 0; i < 16; i++) { a[i] = i; b[i] = 16 - i; }
    result = 0;
    for (int i = 0; i < 16; i++) result += a[i] * b[i];
free_b:
    free(b);
free_a:
    free(a);
out:
    return result;
}
static int digits(unsigned n) {
    int d = 0;
    do { d++; n /= 10; } while (n);
    return d;
}

int main(void) {
    int i = 0, j = 0;
    printf("pair: %d -> %d %d\n", find_pair(40, &i, &j), i, j);
    printf("cleanup: %d %d %d\n", with_cleanup(0), with_cleanup(1), with_cleanup(2));
    int n = 0;
again:
    n++;
    if (n < 5) goto again;
    printf("backward goto: %d\n", n);
    printf("digits: %d %d %d %d\n", digits(0), digits(9), digits(10), digits(4294967295u));
    int k = 0, sum = 0;
    do {
        sum += k;
        if (k == 6) { k += 2; continue; }
        k++;
    } while (k < 10);
    printf("do-continue: %d k=%d\n", sum, k);
    int state = 0, steps = 0;
s0: steps++; if (state++ < 3) goto s1; goto done;
s1: steps += 10; goto s0;
done:
    printf("state machine: state=%d steps=%d\n", state, steps);
    return 0;
}
