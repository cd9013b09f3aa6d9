/* Recursion: fibonacci, Ackermann (small), mutual recursion, tree recursion, towers of Hanoi. */
#include <stdio.h>

static int fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
static int ack(int m, int n) {
    if (m == 0) return n + 1;
    if (n == 0) return ack(m - 1, 1);
    return ack(m - 1, ack(m, n - 1));
}
static int is_odd(unsigned n);
static int is_even(unsigned n) { return n == 0 ? 1 : is_odd(n - 1); }
static int is_odd(unsigned n) { return n == 0 ? 0 : is_even(n - 1); }
static long long fact(int n) { return n <= 1 ? 1 : n * fact(n - 1); }
static int moves;
static void hanoi(int n, char from, char to, char via) {
    if (n == 0) return;
    hanoi(n - 1, from, via, to);
    moves++;
    if (n >= 4) printf("move disk %d %c->%c\n", n, from, to);
    hanoi(n - 1, via, to, from);
}
static int sum_digits(int n) { return n < 10 ? n : n % 10 + sum_digits(n / 10); }
static int binsearch(const int *a, int lo, int hi, int key) {
    if (lo > hi) return -1;
    int mid = lo + (hi - lo) / 2;
    if (a[mid] == key) return mid;
    return a[mid] < key ? binsearch(a, mid + 1, hi, key) : binsearch(a, lo, mid - 1, key);
}
static double power(double x, int n) {
    if (n == 0) return 1.0;
    double h = power(x, n / 2);
    return n % 2 ? h * h * x : h * h;
}

int main(void) {
    for (int i = 0; i <= 20; i += 4) printf("fib(%d)=%d\n", i, fib(i));
    for (int m = 0; m <= 2; m++)
        for (int n = 0; n <= 3; n++) printf("ack(%d,%d)=%d\n", m, n, ack(m, n));
    printf("ack(3,3)=%d\n", ack(3, 3));
    printf("even/odd: %d %d %d %d\n", is_even(10), is_odd(10), is_even(7), is_odd(7));
    printf("fact(20)=%lld\n", fact(20));
    hanoi(5, 'A', 'C', 'B');
    printf("hanoi moves: %d\n", moves);
    printf("digits: %d\n", sum_digits(987654321));
    int sorted[] = {1, 3, 5, 7, 9, 11, 13, 15, 17};
    printf("bsearch: %d %d %d\n", binsearch(sorted, 0, 8, 13), binsearch(sorted, 0, 8, 1), binsearch(sorted, 0, 8, 4));
    printf("power: %g %g\n", power(2.0, 30), power(1.5, 7));
    return 0;
}
