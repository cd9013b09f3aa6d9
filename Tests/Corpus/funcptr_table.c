/* Function pointers: tables, passing as arguments, returning them, in structs. */
#include <stdio.h>

typedef int (*binop)(int, int);
static int add(int a, int b) { return a + b; }
static int sub(int a, int b) { return a - b; }
static int mul(int a, int b) { return a * b; }
static int maxi(int a, int b) { return a > b ? a : b; }
static int band(int a, int b) { return a & b; }

static const binop table[] = {add, sub, mul, maxi, band};
static const char *const names[] = {"add", "sub", "mul", "max", "and"};

static int fold(binop f, const int *xs, int n, int init) {
    int acc = init;
    for (int i = 0; i < n; i++) acc = f(acc, xs[i]);
    return acc;
}
static binop pick(char c) {
    switch (c) {
    case '+': return add;
    case '-': return sub;
    case '*': return mul;
    default: return 0;
    }
}
struct Op { const char *name; double (*fn)(double); };
static double twice(double x) { return 2 * x; }
static double square(double x) { return x * x; }
static double negate(double x) { return -x; }
static void apply_all(const struct Op *ops, int n, double x) {
    for (int i = 0; i < n; i++) printf("%s(%g)=%g\n", ops[i].name, x, ops[i].fn(x));
}

int main(void) {
    int xs[] = {3, 9, 4, 12, 7};
    for (int i = 0; i < 5; i++) printf("%s: %d\n", names[i], fold(table[i], xs, 5, i == 2 ? 1 : (i == 4 ? -1 : 0)));
    const char *expr = "+*-?";
    for (const char *p = expr; *p; p++) {
        binop f = pick(*p);
        if (f) printf("%c -> %d\n", *p, f(20, 6));
        else printf("%c -> none\n", *p);
    }
    struct Op ops[] = {{"twice", twice}, {"square", square}, {"negate", negate}};
    apply_all(ops, 3, 1.5);
    double (*compose[3])(double) = {square, twice, negate};
    double v = 3;
    for (int i = 0; i < 3; i++) v = compose[i](v);
    printf("composed: %g\n", v);
    binop volatile_choice = (xs[0] > 2) ? mul : add;
    printf("chosen: %d same=%d\n", volatile_choice(6, 7), volatile_choice == mul);
    return 0;
}
