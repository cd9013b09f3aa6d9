/* float (not double) arguments and returns, float/double mixing, float math in loops. */
/* NOINLINE keeps the calls (and their ABI lowering) visible at -O1/-O2. */
#define NOINLINE __attribute__((noinline))
#include <stdio.h>

NOINLINE float lerp(float a, float b, float t) { return a + (b - a) * t; }
NOINLINE float fsum(const float *v, int n) { float s = 0.0f; for (int i = 0; i < n; i++) s += v[i]; return s; }
NOINLINE float to_float(double d) { return (float)d; }
NOINLINE double to_double(float f) { return f; }
NOINLINE float fabs_f(float x) { return x < 0.0f ? -x : x; }
NOINLINE float newton_sqrt(float x) {
    float g = x > 1.0f ? x / 2.0f : 1.0f;
    for (int i = 0; i < 20; i++) g = 0.5f * (g + x / g);
    return g;
}
NOINLINE float mix(int i, float f, double d, float g) { return (float)(i * f + d * g); }
NOINLINE float celsius(float fahrenheit) { return (fahrenheit - 32.0f) * 5.0f / 9.0f; }

int main(void) {
    for (int i = 0; i <= 4; i++) printf("lerp(%d/4)=%g\n", i, lerp(-1.0f, 3.0f, i / 4.0f));
    float v[8];
    for (int i = 0; i < 8; i++) v[i] = 1.0f / (float)(1 << i);
    printf("fsum=%.7g\n", fsum(v, 8));
    printf("narrowing: %.9g %.9g\n", to_float(0.1), to_double(to_float(1.0 / 3.0)));
    printf("fabs_f: %g %g\n", fabs_f(-2.75f), fabs_f(1.25f));
    printf("sqrt: %.6f %.6f %.6f\n", newton_sqrt(2.0f), newton_sqrt(81.0f), newton_sqrt(0.25f));
    printf("mix: %g\n", mix(3, 1.5f, 2.25, 4.0f));
    for (float f = 0.0f; f <= 212.0f; f += 53.0f) printf("%.1fF = %.3fC\n", f, celsius(f));
    float acc = 1.0f;
    int steps = 0;
    while (acc + 1.0f != 1.0f) { acc *= 0.5f; steps++; }
    printf("float epsilon steps: %d (%a)\n", steps, acc);
    double dacc = 1.0;
    steps = 0;
    while (dacc + 1.0 != 1.0) { dacc *= 0.5; steps++; }
    printf("double epsilon steps: %d (%a)\n", steps, dacc);
    return 0;
}
