/* Loops: for/while/do-while, nested loops, break and continue, labelled exits via flags. */
#include <stdio.h>

int main(void) {
    int total = 0;
    for (int i = 0; i < 10; i++) {
        if (i % 3 == 0) continue;
        for (int j = 0; j < 10; j++) {
            if (j > i) break;
            if ((i + j) % 2) continue;
            total += i * j;
        }
    }
    printf("total: %d\n", total);
    int n = 0, found_i = -1, found_j = -1;
    for (int i = 1; i < 50 && found_i < 0; i++)
        for (int j = i; j < 50; j++) {
            n++;
            if (i * i + j * j == 25 * 25 && i > 10) { found_i = i; found_j = j; break; }
        }
    printf("pythagoras: %d %d after %d\n", found_i, found_j, n);
    unsigned x = 1;
    int steps = 0;
    while (x != 0) { x <<= 1; steps++; }
    printf("steps: %d\n", steps);
    int k = 100, dw = 0;
    do { k -= 7; dw++; } while (k > 0);
    printf("do-while: k=%d iterations=%d\n", k, dw);
    long long tri = 0;
    for (int a = 0; a < 30; a++)
        for (int b = 0; b <= a; b++)
            for (int c = 0; c <= b; c++) tri += (a ^ b ^ c) & 1;
    printf("tri: %lld\n", tri);
    int i = 0, evens = 0;
    for (;;) {
        if (++i > 40) break;
        if (i & 1) continue;
        evens += i;
    }
    printf("evens: %d\n", evens);
    int down = 0;
    for (unsigned u = 10; u-- > 0;) down += (int)u;
    printf("down: %d\n", down);
    double acc = 0;
    for (double t = 0.0; t < 1.0; t += 0.125) acc += t * t;
    printf("acc: %g\n", acc);
    int outer = 0;
    while (outer < 5) {
        int inner = 0;
        while (inner < outer) { printf("%d", inner); inner++; }
        printf("|");
        outer++;
    }
    printf("\n");
    return 0;
}
