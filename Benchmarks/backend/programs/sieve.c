/* sieve: sieve of Eratosthenes up to 2,000,000, repeated argv[1] times (default 150). */
#include <stdio.h>
#include <stdlib.h>

#define LIMIT 2000000

static unsigned char flags[LIMIT + 1];

static int sieve(int limit) {
    int count = 0;
    for (int i = 0; i <= limit; i++) flags[i] = 1;
    flags[0] = flags[1] = 0;
    for (int i = 2; (long)i * i <= limit; i++)
        if (flags[i])
            for (int j = i * i; j <= limit; j += i) flags[j] = 0;
    for (int i = 0; i <= limit; i++) count += flags[i];
    return count;
}

int main(int argc, char **argv) {
    int reps = argc > 1 ? atoi(argv[1]) : 150;
    unsigned long sum = 0;
    for (int r = 0; r < reps; r++) sum = sum * 31 + (unsigned long)sieve(LIMIT - r);
    printf("sieve reps=%d checksum=%lu\n", reps, sum);
    return 0;
}
