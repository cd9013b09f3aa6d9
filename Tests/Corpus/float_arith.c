/* float and double arithmetic printed with %.6f, %g, %e and %a. */
#include <stdio.h>

static float fmadd(float a, float b, float c) { return a * b + c; }
static double dpoly(double x) { return ((3.0 * x - 2.0) * x + 0.5) * x - 7.25; }

int main(void) {
    float f = 1.0f / 3.0f;
    double d = 1.0 / 3.0;
    printf("third: %.6f %.17g %a\n", f, d, d);
    printf("float a: %a %a\n", (double)f, (double)0.1f);
    float fs = 0.0f;
    for (int i = 1; i <= 100; i++) fs += 1.0f / (float)i;
    double ds = 0.0;
    for (int i = 1; i <= 100; i++) ds += 1.0 / (double)i;
    printf("harmonic: %.6f %.15g\n", fs, ds);
    printf("fmadd: %g %g\n", fmadd(1.5f, 2.25f, -0.125f), fmadd(1e10f, 1e10f, 1.0f));
    for (double x = -2.0; x <= 2.0; x += 0.5) printf("p(%g)=%g ", x, dpoly(x));
    printf("\n");
    double big = 1e300, small = 1e-300;
    printf("ranges: %g %g %e %e\n", big * 10.0, small / 1e10, big, small);
    double inf = big * big;
    printf("inf: %f %f %g\n", inf, -inf, 1.0 / inf);
    printf("neg zero: %g %g %a\n", -0.0, 0.0 * -1.0, -0.0);
    printf("div: %.6f %.6f %.6f\n", 7.0 / 2.0, -7.0 / 2.0, 22.0f / 7.0f);
    double h = 0.1 + 0.2;
    printf("0.1+0.2: %.17g %d\n", h, h == 0.3);
    float fm = 16777216.0f;
    printf("f24: %.1f %.1f\n", fm + 1.0f, fm + 2.0f);
    double e = 1.0; double term = 1.0;
    for (int i = 1; i < 20; i++) { term /= i; e += term; }
    printf("e: %.15f %a\n", e, e);
    printf("neg: %g %g\n", -f, -d);
    return 0;
}
