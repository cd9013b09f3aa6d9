/* Many arguments: more than 6 integer args and more than 8 double args, mixed, passed on the stack. */
/* NOINLINE keeps the calls (and their ABI lowering) visible at -O1/-O2. */
#define NOINLINE __attribute__((noinline))
#include <stdio.h>

NOINLINE long long ints10(int a, int b, int c, int d, int e, int f, int g, int h, int i, int j) {
    return a + 2LL * b + 3LL * c + 4LL * d + 5LL * e + 6LL * f + 7LL * g + 8LL * h + 9LL * i + 10LL * j;
}
NOINLINE double dbl10(double a, double b, double c, double d, double e, double f, double g, double h, double i, double j) {
    return a - b + c - d + e - f + g - h + i * 100.0 - j * 1000.0;
}
NOINLINE double mixed(int a, double b, long long c, float d, char e, double f, short g, double h, unsigned i,
                    double j, long long k, double l, int m, double n, double o, int p, double q) {
    return a + b + (double)c + d + e + f + g + h + i + j + (double)k + l + m + n + o + p + q;
}
struct Pair { long long a, b; };
NOINLINE long long with_struct(int a, int b, int c, int d, int e, struct Pair p, int f, struct Pair q) {
    return a + b + c + d + e + p.a * 10 + p.b * 100 + f + q.a * 1000 + q.b * 10000;
}
NOINLINE void print_all(int a, int b, int c, int d, int e, int f, int g, int h,
                      double x1, double x2, double x3, double x4, double x5, double x6, double x7, double x8, double x9) {
    printf("ints: %d %d %d %d %d %d %d %d\n", a, b, c, d, e, f, g, h);
    printf("dbls: %g %g %g %g %g %g %g %g %g\n", x1, x2, x3, x4, x5, x6, x7, x8, x9);
}
NOINLINE unsigned char narrow(unsigned char a, signed char b, unsigned short c, short d, unsigned char e,
                            signed char f, unsigned short g, short h) {
    return (unsigned char)(a + b + c + d + e + f + g + h);
}
NOINLINE float floats(float a, float b, float c, float d, float e, float f, float g, float h, float i, float j) {
    return a * 1 + b * 2 + c * 3 + d * 4 + e * 5 + f * 6 + g * 7 + h * 8 + i * 9 + j * 10;
}

int main(void) {
    printf("ints10: %lld\n", ints10(1, 2, 3, 4, 5, 6, 7, 8, 9, 10));
    printf("ints10 neg: %lld\n", ints10(-1, -2, -3, -4, -5, -6, -7, -8, -9, -2147483647));
    printf("dbl10: %g\n", dbl10(1.5, 2.5, 3.5, 4.5, 5.5, 6.5, 7.5, 8.5, 9.5, 10.5));
    printf("mixed: %.3f\n", mixed(1, 2.5, 3000000000LL, 4.25f, 'A', 6.0, -7, 8.125, 9u, 10.0, -11LL, 12.0, 13, 14.0, 15.0, 16, 17.5));
    struct Pair p = {1, 2}, q = {3, 4};
    printf("with_struct: %lld\n", with_struct(1, 2, 3, 4, 5, p, 6, q));
    print_all(1, 2, 3, 4, 5, 6, 7, 8, 0.5, 1.5, 2.5, 3.5, 4.5, 5.5, 6.5, 7.5, 8.5);
    printf("narrow: %d\n", narrow(200, -100, 60000, -30000, 255, -1, 1, 2));
    printf("floats: %g\n", floats(1, 2, 3, 4, 5, 6, 7, 8, 9, 10.5f));
    return 0;
}
