/* 64-bit multiplication and division: signed/unsigned, by constants and variables, wide products in halves. */
#include <stdio.h>
#include <stdint.h>

static void mul_64x64_128(uint64_t a, uint64_t b, uint64_t *hi, uint64_t *lo) {
    uint64_t a_lo = a & 0xffffffffu, a_hi = a >> 32, b_lo = b & 0xffffffffu, b_hi = b >> 32;
    uint64_t p0 = a_lo * b_lo, p1 = a_lo * b_hi, p2 = a_hi * b_lo, p3 = a_hi * b_hi;
    uint64_t mid = (p0 >> 32) + (p1 & 0xffffffffu) + (p2 & 0xffffffffu);
    *lo = (mid << 32) | (p0 & 0xffffffffu);
    *hi = p3 + (p1 >> 32) + (p2 >> 32) + (mid >> 32);
}
static int64_t sdiv(int64_t a, int64_t b) { return a / b; }
static uint64_t udiv(uint64_t a, uint64_t b) { return a / b; }

int main(void) {
    uint64_t hi, lo;
    mul_64x64_128(0xffffffffffffffffULL, 0xffffffffffffffffULL, &hi, &lo);
    printf("max*max = %016llx %016llx\n", (unsigned long long)hi, (unsigned long long)lo);
    mul_64x64_128(0x123456789abcdefULL, 0xfedcba987654321ULL, &hi, &lo);
    printf("a*b     = %016llx %016llx\n", (unsigned long long)hi, (unsigned long long)lo);
    int64_t s = 1;
    for (int i = 1; i <= 20; i++) s *= i;
    printf("20! = %lld\n", (long long)s);
    uint64_t u = 1;
    for (int i = 0; i < 100; i++) u *= 6364136223846793005ULL;
    printf("wrap product = %llu\n", (unsigned long long)u);
    int64_t nums[] = {9223372036854775807LL, -9223372036854775807LL, 1000000007LL, -3};
    int64_t dens[] = {3, -7, 1000, 2};
    for (int i = 0; i < 4; i++)
        for (int j = 0; j < 4; j++)
            printf("%lld/%lld=%lld ", (long long)nums[i], (long long)dens[j], (long long)sdiv(nums[i], dens[j]));
    printf("\n");
    printf("udiv: %llu %llu %llu\n", (unsigned long long)udiv(0xffffffffffffffffULL, 3),
           (unsigned long long)udiv(0x8000000000000000ULL, 0xffffffffULL), (unsigned long long)udiv(12345, 0x100000000ULL));
    uint64_t x = 0xdeadbeefcafebabeULL;
    printf("by const: %llu %llu %llu %lld\n", (unsigned long long)(x / 10), (unsigned long long)(x % 1000),
           (unsigned long long)(x / 0x10000), (long long)((int64_t)x / 7));
    int32_t a = -2000000000, b = 2000000000;
    int64_t wide = (int64_t)a * b;
    uint32_t ua = 4000000000u;
    uint64_t uwide = (uint64_t)ua * ua;
    printf("widening: %lld %llu\n", (long long)wide, (unsigned long long)uwide);
    return 0;
}
