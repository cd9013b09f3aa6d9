/* libm calls: sqrt, sin, cos, floor, ceil, fabs, pow. */
#include <stdio.h>
#include <math.h>

int main(void) {
    double xs[] = {0.0, 0.5, 1.0, 2.0, 3.14159265358979, 10.0};
    for (int i = 0; i < 6; i++) {
        double x = xs[i];
        printf("x=%-8g sqrt=%.6f sin=%.6f cos=%.6f\n", x, sqrt(x), sin(x), cos(x));
    }
    double ys[] = {-2.5, -0.5, 0.0, 0.49, 2.5, 1e6 + 0.5};
    for (int i = 0; i < 6; i++) printf("y=%g floor=%g ceil=%g fabs=%g\n", ys[i], floor(ys[i]), ceil(ys[i]), fabs(ys[i]));
    printf("pow: %g %g %g %.6f\n", pow(2.0, 10.0), pow(10.0, -2.0), pow(-3.0, 3.0), pow(2.0, 0.5));
    double hyp = sqrt(3.0 * 3.0 + 4.0 * 4.0);
    printf("hyp=%g\n", hyp);
    double s = 0;
    for (int k = 0; k < 100; k++) s += sin(k * 0.1) * cos(k * 0.1);
    printf("sum sin*cos = %.6f\n", s);
    float f = 2.0f;
    printf("float sqrt: %.6f\n", (double)sqrtf(f));
    return 0;
}
