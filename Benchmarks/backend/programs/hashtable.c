/* hashtable: open-addressing (linear probing) table of 64-bit keys; argv[1] operations (default 8,000,000). */
#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>

#define CAP (1u << 21)

static uint64_t keys[CAP];
static uint64_t vals[CAP];
static unsigned char used[CAP];

static uint64_t mix(uint64_t x) {
    x ^= x >> 33; x *= 0xff51afd7ed558ccdull;
    x ^= x >> 33; x *= 0xc4ceb9fe1a85ec53ull;
    x ^= x >> 33;
    return x;
}

static void put(uint64_t k, uint64_t v) {
    uint32_t i = (uint32_t)mix(k) & (CAP - 1);
    while (used[i] && keys[i] != k) i = (i + 1) & (CAP - 1);
    used[i] = 1; keys[i] = k; vals[i] += v;
}

static int get(uint64_t k, uint64_t *v) {
    uint32_t i = (uint32_t)mix(k) & (CAP - 1);
    while (used[i]) {
        if (keys[i] == k) { *v = vals[i]; return 1; }
        i = (i + 1) & (CAP - 1);
    }
    return 0;
}

int main(int argc, char **argv) {
    long ops = argc > 1 ? atol(argv[1]) : 8000000;
    uint64_t state = 88172645463325252ull, sum = 0, found = 0;
    for (long i = 0; i < ops; i++) {
        state ^= state << 13; state ^= state >> 7; state ^= state << 17;
        uint64_t k = state % 1000003u, v;
        if (i & 1) { if (get(k, &v)) { found++; sum += v * (k | 1); } }
        else put(k, i);
    }
    printf("hashtable ops=%ld found=%llu sum=%llu\n", ops, (unsigned long long)found, (unsigned long long)sum);
    return 0;
}
