/* Integer promotions of unsigned char and unsigned short, and char signedness effects. */
#include <stdio.h>

static int uc_sub(unsigned char a, unsigned char b) { return a - b; }
static unsigned uc_sub_u(unsigned char a, unsigned char b) { return (unsigned)(a - b); }
static int us_mul(unsigned short a, unsigned short b) { return (int)((unsigned)a * b); }
static unsigned char uc_not(unsigned char a) { return (unsigned char)~a; }

int main(void) {
    unsigned char a = 10, b = 20;
    printf("uc sub: %d %u\n", uc_sub(a, b), uc_sub_u(a, b));
    printf("uc cmp: %d %d\n", a - b < 0, (unsigned char)(a - b) < 0);
    printf("uc not: %d %d\n", uc_not(a), ~a);
    unsigned short s = 65535;
    printf("us: %d %d %u\n", s + 1, (unsigned short)(s + 1), us_mul(s, s));
    unsigned char x = 0xff;
    x++;
    printf("uc inc wrap: %d\n", x);
    unsigned char y = 0x80;
    printf("uc shift: %d %d\n", y << 1, (unsigned char)(y << 1));
    signed char sc = (signed char)0xf0;
    printf("sc: %d %d %d\n", sc, sc >> 2, (unsigned char)sc >> 2);
    char plain = 'A';
    plain += 2;
    printf("char: %c %d\n", plain, plain);
    unsigned short total = 0;
    for (int i = 0; i < 1000; i++) total += (unsigned short)(i * 97);
    printf("us total: %u\n", total);
    unsigned char bytes[8] = {0x01, 0x23, 0x45, 0x67, 0x89, 0xab, 0xcd, 0xef};
    unsigned long long packed = 0;
    for (int i = 0; i < 8; i++) packed = (packed << 8) | bytes[i];
    unsigned int le = bytes[0] | bytes[1] << 8 | bytes[2] << 16 | (unsigned)bytes[3] << 24;
    printf("packed: %016llx le: %08x\n", packed, le);
    short neg = -5;
    unsigned short uneg = (unsigned short)neg;
    printf("short: %d %u %d\n", neg, uneg, neg == (short)uneg);
    unsigned char cnt[4] = {250, 251, 252, 253};
    int sum = 0;
    for (int i = 0; i < 4; i++) { cnt[i] += 10; sum += cnt[i]; }
    printf("wrapped sum: %d\n", sum);
    return 0;
}
