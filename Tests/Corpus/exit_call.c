/* Terminates through exit(5) from a nested call; output printed before exit must be flushed. */
#include <stdio.h>
#include <stdlib.h>

static int depth_reached;
static void descend(int depth) {
    depth_reached = depth;
    if (depth == 4) {
        printf("exiting at depth %d\n", depth);
        exit(5);
    }
    printf("depth %d\n", depth);
    descend(depth + 1);
    printf("never printed %d\n", depth);
}

int main(void) {
    printf("start\n");
    descend(0);
    printf("not reached\n");
    return 0;
}
