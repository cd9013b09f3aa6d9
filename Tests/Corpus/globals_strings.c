/* Globals: mutable arrays, const tables, string literals, static locals, pointers in globals. */
#include <stdio.h>
#include <string.h>

int counter = 5;
long long big_global = -77;
double gdoubles[4] = {1.5, 2.5, 3.5};
static int squares[10];
static const unsigned short primes[] = {2, 3, 5, 7, 11, 13, 17, 19, 23, 29};
const char *const colors[] = {"red", "green", "blue"};
char message[32] = "hello";
static const char greeting[] = "good morning";
int *gptr = &counter;
struct Config { const char *name; int level; double ratio; };
static struct Config configs[] = {{"low", 1, 0.25}, {"mid", 5, 0.5}, {"high", 9, 0.875}};

static int next_id(void) {
    static int id = 100;
    return id++;
}
static const char *ordinal(int n) {
    static char buf[16];
    const char *suf = (n % 10 == 1 && n != 11) ? "st" : (n % 10 == 2 && n != 12) ? "nd" : (n % 10 == 3 && n != 13) ? "rd" : "th";
    buf[0] = (char)('0' + n / 10);
    buf[1] = (char)('0' + n % 10);
    strcpy(buf + 2, suf);
    return buf[0] == '0' ? buf + 1 : buf;
}

int main(void) {
    for (int i = 0; i < 10; i++) squares[i] = i * i;
    int s = 0;
    for (int i = 0; i < 10; i++) s += squares[i] * primes[i];
    printf("weighted: %d\n", s);
    *gptr += 10;
    big_global *= counter;
    printf("counter=%d big=%lld\n", counter, big_global);
    gdoubles[3] = gdoubles[0] + gdoubles[2];
    printf("gdoubles: %g %g %g %g\n", gdoubles[0], gdoubles[1], gdoubles[2], gdoubles[3]);
    for (int i = 0; i < 3; i++) printf("color %d: %s (%d)\n", i, colors[i], (int)strlen(colors[i]));
    strcat(message, ", world");
    printf("%s [%d] %s [%d]\n", message, (int)strlen(message), greeting, (int)sizeof greeting);
    for (int i = 0; i < 3; i++) printf("id %d\n", next_id());
    for (int i = 0; i < 3; i++) printf("%s %d %.3f\n", configs[i].name, configs[i].level, configs[i].ratio);
    configs[1].level = 6;
    printf("changed: %d\n", configs[1].level);
    int days[] = {1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 31};
    for (int i = 0; i < 11; i++) printf("%s ", ordinal(days[i]));
    printf("\n");
    const char *lit = "literal" "concat";
    printf("%s %c %d\n", lit, lit[7], "abc"[1]);
    return 0;
}
