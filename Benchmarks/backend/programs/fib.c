/* fib: naive doubly recursive Fibonacci (call-heavy, integer). argv[1] = n (default 40). */
#include <stdio.h>
#include <stdlib.h>

static long fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }

int main(int argc, char **argv) {
    int n = argc > 1 ? atoi(argv[1]) : 40;
    long r = fib(n);
    printf("fib(%d) = %ld\n", n, r);
    return 0;
}
