/* Bit manipulation: __builtin_popcount/clz/ctz/bswap, rotates, parity, masks. */
#include <stdio.h>
#include <stdint.h>

static uint32_t rotl32(uint32_t x, unsigned r) { return (x << r) | (x >> ((32 - r) & 31)); }
static uint32_t rotr32(uint32_t x, unsigned r) { return (x >> r) | (x << ((32 - r) & 31)); }
static uint64_t rotl64(uint64_t x, unsigned r) { return (x << r) | (x >> ((64 - r) & 63)); }
static int popcount_loop(uint32_t x) { int c = 0; while (x) { x &= x - 1; c++; } return c; }
static uint32_t reverse_bits(uint32_t x) {
    uint32_t r = 0;
    for (int i = 0; i < 32; i++) { r = (r << 1) | (x & 1); x >>= 1; }
    return r;
}
static int is_pow2(uint64_t x) { return x && !(x & (x - 1)); }
static uint32_t next_pow2(uint32_t x) { return x <= 1 ? 1 : 1u << (32 - __builtin_clz(x - 1)); }

int main(void) {
    uint32_t vals[] = {1, 0x80000000u, 0xdeadbeefu, 0x00f0f000u, 12345u, 0xffffffffu};
    for (int i = 0; i < 6; i++) {
        uint32_t v = vals[i];
        printf("%08x pop=%d/%d clz=%d ctz=%d bswap=%08x rev=%08x\n", v, __builtin_popcount(v), popcount_loop(v),
               __builtin_clz(v), __builtin_ctz(v), __builtin_bswap32(v), reverse_bits(v));
    }
    uint64_t w = 0x0123456789abcdefULL;
    printf("64: pop=%d clz=%d ctz=%d bswap=%016llx\n", __builtin_popcountll(w), __builtin_clzll(w),
           __builtin_ctzll(w << 8), (unsigned long long)__builtin_bswap64(w));
    printf("bswap16: %04x\n", __builtin_bswap16(0xabcd));
    for (unsigned r = 0; r < 32; r += 7)
        printf("rot %2u: %08x %08x %016llx\n", r, rotl32(0x12345678u, r), rotr32(0x12345678u, r),
               (unsigned long long)rotl64(w, r * 2));
    printf("parity: %d %d\n", __builtin_parity(7u), __builtin_parity(0xffu));
    printf("ffs: %d %d %d\n", __builtin_ffs(0), __builtin_ffs(8), __builtin_ffs(-2147483647 - 1));
    uint64_t tests[] = {0, 1, 2, 3, 64, 96, 1ULL << 40};
    for (int i = 0; i < 7; i++) printf("%d", is_pow2(tests[i]));
    printf("\n");
    printf("next_pow2: %u %u %u %u\n", next_pow2(1), next_pow2(5), next_pow2(64), next_pow2(1000));
    uint32_t x = 0xf0f0u;
    printf("ops: %08x %08x %08x %08x\n", x & 0xff, x | 0xf, x ^ 0xffff, ~x);
    uint8_t b = 0x96;
    uint8_t nib = (uint8_t)((b << 4) | (b >> 4));
    printf("nibble swap: %02x\n", nib);
    int16_t sh = -2;
    printf("sign bits: %d %u\n", sh >> 1, (uint16_t)sh >> 1);
    return 0;
}
