/* Large structs (> 16 bytes) returned via sret and passed byval; arrays of structs. */
/* NOINLINE keeps the calls (and their ABI lowering) visible at -O1/-O2. */
#define NOINLINE __attribute__((noinline))
#include <stdio.h>
#include <string.h>

struct Big { long long a, b, c; double d; };
struct Rec { char name[16]; int age; double score; };
struct Mat3 { double m[3][3]; };

NOINLINE struct Big big_make(long long k) { struct Big b = {k, k * 2, k * 3, k / 2.0}; return b; }
NOINLINE struct Big big_add(struct Big x, struct Big y) {
    struct Big r = {x.a + y.a, x.b + y.b, x.c + y.c, x.d + y.d};
    return r;
}
NOINLINE struct Rec rec_make(const char *name, int age, double score) {
    struct Rec r;
    memset(&r, 0, sizeof r);
    strncpy(r.name, name, sizeof r.name - 1);
    r.age = age;
    r.score = score;
    return r;
}
NOINLINE struct Mat3 mat_mul(struct Mat3 a, struct Mat3 b) {
    struct Mat3 r;
    for (int i = 0; i < 3; i++)
        for (int j = 0; j < 3; j++) {
            double s = 0;
            for (int k = 0; k < 3; k++) s += a.m[i][k] * b.m[k][j];
            r.m[i][j] = s;
        }
    return r;
}
NOINLINE double rec_avg(const struct Rec *rs, int n) {
    double s = 0;
    for (int i = 0; i < n; i++) s += rs[i].score;
    return s / n;
}

int main(void) {
    struct Big b = big_add(big_make(10), big_make(7));
    printf("big: %lld %lld %lld %g size=%d\n", b.a, b.b, b.c, b.d, (int)sizeof b);
    struct Rec people[4];
    people[0] = rec_make("alice", 31, 88.5);
    people[1] = rec_make("bob", 25, 92.25);
    people[2] = rec_make("carol-with-a-long-name", 40, 79.0);
    people[3] = rec_make("dan", 19, 60.75);
    for (int i = 0; i < 4; i++) printf("%-16s %3d %6.2f\n", people[i].name, people[i].age, people[i].score);
    printf("avg: %.4f\n", rec_avg(people, 4));
    struct Rec oldest = people[0];
    for (int i = 1; i < 4; i++) if (people[i].age > oldest.age) oldest = people[i];
    printf("oldest: %s\n", oldest.name);
    struct Mat3 a = {{{1, 2, 3}, {4, 5, 6}, {7, 8, 10}}};
    struct Mat3 rot = {{{0, -1, 0}, {1, 0, 0}, {0, 0, 1}}};
    struct Mat3 p = mat_mul(a, rot);
    for (int i = 0; i < 3; i++) printf("%g %g %g\n", p.m[i][0], p.m[i][1], p.m[i][2]);
    struct Big arr[3] = {big_make(1), big_make(2), big_make(3)};
    struct Big tot = {0, 0, 0, 0};
    for (int i = 0; i < 3; i++) tot = big_add(tot, arr[i]);
    printf("tot: %lld %lld %lld %g\n", tot.a, tot.b, tot.c, tot.d);
    return 0;
}
