/* printf with many arguments of mixed types, including more than 8 doubles. */
#include <stdio.h>

int main(void) {
    int i = -42; unsigned u = 4000000000u; long long ll = -1234567890123LL;
    unsigned long long ull = 18446744073709551615ULL;
    double d = 3.141592653589793; float f = 2.5f; char c = 'Z'; short s = -1234;
    const char *str = "text";
    printf("%d %u %lld %llu %f %f %c %hd %s\n", i, u, ll, ull, d, f, c, s, str);
    printf("%g %g %g %g %g %g %g %g %g %g %g\n", 1.0, 2.5, -3.25, 4e10, 5e-5, 6.0, 7.125, 8.0, 9.5, 10.0, 11.75);
    printf("%d %g %d %g %d %g %d %g %d %g %d %g %d %g\n", 1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5, 5.5, 6, 6.5, 7, 7.5);
    printf("[%5d] [%-5d] [%05d] [%+d] [%x] [%X] [%o] [%#x]\n", 42, 42, 42, 42, 255, 255, 8, 255);
    printf("[%10.3f] [%-10.2e] [%.0f] [%e] [%G]\n", d, d, 2.5, 123456.789, 1e-10);
    printf("[%s] [%10s] [%-10s] [%.2s] [%c%c%c]\n", str, str, str, str, 'a', 'b', 'c');
    printf("%lld %lld %lld %lld %lld %lld %lld %lld\n", 1LL, -2LL, 3LL << 40, -4LL, 5LL, 6LL, 7LL, -8LL);
    printf("%a %a %a\n", 1.0, -0.75, 1e-320);
    printf("%%literal%% %5.1f%%\n", 99.5);
    int n = printf("count me\n");
    printf("printed %d chars\n", n);
    for (int k = 0; k < 3; k++)
        printf("row %d: %d %.2f %s %c %lu\n", k, k * k, k / 3.0, k % 2 ? "odd" : "even", 'x' + k, (unsigned long)k * 1000000000UL);
    puts("puts line");
    putchar('!');
    putchar('\n');
    return 0;
}
