/* Conversions between floating point and integers of every width. */
#include <stdio.h>

static int d2i(double d) { return (int)d; }
static unsigned d2u(double d) { return (unsigned)d; }
static long long d2l(double d) { return (long long)d; }
static unsigned long long d2ul(double d) { return (unsigned long long)d; }
static short f2s(float f) { return (short)f; }
static unsigned char f2uc(float f) { return (unsigned char)f; }
static double i2d(int i) { return i; }
static double u2d(unsigned u) { return u; }
static double l2d(long long l) { return (double)l; }
static double ul2d(unsigned long long u) { return (double)u; }
static float l2f(long long l) { return (float)l; }
static float ul2f(unsigned long long u) { return (float)u; }

int main(void) {
    double ds[] = {0.0, 0.5, -0.5, 1.99, -1.99, 123456.789, -2147483648.0, 2147483647.0};
    for (int i = 0; i < 8; i++) printf("d2i(%g)=%d d2l=%lld\n", ds[i], d2i(ds[i]), d2l(ds[i]));
    printf("d2u: %u %u %u\n", d2u(4294967295.0), d2u(3000000000.5), d2u(0.9));
    printf("d2ul: %llu %llu %llu\n", d2ul(18446744073709549568.0), d2ul(9223372036854775808.0), d2ul(12345.678));
    printf("f2s: %d %d f2uc: %d %d\n", f2s(-32768.0f), f2s(12345.9f), f2uc(255.5f), f2uc(3.7f));
    printf("i2d: %g %g %g\n", i2d(-2147483647 - 1), i2d(42), i2d(-1));
    printf("u2d: %.1f %.1f\n", u2d(4294967295u), u2d(2147483648u));
    printf("l2d: %.1f %.1f\n", l2d(9007199254740993LL), l2d(-9223372036854775807LL - 1));
    printf("ul2d: %.1f %.1f %.1f\n", ul2d(18446744073709551615ULL), ul2d(9223372036854775809ULL), ul2d(1ULL));
    printf("l2f: %.1f %.1f ul2f: %.1f %.1f\n", l2f(16777217LL), l2f(-123456789LL),
           ul2f(18446744073709551615ULL), ul2f(9223372036854775807ULL));
    float f = 3.14159265358979f;
    double df = f;
    float back = (float)3.14159265358979;
    printf("f<->d: %.10f %.10f %d\n", df, (double)back, f == back);
    double tiny = 1e-50;
    printf("d2f: %g %g %a\n", (double)(float)tiny, (double)(float)1e50, (double)(float)0.1);
    unsigned char uc = 200; signed char sc = -100; unsigned short us = 60000; short ss = -30000;
    printf("small2d: %g %g %g %g\n", (double)uc, (double)sc, (float)us, (float)ss);
    long long sum = 0;
    for (int i = 0; i < 50; i++) sum += (long long)(i * 1.7) + (int)(i * -0.9f);
    printf("sum: %lld\n", sum);
    return 0;
}
