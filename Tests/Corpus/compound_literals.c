/* Compound literals, designated initializers, nested aggregate initialization. */
#include <stdio.h>

struct Point { int x, y; };
struct Rect { struct Point min, max; const char *label; };
struct Conf { int a; double b; char tag[8]; int arr[4]; };

static int area(struct Rect r) { return (r.max.x - r.min.x) * (r.max.y - r.min.y); }
static int sum(const int *v, int n) { int s = 0; for (int i = 0; i < n; i++) s += v[i]; return s; }
static struct Point midpoint(const struct Point *a, const struct Point *b) {
    return (struct Point){(a->x + b->x) / 2, (a->y + b->y) / 2};
}

int main(void) {
    printf("area: %d\n", area((struct Rect){{0, 0}, {4, 5}, "box"}));
    printf("sum: %d %d\n", sum((int[]){1, 2, 3, 4}, 4), sum((int[5]){[2] = 10, [4] = 7}, 5));
    struct Point m = midpoint(&(struct Point){2, 8}, &(struct Point){10, -4});
    printf("mid: %d %d\n", m.x, m.y);
    struct Rect r = {.max = {.y = 9, .x = 3}, .label = "designated"};
    printf("rect: %d %d %d %d %s area=%d\n", r.min.x, r.min.y, r.max.x, r.max.y, r.label, area(r));
    struct Conf c = {.b = 2.5, .arr = {[1] = 5, [3] = 9}, .tag = "tg"};
    printf("conf: %d %g %s %d %d %d %d\n", c.a, c.b, c.tag, c.arr[0], c.arr[1], c.arr[2], c.arr[3]);
    int table[10] = {[0] = 1, [5] = 50, [9] = 99, [6] = 60};
    for (int i = 0; i < 10; i++) printf("%d ", table[i]);
    printf("\n");
    struct Point *pts = (struct Point[]){{1, 1}, {2, 4}, {3, 9}};
    int acc = 0;
    for (int i = 0; i < 3; i++) acc += pts[i].x * pts[i].y;
    printf("pts: %d\n", acc);
    for (int i = 0; i < 3; i++) {
        struct Point p = (struct Point){i, i * 2};
        p.x += 100;
        printf("loop literal: %d %d\n", p.x, p.y);
    }
    const char *s = (const char[]){'o', 'k', '\0'};
    printf("chars: %s\n", s);
    double *dv = (double[3]){0.5, 1.5};
    printf("dv: %g %g %g\n", dv[0], dv[1], dv[2]);
    return 0;
}
