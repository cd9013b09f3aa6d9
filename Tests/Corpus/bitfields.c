/* Bit-fields: packed flags, signed and unsigned fields, read-modify-write, struct layout. */
#include <stdio.h>

struct Flags { unsigned ready : 1; unsigned mode : 3; unsigned count : 12; signed delta : 5; unsigned tail : 11; };
struct Pixel { unsigned r : 5, g : 6, b : 5; };
struct Wide { unsigned long long lo : 40; unsigned long long hi : 24; };

static unsigned pack_pixel(struct Pixel p) { return (unsigned)p.r << 11 | (unsigned)p.g << 5 | p.b; }

int main(void) {
    struct Flags f = {0};
    f.ready = 1;
    f.mode = 5;
    f.count = 4000;
    f.delta = -9;
    f.tail = 2047;
    printf("flags: %u %u %u %d %u size=%d\n", f.ready, f.mode, f.count, f.delta, f.tail, (int)sizeof f);
    f.mode += 3; /* wraps in 3 bits */
    f.count++;
    f.delta -= 7; /* -16 fits */
    printf("after: %u %u %d\n", f.mode, f.count, f.delta);
    for (int i = 0; i < 5; i++) { f.count = (unsigned)(f.count * 3 + 1); printf("count %u\n", f.count); }
    struct Pixel px = {31, 0, 15};
    printf("pixel: %04x\n", pack_pixel(px));
    px.g = 63;
    px.r--;
    printf("pixel: %04x size=%d\n", pack_pixel(px), (int)sizeof px);
    struct Wide w = {0};
    w.lo = 0xffffffffffULL;
    w.hi = 0xabcdef;
    w.lo += 2;
    printf("wide: %llx %llx size=%d\n", (unsigned long long)w.lo, (unsigned long long)w.hi, (int)sizeof w);
    struct Flags arr[3] = {{1, 2, 3, -1, 4}, {0, 7, 100, 15, 0}, {1, 0, 4095, -16, 1}};
    int sum = 0;
    for (int i = 0; i < 3; i++) sum += arr[i].ready + arr[i].mode + arr[i].count + arr[i].delta + arr[i].tail;
    printf("sum: %d\n", sum);
    return 0;
}
