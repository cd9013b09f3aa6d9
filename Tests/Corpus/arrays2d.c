/* Two-dimensional arrays: indexing, row pointers, passing to functions, transpose. */
#include <stdio.h>

#define R 4
#define C 5

static void fill(int m[R][C]) {
    for (int i = 0; i < R; i++)
        for (int j = 0; j < C; j++) m[i][j] = i * 10 + j;
}
static int trace_like(int m[R][C]) {
    int s = 0;
    for (int i = 0; i < R; i++) s += m[i][i];
    return s;
}
static void transpose(int in[R][C], int out[C][R]) {
    for (int i = 0; i < R; i++)
        for (int j = 0; j < C; j++) out[j][i] = in[i][j];
}
static int row_sum(const int *row, int n) {
    int s = 0;
    for (int j = 0; j < n; j++) s += row[j];
    return s;
}

static char grid[3][8] = {"abc", "defgh", "ij"};

int main(void) {
    int m[R][C];
    int t[C][R];
    fill(m);
    transpose(m, t);
    for (int i = 0; i < C; i++) {
        for (int j = 0; j < R; j++) printf("%3d", t[i][j]);
        printf("\n");
    }
    printf("diag: %d\n", trace_like(m));
    for (int i = 0; i < R; i++) printf("row %d sum %d\n", i, row_sum(m[i], C));
    int *flat = &m[0][0];
    printf("flat[13]=%d m[2][3]=%d\n", flat[13], m[2][3]);
    int (*rp)[C] = m + 1;
    printf("rp: %d %d\n", (*rp)[4], rp[1][0]);
    for (int i = 0; i < 3; i++) printf("grid[%d]=%s len-ish=%c\n", i, grid[i], grid[i][1]);
    double id[3][3] = {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}};
    double s = 0;
    for (int i = 0; i < 3; i++)
        for (int j = 0; j < 3; j++) s += id[i][j] * (i + 1) * (j + 2);
    printf("weighted: %g\n", s);
    int cube[2][3][4];
    int n = 0;
    for (int i = 0; i < 2; i++)
        for (int j = 0; j < 3; j++)
            for (int k = 0; k < 4; k++) cube[i][j][k] = n++;
    printf("cube: %d %d %d\n", cube[1][2][3], cube[0][2][1], cube[1][0][0]);
    return 0;
}
