/* Small structs passed and returned by value: 8 and 16 bytes, integer-only. */
/* NOINLINE keeps the calls (and their ABI lowering) visible at -O1/-O2. */
#define NOINLINE __attribute__((noinline))
#include <stdio.h>

struct P8 { int x, y; };
struct P16 { long long a, b; };
struct C4 { char a, b, c, d; };
struct S12 { int a, b, c; };
struct M16 { int a; short b; char c; long long d; };

NOINLINE struct P8 p8_add(struct P8 p, struct P8 q) { struct P8 r = {p.x + q.x, p.y + q.y}; return r; }
NOINLINE struct P16 p16_mul(struct P16 p, long long k) { p.a *= k; p.b *= k; return p; }
NOINLINE struct C4 c4_rev(struct C4 c) { struct C4 r = {c.d, c.c, c.b, c.a}; return r; }
NOINLINE struct S12 s12_rot(struct S12 s) { struct S12 r = {s.b, s.c, s.a}; return r; }
NOINLINE struct M16 m16_make(int a) { struct M16 m = {a, (short)(a * 2), (char)(a + 1), (long long)a * 1000000007LL}; return m; }
NOINLINE long long m16_sum(struct M16 m) { return m.a + m.b + m.c + m.d; }
NOINLINE void p8_scale(struct P8 *p, int k) { p->x *= k; p->y *= k; }

int main(void) {
    struct P8 a = {1, 2}, b = {30, 40};
    struct P8 c = p8_add(a, b);
    printf("p8: %d %d\n", c.x, c.y);
    p8_scale(&c, -3);
    printf("p8 scaled: %d %d\n", c.x, c.y);
    struct P16 p = {123456789012LL, -5};
    struct P16 q = p16_mul(p, 3);
    printf("p16: %lld %lld (orig %lld)\n", q.a, q.b, p.a);
    struct C4 w = {'a', 'b', 'c', 'd'};
    struct C4 r = c4_rev(w);
    printf("c4: %c%c%c%c\n", r.a, r.b, r.c, r.d);
    struct S12 s = {1, 2, 3};
    for (int i = 0; i < 4; i++) { s = s12_rot(s); printf("s12: %d %d %d\n", s.a, s.b, s.c); }
    struct M16 m = m16_make(41);
    printf("m16: %d %d %d %lld sum=%lld\n", m.a, m.b, m.c, m.d, m16_sum(m));
    struct P8 arr[4];
    for (int i = 0; i < 4; i++) { arr[i].x = i; arr[i].y = i * i; }
    struct P8 acc = {0, 0};
    for (int i = 0; i < 4; i++) acc = p8_add(acc, arr[i]);
    printf("acc: %d %d size=%d %d %d %d\n", acc.x, acc.y, (int)sizeof(struct P8), (int)sizeof(struct P16),
           (int)sizeof(struct S12), (int)sizeof(struct M16));
    struct P8 copy = a;
    copy.x = 99;
    printf("copy: %d orig: %d\n", copy.x, a.x);
    return 0;
}
