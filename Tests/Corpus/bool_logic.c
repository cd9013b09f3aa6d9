/* _Bool, logical operators with short-circuit evaluation, ternaries, comparisons producing ints. */
#include <stdio.h>
#include <stdbool.h>

static int calls;
static bool noisy(bool v) { calls++; return v; }
static bool xor_b(bool a, bool b) { return a != b; }
static bool all(const int *v, int n) { for (int i = 0; i < n; i++) if (!v[i]) return false; return true; }
static bool any(const int *v, int n) { for (int i = 0; i < n; i++) if (v[i]) return true; return false; }
static const char *tf(bool b) { return b ? "true" : "false"; }

int main(void) {
    bool t = true, f = false;
    printf("and: %d %d or: %d %d not: %d %d\n", t && t, t && f, f || t, f || f, !t, !f);
    calls = 0;
    bool r1 = noisy(false) && noisy(true);
    printf("short && : %d calls=%d\n", r1, calls);
    calls = 0;
    bool r2 = noisy(true) || noisy(false);
    printf("short || : %d calls=%d\n", r2, calls);
    calls = 0;
    bool r3 = (noisy(true) && noisy(false)) || noisy(true);
    printf("mixed: %d calls=%d\n", r3, calls);
    bool b = 42;
    double half = 0.5;
    bool c = half;
    bool d = (void *)0 != 0;
    printf("conv: %d %d %d size=%d\n", b, c, d, (int)sizeof(bool));
    for (int i = 0; i < 4; i++) printf("xor(%d,%d)=%s ", i >> 1, i & 1, tf(xor_b(i >> 1, i & 1)));
    printf("\n");
    int v1[] = {1, 2, 3}, v2[] = {0, 0, 5}, v3[] = {0, 0, 0};
    printf("all: %d %d any: %d %d\n", all(v1, 3), all(v2, 3), any(v2, 3), any(v3, 3));
    int x = 7;
    int nested = x > 5 ? (x > 10 ? 3 : 2) : (x < 0 ? 0 : 1);
    printf("nested ternary: %d\n", nested);
    int count = 0;
    for (int i = 0; i < 100; i++) count += (i % 3 == 0) ^ (i % 5 == 0);
    printf("fizz xor buzz: %d\n", count);
    bool flag = false;
    for (int i = 0; i < 5; i++) flag = !flag;
    printf("flag: %s\n", tf(flag));
    bool arr[8];
    for (int i = 0; i < 8; i++) arr[i] = (i * 3) & 2;
    for (int i = 0; i < 8; i++) printf("%d", arr[i]);
    printf("\n");
    int lhs = 3, rhs = 4;
    int cmp = (lhs < rhs) + (lhs <= rhs) * 2 + (lhs == rhs) * 4 + (lhs != rhs) * 8;
    printf("cmp bits: %d\n", cmp);
    return 0;
}
