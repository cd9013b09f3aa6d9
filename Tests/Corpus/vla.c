/* Variable-length arrays (small): 1-D and 2-D VLAs, VLA parameters, sizeof on VLAs, VLAs in loops. */
#include <stdio.h>

static int sum_vla(int n, const int a[n]) {
    int s = 0;
    for (int i = 0; i < n; i++) s += a[i];
    return s;
}
static void fill_matrix(int rows, int cols, double m[rows][cols]) {
    for (int i = 0; i < rows; i++)
        for (int j = 0; j < cols; j++) m[i][j] = i * cols + j + 0.5;
}
static double matrix_sum(int rows, int cols, double m[rows][cols]) {
    double s = 0;
    for (int i = 0; i < rows; i++)
        for (int j = 0; j < cols; j++) s += m[i][j];
    return s;
}
static int pascal_row(int n) {
    int row[n + 1];
    for (int i = 0; i <= n; i++) {
        row[i] = 1;
        for (int j = i - 1; j > 0; j--) row[j] += row[j - 1];
    }
    return row[n / 2];
}

int main(void) {
    for (int n = 1; n <= 5; n++) {
        int a[n];
        for (int i = 0; i < n; i++) a[i] = (i + 1) * n;
        printf("n=%d sizeof=%d sum=%d\n", n, (int)sizeof a, sum_vla(n, a));
    }
    int r = 3, c = 4;
    double m[r][c];
    fill_matrix(r, c, m);
    printf("matrix sum %g, m[2][3]=%g, sizeof=%d\n", matrix_sum(r, c, m), m[2][3], (int)sizeof m);
    for (int n = 2; n <= 20; n += 6) printf("central binom(%d) = %d\n", n, pascal_row(n));
    int len = 11;
    char s[len];
    for (int i = 0; i < len - 1; i++) s[i] = (char)('a' + i);
    s[len - 1] = '\0';
    printf("vla string: %s\n", s);
    return 0;
}
