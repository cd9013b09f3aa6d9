/* matmul: C = A * B for n x n doubles (i-k-j loop order), n = argv[1] (default 1000). */
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv) {
    int n = argc > 1 ? atoi(argv[1]) : 1000;
    size_t sz = (size_t)(n > 0 ? n : 1) * (size_t)(n > 0 ? n : 1);
    double *a = malloc(sz * sizeof(double)), *b = malloc(sz * sizeof(double));
    double *c = calloc(sz, sizeof(double));
    if (!a || !b || !c) return 2;
    for (int i = 0; i < n; i++)
        for (int j = 0; j < n; j++) {
            a[(size_t)i * n + j] = (double)((i * 7 + j * 3) % 17) / 16.0 - 0.5;
            b[(size_t)i * n + j] = (double)((i * 5 + j * 11) % 13) / 12.0 - 0.5;
        }
    for (int i = 0; i < n; i++)
        for (int k = 0; k < n; k++) {
            double aik = a[(size_t)i * n + k];
            double *ci = c + (size_t)i * n;
            const double *bk = b + (size_t)k * n;
            for (int j = 0; j < n; j++) ci[j] += aik * bk[j];
        }
    double trace = 0, sum = 0;
    for (int i = 0; i < n; i++) trace += c[(size_t)i * n + i];
    for (size_t i = 0; i < sz && n > 0; i++) sum += c[i] * (double)(i % 7 + 1);
    printf("matmul n=%d trace=%.6f sum=%.6f\n", n, trace, sum);
    free(a); free(b); free(c);
    return 0;
}
