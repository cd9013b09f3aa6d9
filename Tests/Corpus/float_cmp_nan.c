/* Floating point comparisons, including NaN computed at run time. */
#include <stdio.h>

static double zero(int k) { return (double)(k - k); }
static float fzero(int k) { return (float)(k * 0); }

static void cmp(const char *name, double a, double b) {
    printf("%s: lt=%d le=%d gt=%d ge=%d eq=%d ne=%d\n", name, a < b, a <= b, a > b, a >= b, a == b, a != b);
}
static void fcmp(const char *name, float a, float b) {
    printf("%s: lt=%d le=%d gt=%d ge=%d eq=%d ne=%d\n", name, a < b, a <= b, a > b, a >= b, a == b, a != b);
}
static int is_nan(double x) { return x != x; }
static double fmax_(double a, double b) { return a > b ? a : b; }
static double fmin_(double a, double b) { return a < b ? a : b; }

int main(int argc, char **argv) {
    (void)argv;
    double z = zero(argc);
    double nan = z / z;
    double inf = 1.0 / z;
    float fz = fzero(argc);
    float fnan = fz / fz;
    cmp("1 vs 2", 1.0, 2.0);
    cmp("2 vs 2", 2.0, 2.0);
    cmp("nan vs 1", nan, 1.0);
    cmp("nan vs nan", nan, nan);
    cmp("inf vs 1e308", inf, 1e308);
    cmp("-0 vs 0", -z, z);
    fcmp("f 1.5 vs -1.5", 1.5f, -1.5f);
    fcmp("f nan vs 0", fnan, 0.0f);
    printf("is_nan: %d %d %d %d\n", is_nan(nan), is_nan(inf), is_nan(inf - inf), is_nan(1.0));
    printf("!(nan<1): %d  !(nan>=1): %d\n", !(nan < 1.0), !(nan >= 1.0));
    printf("max/min with nan: %g %g\n", fmax_(nan, 3.0) == 3.0 ? 3.0 : -1.0, fmin_(3.0, nan) != 3.0 ? 1.0 : 0.0);
    int count = 0;
    double vals[] = {1.0, -2.0, 0.0, 5.5, -0.0, 3.25};
    for (int i = 0; i < 6; i++)
        for (int j = 0; j < 6; j++)
            count += (vals[i] < vals[j]) * 1 + (vals[i] == vals[j]) * 10 + (vals[i] >= vals[j]) * 100;
    printf("count: %d\n", count);
    if (nan == nan) { printf("wrong\n"); return 1; }
    if (!(inf > 0)) { printf("wrong inf\n"); return 1; }
    printf("inf: %f %f\n", inf, -inf);
    return 0;
}
