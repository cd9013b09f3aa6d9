/* Logical and arithmetic shifts by variable amounts less than the width. */
#include <stdio.h>

static int sar32(int x, int n) { return x >> n; }
static unsigned shr32(unsigned x, int n) { return x >> n; }
static unsigned shl32(unsigned x, int n) { return x << n; }
static long long sar64(long long x, int n) { return x >> n; }
static unsigned long long shr64(unsigned long long x, int n) { return x >> n; }
static unsigned long long shl64(unsigned long long x, int n) { return x << n; }

int main(void) {
    int amounts[] = {0, 1, 4, 7, 15, 31};
    for (int i = 0; i < 6; i++) {
        int n = amounts[i];
        printf("n=%2d sar=%d shr=%u shl=%u\n", n, sar32(-123456789, n), shr32(0x80000001u, n), shl32(0x12345678u, n));
    }
    int amounts64[] = {0, 3, 32, 33, 63};
    for (int i = 0; i < 5; i++) {
        int n = amounts64[i];
        printf("n=%2d sar64=%lld shr64=%llu shl64=%llx\n", n, sar64(-9000000000000000000LL, n),
               shr64(0xfedcba9876543210ULL, n), shl64(0x0123456789abcdefULL, n));
    }
    signed char sc = -128; unsigned char uc = 0x81;
    short ss = -32768; unsigned short us = 0x8001;
    for (int n = 0; n < 8; n += 3)
        printf("small n=%d: %d %d %d %d\n", n, sc >> n, uc >> n, ss >> n, us >> n);
    unsigned char b = 0xA5;
    printf("u8 shl: %d %d\n", (unsigned char)(b << 3), b << 3);
    unsigned mask = 0;
    for (int i = 0; i < 32; i += 5) mask |= 1u << i;
    printf("mask: 0x%08x\n", mask);
    long long v = 1;
    int k = 0;
    while (v > 0 && k < 62) { v <<= 1; k++; }
    printf("k=%d v=%lld\n", k, v);
    return 0;
}
