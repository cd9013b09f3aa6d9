/* Recursive-descent expression parser and evaluator over a string (recursion, switch on chars, pointers). */
#include <stdio.h>

static const char *pos;
static int error;

static long long expr(void);
static void skip(void) { while (*pos == ' ') pos++; }
static long long primary(void) {
    skip();
    if (*pos == '(') {
        pos++;
        long long v = expr();
        skip();
        if (*pos == ')') pos++; else error = 1;
        return v;
    }
    if (*pos == '-') { pos++; return -primary(); }
    if (*pos < '0' || *pos > '9') { error = 2; return 0; }
    long long v = 0;
    while (*pos >= '0' && *pos <= '9') v = v * 10 + (*pos++ - '0');
    return v;
}
static long long power(void) {
    long long base = primary();
    skip();
    if (*pos == '^') {
        pos++;
        long long e = power(), r = 1;
        while (e-- > 0) r *= base;
        return r;
    }
    return base;
}
static long long term(void) {
    long long v = power();
    for (;;) {
        skip();
        char op = *pos;
        if (op != '*' && op != '/' && op != '%') return v;
        pos++;
        long long r = power();
        if ((op == '/' || op == '%') && r == 0) { error = 3; return 0; }
        switch (op) { case '*': v *= r; break; case '/': v /= r; break; default: v %= r; }
    }
}
static long long expr(void) {
    long long v = term();
    for (;;) {
        skip();
        if (*pos == '+') { pos++; v += term(); }
        else if (*pos == '-') { pos++; v -= term(); }
        else return v;
    }
}
static void eval(const char *s) {
    pos = s;
    error = 0;
    long long v = expr();
    skip();
    if (*pos) error = error ? error : 4;
    if (error) printf("%-28s => error %d\n", s, error);
    else printf("%-28s => %lld\n", s, v);
}

int main(void) {
    eval("1 + 2 * 3");
    eval("(1 + 2) * 3");
    eval("2 ^ 3 ^ 2");
    eval("-7 / 2 + -7 % 2");
    eval("100 - 10 - 1");
    eval("((((42))))");
    eval("2 ^ 62 + (2 ^ 62 - 1)");
    eval("5 / (3 - 3)");
    eval("3 + * 4");
    eval("(1 + 2");
    eval("12 34");
    return 0;
}
