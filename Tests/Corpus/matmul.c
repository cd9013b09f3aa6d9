/* Small matrix multiply in double and int, with a determinant and matrix power. */
#include <stdio.h>

#define N 4
static void matmul(const double a[N][N], const double b[N][N], double c[N][N]) {
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++) {
            double s = 0.0;
            for (int k = 0; k < N; k++) s += a[i][k] * b[k][j];
            c[i][j] = s;
        }
}
static void imatmul(const long long a[2][2], const long long b[2][2], long long c[2][2]) {
    long long t[2][2];
    for (int i = 0; i < 2; i++)
        for (int j = 0; j < 2; j++) t[i][j] = a[i][0] * b[0][j] + a[i][1] * b[1][j];
    for (int i = 0; i < 2; i++)
        for (int j = 0; j < 2; j++) c[i][j] = t[i][j];
}
static double det3(const double m[3][3]) {
    return m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1]) - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0]) +
           m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]);
}

int main(void) {
    double a[N][N], b[N][N], c[N][N];
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++) { a[i][j] = i + j * 0.5; b[i][j] = (i == j) ? 2.0 : (i - j) * 0.25; }
    matmul(a, b, c);
    for (int i = 0; i < N; i++) printf("%8.4f %8.4f %8.4f %8.4f\n", c[i][0], c[i][1], c[i][2], c[i][3]);
    long long fibm[2][2] = {{1, 1}, {1, 0}}, r[2][2] = {{1, 0}, {0, 1}};
    for (int n = 1; n <= 90; n++) {
        imatmul(r, fibm, r);
        if (n % 15 == 0) printf("fib(%d) = %lld\n", n, r[0][1]);
    }
    double m3[3][3] = {{2, -3, 1}, {2, 0, -1}, {1, 4, 5}};
    printf("det = %g\n", det3(m3));
    double trace = 0;
    for (int i = 0; i < N; i++) trace += c[i][i];
    printf("trace = %.6f\n", trace);
    return 0;
}
