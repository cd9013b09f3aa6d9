/* Large local arrays (big stack frames, memset/memcpy of locals) and deep-ish call chains with them. */
#include <stdio.h>
#include <string.h>

static long long frame_sum(int depth) {
    int local[2048];
    for (int i = 0; i < 2048; i++) local[i] = i ^ depth;
    long long s = 0;
    for (int i = 0; i < 2048; i += 3) s += local[i];
    if (depth > 0) s += frame_sum(depth - 1);
    return s;
}
static int histogram(const char *text) {
    int counts[256];
    memset(counts, 0, sizeof counts);
    for (const char *p = text; *p; p++) counts[(unsigned char)*p]++;
    int best = 0;
    for (int c = 1; c < 256; c++) if (counts[c] > counts[best]) best = c;
    return best;
}

int main(void) {
    double big[4096];
    for (int i = 0; i < 4096; i++) big[i] = i * 0.5;
    double s = 0;
    for (int i = 4095; i >= 0; i -= 5) s += big[i];
    printf("big sum: %.1f\n", s);
    char text[10000];
    for (int i = 0; i < 9999; i++) text[i] = (char)('a' + (i * i) % 26);
    text[9999] = '\0';
    int mc = histogram(text);
    printf("most common: %c\n", mc);
    printf("frames: %lld\n", frame_sum(8));
    long long copy_src[512], copy_dst[512];
    for (int i = 0; i < 512; i++) copy_src[i] = (long long)i * i * i;
    memcpy(copy_dst, copy_src, sizeof copy_src);
    long long t = 0;
    for (int i = 0; i < 512; i++) t += copy_dst[i] - copy_src[i] + (copy_dst[i] & 0xff);
    printf("copy check: %lld\n", t);
    struct { int id; char name[60]; } records[100];
    memset(records, 0, sizeof records);
    for (int i = 0; i < 100; i++) { records[i].id = i * 7; records[i].name[0] = (char)('A' + i % 26); }
    int ids = 0;
    for (int i = 0; i < 100; i++) ids += records[i].id + records[i].name[0];
    printf("records: %d size=%d\n", ids, (int)sizeof records);
    return 0;
}
