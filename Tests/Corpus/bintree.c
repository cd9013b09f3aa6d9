/* Binary search tree with malloc: insert, in-order traversal via callback, height, delete all. */
#include <stdio.h>
#include <stdlib.h>

struct Tree { int key; int count; struct Tree *left, *right; };

static struct Tree *insert(struct Tree *t, int key) {
    if (!t) {
        t = malloc(sizeof *t);
        t->key = key; t->count = 1; t->left = t->right = NULL;
        return t;
    }
    if (key < t->key) t->left = insert(t->left, key);
    else if (key > t->key) t->right = insert(t->right, key);
    else t->count++;
    return t;
}
static void walk(const struct Tree *t, void (*visit)(const struct Tree *, void *), void *ctx) {
    if (!t) return;
    walk(t->left, visit, ctx);
    visit(t, ctx);
    walk(t->right, visit, ctx);
}
static void print_node(const struct Tree *t, void *ctx) { (void)ctx; printf(t->count > 1 ? "%d(x%d) " : "%d ", t->key, t->count); }
static void sum_node(const struct Tree *t, void *ctx) { *(long *)ctx += (long)t->key * t->count; }
static int height(const struct Tree *t) {
    if (!t) return 0;
    int l = height(t->left), r = height(t->right);
    return 1 + (l > r ? l : r);
}
static const struct Tree *find(const struct Tree *t, int key) {
    while (t && t->key != key) t = key < t->key ? t->left : t->right;
    return t;
}
static void destroy(struct Tree *t) { if (t) { destroy(t->left); destroy(t->right); free(t); } }

int main(void) {
    struct Tree *root = NULL;
    unsigned s = 99;
    for (int i = 0; i < 30; i++) { s = s * 69069u + 1u; root = insert(root, (int)(s >> 24) % 50); }
    walk(root, print_node, NULL);
    printf("\n");
    long total = 0;
    walk(root, sum_node, &total);
    printf("total=%ld height=%d\n", total, height(root));
    for (int k = 0; k < 50; k += 7) printf("find(%d)=%s ", k, find(root, k) ? "yes" : "no");
    printf("\n");
    destroy(root);
    return 0;
}
