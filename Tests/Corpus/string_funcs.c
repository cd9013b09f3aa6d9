/* libc string and memory functions: memcpy, memmove, memset, memcmp, strlen, strcmp, strcpy, strncpy, strcat. */
#include <stdio.h>
#include <string.h>
#include <stdlib.h>

static int sign(int x) { return (x > 0) - (x < 0); }

int main(void) {
    char buf[64];
    memset(buf, 'x', sizeof buf);
    buf[10] = '\0';
    printf("memset: %s len=%d\n", buf, (int)strlen(buf));
    strcpy(buf, "abc");
    strcat(buf, "def");
    strcat(buf, "ghi");
    printf("strcat: %s len=%d\n", buf, (int)strlen(buf));
    memmove(buf + 2, buf, 7);
    buf[9] = '\0';
    printf("memmove fwd: %s\n", buf);
    memmove(buf, buf + 3, 6);
    printf("memmove back: %s\n", buf);
    char dst[8];
    strncpy(dst, "truncate me", 7);
    dst[7] = '\0';
    printf("strncpy: %s\n", dst);
    const char *pairs[][2] = {{"apple", "apple"}, {"apple", "apples"}, {"b", "a"}, {"", "x"}, {"Zebra", "apple"}};
    for (int i = 0; i < 5; i++)
        printf("strcmp(%s,%s)=%d\n", pairs[i][0], pairs[i][1], sign(strcmp(pairs[i][0], pairs[i][1])));
    unsigned char m1[5] = {1, 2, 3, 4, 5}, m2[5] = {1, 2, 3, 4, 200};
    printf("memcmp: %d %d %d\n", sign(memcmp(m1, m2, 4)), sign(memcmp(m1, m2, 5)), sign(memcmp(m2, m1, 5)));
    int src[6] = {10, 20, 30, 40, 50, 60}, cp[6];
    memcpy(cp, src, sizeof src);
    memset(cp + 2, 0, 2 * sizeof(int));
    for (int i = 0; i < 6; i++) printf("%d ", cp[i]);
    printf("\n");
    char *heap = malloc(100);
    heap[0] = '\0';
    for (int i = 0; i < 5; i++) { strcat(heap, "ab"); strcat(heap, i % 2 ? "+" : "-"); }
    printf("heap: %s (%d)\n", heap, (int)strlen(heap));
    char *z = calloc(16, 1);
    int zeros = 0;
    for (int i = 0; i < 16; i++) zeros += z[i] == 0;
    printf("calloc zeros: %d\n", zeros);
    struct { int a; double b; char c[4]; } s1 = {1, 2.0, "xy"}, s2;
    memcpy(&s2, &s1, sizeof s1);
    printf("struct copy: %d %g %s\n", s2.a, s2.b, s2.c);
    free(z);
    free(heap);
    return 0;
}
