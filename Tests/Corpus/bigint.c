/* Arbitrary-precision arithmetic with 32-bit limbs and 64-bit intermediates: 50!, 2^200, Fibonacci(300). */
#include <stdio.h>
#include <string.h>
#include <stdint.h>

#define LIMBS 40
typedef struct { uint32_t d[LIMBS]; } Big;

static void big_set(Big *b, uint32_t v) { memset(b, 0, sizeof *b); b->d[0] = v; }
static void big_mul_small(Big *b, uint32_t m) {
    uint64_t carry = 0;
    for (int i = 0; i < LIMBS; i++) { uint64_t t = (uint64_t)b->d[i] * m + carry; b->d[i] = (uint32_t)t; carry = t >> 32; }
}
static void big_add(Big *r, const Big *a, const Big *b) {
    uint64_t carry = 0;
    for (int i = 0; i < LIMBS; i++) { uint64_t t = (uint64_t)a->d[i] + b->d[i] + carry; r->d[i] = (uint32_t)t; carry = t >> 32; }
}
static int big_is_zero(const Big *b) { for (int i = 0; i < LIMBS; i++) if (b->d[i]) return 0; return 1; }
static uint32_t big_divmod_small(Big *b, uint32_t m) {
    uint64_t rem = 0;
    for (int i = LIMBS - 1; i >= 0; i--) { uint64_t cur = (rem << 32) | b->d[i]; b->d[i] = (uint32_t)(cur / m); rem = cur % m; }
    return (uint32_t)rem;
}
static void big_print(const char *label, Big b) {
    char buf[400];
    int n = 0;
    if (big_is_zero(&b)) buf[n++] = '0';
    while (!big_is_zero(&b)) buf[n++] = (char)('0' + big_divmod_small(&b, 10));
    printf("%s = ", label);
    while (n) putchar(buf[--n]);
    putchar('\n');
}

int main(void) {
    Big f;
    big_set(&f, 1);
    for (uint32_t i = 2; i <= 50; i++) big_mul_small(&f, i);
    big_print("50!", f);
    Big p;
    big_set(&p, 1);
    for (int i = 0; i < 200; i++) big_mul_small(&p, 2);
    big_print("2^200", p);
    Big a, b, c;
    big_set(&a, 0);
    big_set(&b, 1);
    for (int i = 0; i < 300; i++) { big_add(&c, &a, &b); a = b; b = c; }
    big_print("fib(300)", a);
    uint32_t digit_sum = 0;
    Big t = f;
    while (!big_is_zero(&t)) digit_sum += big_divmod_small(&t, 10);
    printf("digit sum of 50! = %u\n", digit_sum);
    return 0;
}
