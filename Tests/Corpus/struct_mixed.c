/* Structs mixing int, float and double fields passed/returned by value
   (SSE and integer eightbytes in the x86-64 System V ABI). */
/* NOINLINE keeps the calls (and their ABI lowering) visible at -O1/-O2. */
#define NOINLINE __attribute__((noinline))
#include <stdio.h>

struct ID { int i; double d; };
struct DD { double x, y; };
struct FF { float a, b; };
struct FFF { float a, b, c; };
struct FI { float f; int i; };
struct DI { double d; long long n; };

NOINLINE struct ID id_step(struct ID v) { v.i += 1; v.d *= 1.5; return v; }
NOINLINE struct DD dd_add(struct DD a, struct DD b) { struct DD r = {a.x + b.x, a.y + b.y}; return r; }
NOINLINE double dd_dot(struct DD a, struct DD b) { return a.x * b.x + a.y * b.y; }
NOINLINE struct FF ff_swap(struct FF v) { struct FF r = {v.b, v.a}; return r; }
NOINLINE struct FFF fff_scale(struct FFF v, float k) { v.a *= k; v.b *= k; v.c *= k; return v; }
NOINLINE struct FI fi_make(int i) { struct FI r = {(float)i / 4.0f, i * 3}; return r; }
NOINLINE struct DI di_mix(struct DI a, int k, struct DD b) {
    struct DI r = {a.d + b.x * k, a.n + (long long)(b.y * k)};
    return r;
}

int main(void) {
    struct ID v = {1, 1.0};
    for (int i = 0; i < 5; i++) v = id_step(v);
    printf("id: %d %.6f\n", v.i, v.d);
    struct DD a = {1.5, -2.0}, b = {0.25, 4.0};
    struct DD c = dd_add(a, b);
    printf("dd: %g %g dot=%g\n", c.x, c.y, dd_dot(a, b));
    struct FF f = {1.25f, 2.5f};
    struct FF g = ff_swap(f);
    printf("ff: %g %g\n", g.a, g.b);
    struct FFF h = fff_scale((struct FFF){1.0f, 2.0f, 3.0f}, 0.5f);
    printf("fff: %g %g %g\n", h.a, h.b, h.c);
    struct FI fi = fi_make(7);
    printf("fi: %g %d\n", fi.f, fi.i);
    struct DI d = di_mix((struct DI){0.5, 10}, 3, b);
    printf("di: %g %lld\n", d.d, d.n);
    struct DD pts[3] = {{1, 2}, {3, 4}, {5, 6}};
    struct DD sum = {0, 0};
    for (int i = 0; i < 3; i++) sum = dd_add(sum, pts[i]);
    printf("sum: %g %g sizes %d %d %d %d\n", sum.x, sum.y, (int)sizeof(struct ID), (int)sizeof(struct FFF),
           (int)sizeof(struct FI), (int)sizeof(struct DI));
    return 0;
}
