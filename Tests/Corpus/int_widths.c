/* Integers of every width: signed/unsigned char, short, int, long long;
   unsigned wrap-around and mixed-width conversions. */
#include <stdio.h>

static unsigned char add_u8(unsigned char a, unsigned char b) { return (unsigned char)(a + b); }
static unsigned short mul_u16(unsigned short a, unsigned short b) { return (unsigned short)(a * b); }
static unsigned int sub_u32(unsigned int a, unsigned int b) { return a - b; }
static unsigned long long add_u64(unsigned long long a, unsigned long long b) { return a + b; }

static signed char to_s8(int x) { return (signed char)x; }
static short to_s16(long long x) { return (short)x; }
static long long widen_s(signed char c) { return c; }
static unsigned long long widen_u(unsigned char c) { return c; }

int main(void) {
    printf("sizes: %d %d %d %d %d\n", (int)sizeof(char), (int)sizeof(short),
           (int)sizeof(int), (int)sizeof(long), (int)sizeof(long long));
    printf("u8 wrap: %u %u\n", add_u8(200, 100), add_u8(255, 1));
    printf("u16 wrap: %u %u\n", mul_u16(300, 300), mul_u16(65535, 2));
    printf("u32 wrap: %u %u\n", sub_u32(0, 1), sub_u32(5, 10));
    printf("u64 wrap: %llu %llu\n", add_u64(18446744073709551615ULL, 2), add_u64(1ULL << 63, 1ULL << 63));
    printf("s8: %d %d %d\n", to_s8(127), to_s8(128), to_s8(300));
    printf("s16: %d %d %d\n", to_s16(32767), to_s16(32768), to_s16(-70000));
    printf("widen: %lld %llu %lld %llu\n", widen_s(-5), widen_u(251), widen_s(100), widen_u(7));
    signed char sc = -1;
    unsigned char uc = (unsigned char)sc;
    short ss = sc;
    unsigned short us = (unsigned short)sc;
    int si = us;
    unsigned int ui = (unsigned int)ss;
    long long sl = ui;
    unsigned long long ul = (unsigned long long)(long long)ss;
    printf("chain: %d %u %d %u %d %u %lld %llu\n", sc, uc, ss, us, si, ui, sl, ul);
    /* mixed arithmetic: usual arithmetic conversions */
    int neg = -3;
    unsigned int big = 2;
    printf("mixed: %d %d\n", neg < (int)big, (unsigned)neg > big);
    long long m = (long long)neg * (long long)4000000000U;
    printf("mixed64: %lld\n", m);
    unsigned long long acc = 1;
    for (int i = 0; i < 70; i++) acc = acc * 3 + (unsigned)i;
    printf("acc: %llu\n", acc);
    unsigned int h = 2166136261u;
    const char *s = "corpus";
    while (*s) { h ^= (unsigned char)*s++; h *= 16777619u; }
    printf("fnv1a: %u 0x%08x\n", h, h);
    short a16 = 1000; short b16 = 1000;
    int prod = a16 * b16; /* promoted to int: no overflow */
    printf("promote: %d\n", prod);
    printf("limits: %d %d %u %lld %llu\n", (int)(signed char)0x80, (int)(short)0x8000,
           0xffffffffu, (long long)(-9223372036854775807LL - 1), 0xffffffffffffffffULL);
    return 0;
}
