/* Structs through pointers: a malloc'd singly linked list, insertion sort, reversal, free. */
#include <stdio.h>
#include <stdlib.h>

struct Node { int value; struct Node *next; };

static struct Node *push(struct Node *head, int v) {
    struct Node *n = malloc(sizeof *n);
    n->value = v;
    n->next = head;
    return n;
}
static struct Node *insert_sorted(struct Node *head, int v) {
    struct Node **link = &head;
    while (*link && (*link)->value < v) link = &(*link)->next;
    struct Node *n = malloc(sizeof *n);
    n->value = v;
    n->next = *link;
    *link = n;
    return head;
}
static struct Node *reverse(struct Node *h) {
    struct Node *prev = NULL;
    while (h) { struct Node *nx = h->next; h->next = prev; prev = h; h = nx; }
    return prev;
}
static void print(const char *label, const struct Node *h) {
    printf("%s:", label);
    for (; h; h = h->next) printf(" %d", h->value);
    printf("\n");
}
static int length(const struct Node *h) { return h ? 1 + length(h->next) : 0; }
static void free_all(struct Node *h) { while (h) { struct Node *nx = h->next; free(h); h = nx; } }

int main(void) {
    struct Node *list = NULL;
    for (int i = 0; i < 8; i++) list = push(list, i * 3 % 7);
    print("pushed", list);
    list = reverse(list);
    print("reversed", list);
    struct Node *sorted = NULL;
    unsigned seed = 12345;
    for (int i = 0; i < 12; i++) {
        seed = seed * 1103515245u + 12345u;
        sorted = insert_sorted(sorted, (int)((seed >> 16) % 100));
    }
    print("sorted", sorted);
    printf("lengths: %d %d\n", length(list), length(sorted));
    free_all(list);
    free_all(sorted);
    return 0;
}
