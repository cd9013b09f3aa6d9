/* User-defined variadic functions using va_list / va_arg with ints, long longs and doubles. */
#include <stdio.h>
#include <stdarg.h>

static int sum_ints(int count, ...) {
    va_list ap;
    va_start(ap, count);
    int s = 0;
    for (int i = 0; i < count; i++) s += va_arg(ap, int);
    va_end(ap);
    return s;
}
static double sum_doubles(int count, ...) {
    va_list ap;
    va_start(ap, count);
    double s = 0;
    for (int i = 0; i < count; i++) s += va_arg(ap, double);
    va_end(ap);
    return s;
}
/* format: i = int, l = long long, d = double, s = string */
static void mini_printf(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    for (const char *p = fmt; *p; p++) {
        switch (*p) {
        case 'i': printf("i:%d ", va_arg(ap, int)); break;
        case 'l': printf("l:%lld ", va_arg(ap, long long)); break;
        case 'd': printf("d:%g ", va_arg(ap, double)); break;
        case 's': printf("s:%s ", va_arg(ap, const char *)); break;
        }
    }
    va_end(ap);
    printf("\n");
}
static double vavg(int n, va_list ap) {
    double s = 0;
    for (int i = 0; i < n; i++) s += va_arg(ap, double);
    return n ? s / n : 0;
}
static double avg(int n, ...) {
    va_list ap;
    va_start(ap, n);
    double r = vavg(n, ap);
    va_end(ap);
    return r;
}
static int max_of(int first, ...) {
    va_list ap, copy;
    va_start(ap, first);
    va_copy(copy, ap);
    int m = first, v, count = 0;
    while ((v = va_arg(ap, int)) >= 0) if (v > m) m = v;
    while (va_arg(copy, int) >= 0) count++;
    va_end(copy);
    va_end(ap);
    return m * 100 + count;
}

int main(void) {
    printf("sum_ints: %d %d %d\n", sum_ints(0), sum_ints(3, 1, 2, 3), sum_ints(10, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10));
    printf("sum_doubles: %g %g\n", sum_doubles(2, 0.5, 0.25),
           sum_doubles(12, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0, 11.0, 12.5));
    mini_printf("idls", 7, 2.5, 10000000000LL, "str");
    mini_printf("ddddddddddi", 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0, 11);
    mini_printf("iiiiiiiil", 1, 2, 3, 4, 5, 6, 7, 8, -9LL);
    float f = 1.5f; char c = 'A'; short s = -3;
    mini_printf("dii", f, c, s); /* default argument promotions */
    printf("avg: %.4f\n", avg(5, 1.0, 2.0, 3.5, 4.0, 10.25));
    printf("max_of: %d\n", max_of(3, 9, 4, 17, 2, -1));
    return 0;
}
