/* Enums: explicit values, negative values, enums in switches and arrays, enum arithmetic. Exits with status 2. */
#include <stdio.h>

enum Color { RED, GREEN = 5, BLUE, ALPHA = -3, LAST = BLUE + 10 };
enum Dir { NORTH, EAST, SOUTH, WEST, DIR_COUNT };
typedef enum { OK = 0, WARN = 1, FAIL = 2 } Status;

static const char *dir_names[DIR_COUNT] = {"north", "east", "south", "west"};
static enum Dir turn_right(enum Dir d) { return (enum Dir)((d + 1) % DIR_COUNT); }
static enum Dir turn_left(enum Dir d) { return (enum Dir)((d + DIR_COUNT - 1) % DIR_COUNT); }
static Status check(int v) {
    if (v < 0) return FAIL;
    if (v > 100) return WARN;
    return OK;
}
static const char *color_name(enum Color c) {
    switch (c) {
    case RED: return "red";
    case GREEN: return "green";
    case BLUE: return "blue";
    case ALPHA: return "alpha";
    case LAST: return "last";
    }
    return "?";
}

int main(void) {
    printf("values: %d %d %d %d %d\n", RED, GREEN, BLUE, ALPHA, LAST);
    enum Color cs[] = {RED, GREEN, BLUE, ALPHA, LAST};
    for (int i = 0; i < 5; i++) printf("%s ", color_name(cs[i]));
    printf("\n");
    enum Dir d = NORTH;
    const char *path = "RRLRRRLL";
    for (const char *p = path; *p; p++) {
        d = *p == 'R' ? turn_right(d) : turn_left(d);
        printf("%s ", dir_names[d]);
    }
    printf("\n");
    int vals[] = {5, 500, -1, 100};
    Status worst = OK;
    for (int i = 0; i < 4; i++) {
        Status s = check(vals[i]);
        printf("check(%d)=%d\n", vals[i], s);
        if (s > worst) worst = s;
    }
    printf("sizeof enum: %d\n", (int)sizeof(enum Color));
    return worst;
}
