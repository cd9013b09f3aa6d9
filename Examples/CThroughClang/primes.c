// A small C program for swiftjit: a sieve of Eratosthenes, a recursive function, a struct
// returned by value, floating point and printf, with the limit taken from the command line.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct stats {
    int count;
    int largest;
    double reciprocal_sum;
};

static struct stats sieve(int limit, unsigned char *composite) {
    struct stats s = {0, 0, 0.0};
    memset(composite, 0, (size_t)limit + 1);
    for (int i = 2; i <= limit; i++) {
        if (composite[i]) continue;
        s.count++;
        s.largest = i;
        s.reciprocal_sum += 1.0 / i;
        for (long j = (long)i * i; j <= limit; j += i) composite[j] = 1;
    }
    return s;
}

static int digit_sum(int n) { return n < 10 ? n : n % 10 + digit_sum(n / 10); }

int main(int argc, char **argv) {
    int limit = argc > 1 ? atoi(argv[1]) : 100;
    if (limit < 2) {
        fprintf(stderr, "usage: primes LIMIT (at least 2)\n");
        return 2;
    }
    unsigned char *composite = malloc((size_t)limit + 1);
    struct stats s = sieve(limit, composite);
    printf("primes up to %d:", limit < 50 ? limit : 50);
    for (int i = 2; i <= limit && i <= 50; i++)
        if (!composite[i]) printf(" %d", i);
    printf("\n%d primes up to %d, the largest %d (digit sum %d)\n", s.count, limit, s.largest,
           digit_sum(s.largest));
    printf("sum of their reciprocals: %.6f\n", s.reciprocal_sum);
    free(composite);
    return 0;
}
