// The GDB JIT compilation interface (GDB manual, "JIT Compilation Interface").
//
// GDB looks these two symbols up by name in the inferior: it reads `__jit_debug_descriptor` to find
// the in-memory object files a JIT has registered, and puts a breakpoint on
// `__jit_debug_register_code` so that it hears about every later change. The names, the layout and
// the C linkage are fixed by GDB (and shared by LLDB's JIT loader), which is why they are defined
// in C rather than Swift. All list manipulation happens in Swift, under one lock
// (`GDBJITInterface` in the JIT target).

#ifndef SWIFTJIT_JIT_DEBUG_H
#define SWIFTJIT_JIT_DEBUG_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// What the JIT just did, read by GDB when `__jit_debug_register_code` is hit.
typedef enum {
    JIT_NOACTION = 0,
    JIT_REGISTER_FN = 1,
    JIT_UNREGISTER_FN = 2
} jit_actions_t;

/// One registered in-memory object file, in a doubly linked list.
struct jit_code_entry {
    struct jit_code_entry *next_entry;
    struct jit_code_entry *prev_entry;
    const char *symfile_addr;
    uint64_t symfile_size;
};

/// The list head that GDB reads. `version` must be 1.
struct jit_descriptor {
    uint32_t version;
    /// A `jit_actions_t` value; `uint32_t` as in GDB's own declaration.
    uint32_t action_flag;
    struct jit_code_entry *relevant_entry;
    struct jit_code_entry *first_entry;
};

/// The descriptor GDB reads. Mutate it only through `swiftjit_jit_debug_descriptor()` while holding
/// the JIT's registration lock.
extern struct jit_descriptor __jit_debug_descriptor;

/// GDB's breakpoint target: call after every change to the descriptor.
void __jit_debug_register_code(void);

/// The address of `__jit_debug_descriptor`, so Swift never names the mutable C global directly.
struct jit_descriptor *swiftjit_jit_debug_descriptor(void);

#ifdef __cplusplus
}
#endif

#endif
