/* Dense switch statements (jump tables / lookup tables at -O2). */
#include <stdio.h>

static const char *day_name(int d) {
    switch (d) {
    case 0: return "Sun";
    case 1: return "Mon";
    case 2: return "Tue";
    case 3: return "Wed";
    case 4: return "Thu";
    case 5: return "Fri";
    case 6: return "Sat";
    default: return "???";
    }
}
static int weird(int x) {
    int r = 0;
    switch (x) {
    case 10: r = x * 3; break;
    case 11: r = x - 100; break;
    case 12: r = x << 4; break;
    case 13: r = ~x; break;
    case 14: r = x / 3; break;
    case 15: r = x % 4; break;
    case 16: r = -x; break;
    case 17: r = x ^ 0x55; break;
    default: r = 1000; break;
    }
    return r;
}
static double dswitch(unsigned char op, double a, double b) {
    switch (op) {
    case 0: return a + b;
    case 1: return a - b;
    case 2: return a * b;
    case 3: return a / b;
    case 4: return a > b ? a : b;
    case 5: return -a;
    }
    return 0.0;
}

int main(void) {
    for (int d = -1; d <= 7; d++) printf("%d:%s ", d, day_name(d));
    printf("\n");
    for (int x = 8; x <= 19; x++) printf("weird(%d)=%d\n", x, weird(x));
    for (unsigned char op = 0; op < 7; op++) printf("op%d: %g\n", op, dswitch(op, 7.5, 2.5));
    int hist[4] = {0};
    for (int i = 0; i < 100; i++) {
        switch (i % 4) {
        case 0: hist[0]++; break;
        case 1: hist[1] += 2; break;
        case 2: hist[2] += 3; break;
        case 3: hist[3] += i; break;
        }
    }
    printf("hist: %d %d %d %d\n", hist[0], hist[1], hist[2], hist[3]);
    return 0;
}
