/* Signed and unsigned division and remainder, negative operands, all widths. */
#include <stdio.h>

static int sdiv(int a, int b) { return a / b; }
static int srem(int a, int b) { return a % b; }
static unsigned udiv(unsigned a, unsigned b) { return a / b; }
static unsigned urem(unsigned a, unsigned b) { return a % b; }
static long long sdiv64(long long a, long long b) { return a / b; }
static long long srem64(long long a, long long b) { return a % b; }
static unsigned long long udiv64(unsigned long long a, unsigned long long b) { return a / b; }
static unsigned long long urem64(unsigned long long a, unsigned long long b) { return a % b; }

int main(void) {
    int vals[] = {17, -17, 7, -7, 0, 1, -1, 100};
    int divs[] = {5, -5, 3, -3, 7};
    for (int i = 0; i < 8; i++) {
        for (int j = 0; j < 5; j++)
            printf("%d/%d=%d r%d  ", vals[i], divs[j], sdiv(vals[i], divs[j]), srem(vals[i], divs[j]));
        printf("\n");
    }
    printf("u: %u %u %u %u\n", udiv(4294967295u, 7), urem(4294967295u, 7), udiv((unsigned)-17, 5), urem((unsigned)-17, 5));
    printf("s64: %lld %lld %lld %lld\n", sdiv64(-1000000000000LL, 7), srem64(-1000000000000LL, 7),
           sdiv64(1000000000000LL, -13), srem64(1000000000000LL, -13));
    printf("u64: %llu %llu\n", udiv64(18446744073709551615ULL, 10), urem64(18446744073709551615ULL, 10));
    signed char c = -100; signed char d = 7;
    printf("s8: %d %d\n", c / d, c % d);
    short s = -30000; short t = -7;
    printf("s16: %d %d\n", s / t, s % t);
    unsigned char uc = 250; unsigned char ud = 7;
    printf("u8: %d %d\n", uc / ud, uc % ud);
    unsigned short us = 65000; unsigned short ut = 13;
    printf("u16: %d %d\n", us / ut, us % ut);
    /* division by constants (magic numbers at -O2) */
    int sum = 0;
    for (int i = -50; i <= 50; i++) sum += i / 3 + i % 5 + i / 8 + i % 16;
    unsigned usum = 0;
    for (unsigned i = 0; i < 1000; i += 7) usum += i / 3 + i % 10 + i / 64;
    printf("const: %d %u\n", sum, usum);
    return 0;
}
