/* Select-heavy code: min/max/abs/clamp/sign on ints, unsigned and doubles, branchless idioms. */
#include <stdio.h>
#include <stdlib.h>

static int imin(int a, int b) { return a < b ? a : b; }
static int imax(int a, int b) { return a > b ? a : b; }
static unsigned umin(unsigned a, unsigned b) { return a < b ? a : b; }
static long long lmax(long long a, long long b) { return a >= b ? a : b; }
static int iabs(int x) { return x < 0 ? -x : x; }
static int clamp(int x, int lo, int hi) { return x < lo ? lo : x > hi ? hi : x; }
static int sign(int x) { return (x > 0) - (x < 0); }
static double dclamp(double x, double lo, double hi) { return x < lo ? lo : (x > hi ? hi : x); }
static double dabs(double x) { return x < 0 ? -x : x; }
static int branchless_min(int a, int b) { return b ^ ((a ^ b) & -(a < b)); }
static unsigned char sat_add_u8(unsigned char a, unsigned char b) {
    unsigned s = (unsigned)a + b;
    return (unsigned char)(s > 255 ? 255 : s);
}

int main(void) {
    int xs[] = {-7, 0, 3, -2147483647, 2147483647, 42, -1};
    int mn = xs[0], mx = xs[0];
    for (int i = 1; i < 7; i++) { mn = imin(mn, xs[i]); mx = imax(mx, xs[i]); }
    printf("min=%d max=%d\n", mn, mx);
    for (int i = 0; i < 7; i++)
        printf("x=%d abs=%d libabs=%d clamp=%d sign=%d bmin0=%d\n", xs[i], iabs(xs[i]), abs(xs[i]),
               clamp(xs[i], -5, 5), sign(xs[i]), branchless_min(xs[i], 0));
    printf("umin: %u %u\n", umin(3, 4000000000u), umin((unsigned)-1, 5));
    printf("lmax: %lld %lld labs=%ld\n", lmax(-5, -9), lmax(1LL << 40, 1LL << 41), labs(-1234567890123L));
    double ds[] = {-2.5, 0.0, 0.75, 3.5};
    for (int i = 0; i < 4; i++) printf("dclamp(%g)=%g dabs=%g ", ds[i], dclamp(ds[i], -1.0, 1.0), dabs(ds[i]));
    printf("\n");
    printf("sat: %d %d %d\n", sat_add_u8(100, 100), sat_add_u8(200, 100), sat_add_u8(255, 0));
    int cnt_pos = 0, cnt_neg = 0, sum_sel = 0;
    for (int i = -20; i <= 20; i++) {
        cnt_pos += i > 0 ? 1 : 0;
        cnt_neg += i < 0;
        sum_sel += (i & 1) ? i * 3 : -i;
    }
    printf("pos=%d neg=%d sel=%d\n", cnt_pos, cnt_neg, sum_sel);
    return 0;
}
