/* CRC-32 (IEEE) with a computed table and bitwise, Adler-32, and a djb2 hash. */
#include <stdio.h>
#include <string.h>
#include <stdint.h>

static uint32_t table[256];
static void make_table(void) {
    for (uint32_t n = 0; n < 256; n++) {
        uint32_t c = n;
        for (int k = 0; k < 8; k++) c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        table[n] = c;
    }
}
static uint32_t crc32_table(const unsigned char *buf, size_t len) {
    uint32_t c = 0xffffffffu;
    for (size_t i = 0; i < len; i++) c = table[(c ^ buf[i]) & 0xff] ^ (c >> 8);
    return c ^ 0xffffffffu;
}
static uint32_t crc32_bitwise(const char *s) {
    uint32_t crc = 0xffffffffu;
    while (*s) {
        crc ^= (unsigned char)*s++;
        for (int k = 0; k < 8; k++) crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1)));
    }
    return ~crc;
}
static uint32_t adler32(const char *s) {
    uint32_t a = 1, b = 0;
    for (; *s; s++) { a = (a + (unsigned char)*s) % 65521; b = (b + a) % 65521; }
    return (b << 16) | a;
}
static unsigned long djb2(const char *s) {
    unsigned long h = 5381;
    int c;
    while ((c = (unsigned char)*s++)) h = h * 33 + (unsigned long)c;
    return h;
}

int main(void) {
    make_table();
    const char *inputs[] = {"", "a", "abc", "123456789", "The quick brown fox jumps over the lazy dog"};
    for (int i = 0; i < 5; i++) {
        const char *s = inputs[i];
        printf("%-45s crc=%08x/%08x adler=%08x djb2=%lu\n", s, crc32_table((const unsigned char *)s, strlen(s)),
               crc32_bitwise(s), adler32(s), djb2(s));
    }
    printf("table[1]=%08x table[255]=%08x\n", table[1], table[255]);
    return 0;
}
