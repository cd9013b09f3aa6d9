/* String manipulation by hand: reverse in place, palindromes, word reversal, case conversion, atoi/itoa. */
#include <stdio.h>
#include <string.h>

static void reverse(char *s, int len) {
    for (int i = 0, j = len - 1; i < j; i++, j--) { char t = s[i]; s[i] = s[j]; s[j] = t; }
}
static int is_palindrome(const char *s) {
    int i = 0, j = (int)strlen(s) - 1;
    while (i < j) {
        while (i < j && s[i] == ' ') i++;
        while (i < j && s[j] == ' ') j--;
        char a = s[i] >= 'A' && s[i] <= 'Z' ? s[i] + 32 : s[i];
        char b = s[j] >= 'A' && s[j] <= 'Z' ? s[j] + 32 : s[j];
        if (a != b) return 0;
        i++; j--;
    }
    return 1;
}
static void reverse_words(char *s) {
    int n = (int)strlen(s);
    reverse(s, n);
    for (int start = 0, i = 0; i <= n; i++)
        if (s[i] == ' ' || s[i] == '\0') { reverse(s + start, i - start); start = i + 1; }
}
static int my_atoi(const char *s) {
    int sign = 1, v = 0;
    while (*s == ' ') s++;
    if (*s == '-' || *s == '+') sign = *s++ == '-' ? -1 : 1;
    while (*s >= '0' && *s <= '9') v = v * 10 + (*s++ - '0');
    return sign * v;
}
static char *my_itoa(long long v, char *buf, int base) {
    char *p = buf;
    unsigned long long u = v < 0 ? -(unsigned long long)v : (unsigned long long)v;
    do { int d = (int)(u % (unsigned)base); *p++ = (char)(d < 10 ? '0' + d : 'a' + d - 10); u /= (unsigned)base; } while (u);
    if (v < 0) *p++ = '-';
    *p = '\0';
    reverse(buf, (int)(p - buf));
    return buf;
}

int main(void) {
    char s[] = "Hello, JIT world!";
    reverse(s, (int)strlen(s));
    printf("%s\n", s);
    const char *cands[] = {"racecar", "A man a plan a canal Panama", "hello", "", "ab", "Was it a car or a cat I saw"};
    for (int i = 0; i < 6; i++) printf("'%s' -> %d\n", cands[i], is_palindrome(cands[i]));
    char words[] = "the quick brown fox jumps";
    reverse_words(words);
    printf("%s\n", words);
    char up[] = "Mixed Case 123 text";
    for (char *p = up; *p; p++) if (*p >= 'a' && *p <= 'z') *p = (char)(*p - 'a' + 'A');
    printf("%s\n", up);
    printf("atoi: %d %d %d %d\n", my_atoi("  12345"), my_atoi("-987"), my_atoi("+42abc"), my_atoi("x"));
    char buf[80];
    printf("itoa: %s ", my_itoa(0, buf, 10));
    printf("%s ", my_itoa(-9223372036854775807LL - 1, buf, 10));
    printf("%s ", my_itoa(255, buf, 16));
    printf("%s\n", my_itoa(-5, buf, 2));
    return 0;
}
