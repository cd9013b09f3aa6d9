/* Unions: type punning float/int bits, tagged unions, byte views of integers. */
#include <stdio.h>
#include <stdint.h>

union FloatBits { float f; uint32_t u; };
union DoubleBits { double d; uint64_t u; int32_t halves[2]; };
union Bytes { uint32_t word; unsigned char b[4]; };
enum Kind { K_INT, K_DBL, K_STR };
struct Value { enum Kind kind; union { long long i; double d; const char *s; } as; };

static void show(struct Value v) {
    switch (v.kind) {
    case K_INT: printf("int %lld\n", v.as.i); break;
    case K_DBL: printf("double %g\n", v.as.d); break;
    case K_STR: printf("string %s\n", v.as.s); break;
    }
}
static float fast_inv_sqrt(float x) {
    union FloatBits c = {.f = x};
    c.u = 0x5f3759dfu - (c.u >> 1);
    return c.f * (1.5f - 0.5f * x * c.f * c.f);
}
static uint32_t float_bits(float f) { union FloatBits c; c.f = f; return c.u; }
static double from_bits(uint64_t u) { union DoubleBits c; c.u = u; return c.d; }

int main(void) {
    float fs[] = {1.0f, -2.5f, 0.1f, 0.0f, -0.0f, 3.4028235e38f};
    for (int i = 0; i < 6; i++) printf("%g -> %08x\n", fs[i], float_bits(fs[i]));
    union DoubleBits d = {.d = 1.0};
    printf("1.0 = %016llx halves %08x %08x\n", (unsigned long long)d.u, (unsigned)d.halves[0], (unsigned)d.halves[1]);
    printf("from bits: %g %g %g\n", from_bits(0x4000000000000000ULL), from_bits(0xbff8000000000000ULL), from_bits(1));
    union Bytes b = {.word = 0x11223344u};
    printf("bytes: %02x %02x %02x %02x\n", b.b[0], b.b[1], b.b[2], b.b[3]);
    b.b[0] = 0xff;
    printf("word: %08x\n", b.word);
    printf("inv sqrt(4) ~ %.4f\n", fast_inv_sqrt(4.0f));
    struct Value vals[] = {{K_INT, {.i = -42}}, {K_DBL, {.d = 6.25}}, {K_STR, {.s = "union"}}};
    for (int i = 0; i < 3; i++) show(vals[i]);
    printf("sizes: %d %d %d\n", (int)sizeof(union FloatBits), (int)sizeof(union DoubleBits), (int)sizeof(struct Value));
    union { uint64_t u; double d; } e;
    e.d = -0.0;
    printf("sign bit: %d\n", (int)(e.u >> 63));
    return 0;
}
