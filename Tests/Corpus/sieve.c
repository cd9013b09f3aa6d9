/* Sieve of Eratosthenes with a byte array, prime counting and twin primes. */
#include <stdio.h>
#include <string.h>

#define N 10000
static unsigned char composite[N + 1];

int main(void) {
    memset(composite, 0, sizeof composite);
    composite[0] = composite[1] = 1;
    for (int i = 2; i * i <= N; i++)
        if (!composite[i])
            for (int j = i * i; j <= N; j += i) composite[j] = 1;
    int count = 0, twins = 0;
    long long sum = 0;
    for (int i = 2; i <= N; i++) {
        if (composite[i]) continue;
        count++;
        sum += i;
        if (i + 2 <= N && !composite[i + 2]) twins++;
    }
    printf("primes <= %d: %d, sum %lld, twin pairs %d\n", N, count, sum, twins);
    printf("first 25:");
    for (int i = 2, k = 0; k < 25; i++) if (!composite[i]) { printf(" %d", i); k++; }
    printf("\n");
    printf("last 5:");
    int last[5], k = 0;
    for (int i = N; i >= 2 && k < 5; i--) if (!composite[i]) last[k++] = i;
    for (int i = 4; i >= 0; i--) printf(" %d", last[i]);
    printf("\n");
    int gap = 0, gap_at = 0, prev = 2;
    for (int i = 3; i <= N; i++)
        if (!composite[i]) { if (i - prev > gap) { gap = i - prev; gap_at = prev; } prev = i; }
    printf("max gap %d after %d\n", gap, gap_at);
    return 0;
}
