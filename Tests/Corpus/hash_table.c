/* Open-addressing hash table with string keys: insert, update, lookup, delete with tombstones. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define CAP 64
struct Entry { char key[16]; int value; int state; /* 0 empty, 1 used, 2 deleted */ };
struct Table { struct Entry slots[CAP]; int count; };

static unsigned hash(const char *s) { unsigned h = 2166136261u; while (*s) { h ^= (unsigned char)*s++; h *= 16777619u; } return h; }
static struct Entry *lookup(struct Table *t, const char *key, int for_insert) {
    unsigned i = hash(key) % CAP;
    struct Entry *tomb = NULL;
    for (int n = 0; n < CAP; n++, i = (i + 1) % CAP) {
        struct Entry *e = &t->slots[i];
        if (e->state == 0) return for_insert ? (tomb ? tomb : e) : NULL;
        if (e->state == 2) { if (!tomb) tomb = e; continue; }
        if (strcmp(e->key, key) == 0) return e;
    }
    return for_insert ? tomb : NULL;
}
static void put(struct Table *t, const char *key, int value) {
    struct Entry *e = lookup(t, key, 1);
    if (e->state != 1) { strcpy(e->key, key); e->state = 1; t->count++; }
    e->value = value;
}
static int get(struct Table *t, const char *key, int dflt) { struct Entry *e = lookup(t, key, 0); return e ? e->value : dflt; }
static void del(struct Table *t, const char *key) { struct Entry *e = lookup(t, key, 0); if (e) { e->state = 2; t->count--; } }

int main(void) {
    struct Table *t = calloc(1, sizeof *t);
    const char *words[] = {"alpha", "beta", "gamma", "delta", "alpha", "epsilon", "beta", "alpha", "zeta", "eta"};
    for (int i = 0; i < 10; i++) put(t, words[i], get(t, words[i], 0) + 1);
    printf("count=%d alpha=%d beta=%d zeta=%d missing=%d\n", t->count, get(t, "alpha", 0), get(t, "beta", 0),
           get(t, "zeta", 0), get(t, "omega", -1));
    del(t, "beta");
    del(t, "nothing");
    printf("after delete: count=%d beta=%d gamma=%d\n", t->count, get(t, "beta", -1), get(t, "gamma", -1));
    char key[16];
    for (int i = 0; i < 40; i++) {
        key[0] = (char)('a' + i % 26); key[1] = (char)('0' + i / 26); key[2] = '\0';
        put(t, key, i * i);
    }
    long long total = 0;
    for (int i = 0; i < CAP; i++) if (t->slots[i].state == 1) total += t->slots[i].value;
    printf("count=%d total=%lld b1=%d\n", t->count, total, get(t, "b1", -1));
    free(t);
    return 0;
}
