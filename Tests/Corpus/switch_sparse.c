/* Sparse switches (compare trees), fallthrough, switch on chars and 64-bit values. */
#include <stdio.h>

static int sparse(int x) {
    switch (x) {
    case -1000: return 1;
    case 7: return 2;
    case 100: return 3;
    case 4096: return 4;
    case 99999: return 5;
    case 2147483647: return 6;
    default: return 0;
    }
}
static int fall(int n) {
    int acc = 0;
    switch (n) {
    case 5: acc += 5; /* fallthrough */
    case 4: acc += 4; /* fallthrough */
    case 3: acc += 3; break;
    case 2: acc += 2; /* fallthrough */
    case 1: acc += 1; /* fallthrough */
    default: acc += 100;
    }
    return acc;
}
static const char *classify(char c) {
    switch (c) {
    case 'a': case 'e': case 'i': case 'o': case 'u': return "vowel";
    case ' ': case '\t': return "space";
    case '0': case '1': case '2': case '3': case '4':
    case '5': case '6': case '7': case '8': case '9': return "digit";
    default: return "other";
    }
}
static int big_switch(unsigned long long v) {
    switch (v) {
    case 0x100000000ULL: return 1;
    case 0xffffffffffffffffULL: return 2;
    case 42: return 3;
    case 0x8000000000000000ULL: return 4;
    default: return -1;
    }
}

int main(void) {
    int probes[] = {-1000, 7, 8, 100, 4096, 99999, 2147483647, 0, -1};
    for (int i = 0; i < 9; i++) printf("sparse(%d)=%d\n", probes[i], sparse(probes[i]));
    for (int n = 0; n <= 6; n++) printf("fall(%d)=%d\n", n, fall(n));
    const char *text = "hi 2 you\tx9";
    for (const char *p = text; *p; p++) printf("'%c':%s ", *p == '\t' ? 'T' : *p, classify(*p));
    printf("\n");
    unsigned long long bv[] = {0x100000000ULL, 0xffffffffffffffffULL, 42, 0x8000000000000000ULL, 43};
    for (int i = 0; i < 5; i++) printf("big(%llx)=%d\n", bv[i], big_switch(bv[i]));
    return 0;
}
