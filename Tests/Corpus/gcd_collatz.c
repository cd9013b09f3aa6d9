/* Number theory: gcd (Euclid, binary), lcm, Collatz sequence lengths, modular exponentiation, isqrt. */
#include <stdio.h>

static unsigned gcd(unsigned a, unsigned b) { while (b) { unsigned t = a % b; a = b; b = t; } return a; }
static unsigned long long bgcd(unsigned long long a, unsigned long long b) {
    if (!a) return b;
    if (!b) return a;
    int shift = __builtin_ctzll(a | b);
    a >>= __builtin_ctzll(a);
    do {
        b >>= __builtin_ctzll(b);
        if (a > b) { unsigned long long t = a; a = b; b = t; }
        b -= a;
    } while (b);
    return a << shift;
}
static int collatz_len(unsigned long long n) {
    int len = 1;
    while (n != 1) { n = (n & 1) ? 3 * n + 1 : n / 2; len++; }
    return len;
}
static unsigned long long powmod(unsigned long long b, unsigned long long e, unsigned long long m) {
    unsigned long long r = 1;
    b %= m;
    while (e) { if (e & 1) r = r * b % m; b = b * b % m; e >>= 1; }
    return r;
}
static unsigned isqrt(unsigned long long n) {
    unsigned long long x = n, y = (x + 1) / 2;
    while (y < x) { x = y; y = (x + n / x) / 2; }
    return (unsigned)x;
}

int main(void) {
    printf("gcd: %u %u %u %u\n", gcd(48, 18), gcd(17, 5), gcd(0, 9), gcd(1071, 462));
    printf("bgcd: %llu %llu\n", bgcd(48ULL << 30, 180ULL << 20), bgcd(1234567890123ULL, 9876543210ULL));
    printf("lcm(21,6)=%u\n", 21 / gcd(21, 6) * 6);
    int best = 0, best_n = 0;
    for (int n = 1; n < 3000; n++) { int l = collatz_len((unsigned long long)n); if (l > best) { best = l; best_n = n; } }
    printf("collatz: longest below 3000 is %d with %d steps\n", best_n, best);
    printf("collatz(27)=%d\n", collatz_len(27));
    printf("powmod: %llu %llu %llu\n", powmod(2, 10, 1000), powmod(3, 200, 1000000007ULL), powmod(7, 0, 13));
    printf("isqrt: %u %u %u %u\n", isqrt(0), isqrt(99), isqrt(100), isqrt(10000000000ULL));
    int coprime = 0;
    for (unsigned i = 1; i <= 30; i++)
        for (unsigned j = 1; j <= 30; j++) coprime += gcd(i, j) == 1;
    printf("coprime pairs: %d\n", coprime);
    return 0;
}
