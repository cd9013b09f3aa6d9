/* bytecode: a stack-machine interpreter loop (switch dispatch) running a nested counting loop
   program; argv[1] = outer iterations (default 20000). */
#include <stdio.h>
#include <stdlib.h>

enum { PUSH, LOAD, STORE, ADD, SUB, MUL, MOD, XOR, JNZ, DUP, POP, HALT };

static long run(const int *code, long *vars) {
    long stack[64];
    int sp = 0, pc = 0;
    for (;;) {
        int op = code[pc++];
        switch (op) {
        case PUSH: stack[sp++] = code[pc++]; break;
        case LOAD: stack[sp++] = vars[code[pc++]]; break;
        case STORE: vars[code[pc++]] = stack[--sp]; break;
        case ADD: sp--; stack[sp - 1] += stack[sp]; break;
        case SUB: sp--; stack[sp - 1] -= stack[sp]; break;
        case MUL: sp--; stack[sp - 1] = (long)((unsigned long)stack[sp - 1] * (unsigned long)stack[sp]); break;
        case MOD: sp--; stack[sp - 1] %= stack[sp]; break;
        case XOR: sp--; stack[sp - 1] ^= stack[sp]; break;
        case JNZ: { int t = code[pc++]; if (stack[--sp] != 0) pc = t; break; }
        case DUP: stack[sp] = stack[sp - 1]; sp++; break;
        case POP: sp--; break;
        case HALT: return vars[2];
        default: return -1;
        }
    }
}

int main(int argc, char **argv) {
    long outer = argc > 1 ? atol(argv[1]) : 20000;
    /* vars: 0 = i (outer counter), 1 = j (inner counter), 2 = acc */
    const int code[] = {
        /*  0 */ LOAD, 0, JNZ, 5, HALT,
        /*  5 */ PUSH, 1000, STORE, 1,
        /*  9: inner body: acc = (acc * 31 + (j ^ i)) % 2147483647 */
        /*  9 */ LOAD, 2, PUSH, 31, MUL, LOAD, 1, LOAD, 0, XOR, ADD, PUSH, 2147483647, MOD, STORE, 2,
        /* 25 */ LOAD, 1, PUSH, 1, SUB, DUP, STORE, 1, JNZ, 9,
        /* 35 */ LOAD, 0, PUSH, 1, SUB, STORE, 0, PUSH, 1, JNZ, 0,
    };
    long vars[3] = {outer, 0, 7};
    long r = run(code, vars);
    printf("bytecode outer=%ld acc=%ld\n", outer, r);
    return 0;
}
