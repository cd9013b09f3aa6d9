#include "jit_debug.h"

// Version 1, no action, no entries: the initial state GDB expects.
struct jit_descriptor __jit_debug_descriptor = {1, JIT_NOACTION, 0, 0};

// noinline and the empty asm keep the function (and every call to it) in the binary, so GDB's
// breakpoint on it is always hit. `used` stops the linker from dropping it.
void __attribute__((noinline, used)) __jit_debug_register_code(void) {
    __asm__ volatile("" ::: "memory");
}

struct jit_descriptor *swiftjit_jit_debug_descriptor(void) {
    return &__jit_debug_descriptor;
}
