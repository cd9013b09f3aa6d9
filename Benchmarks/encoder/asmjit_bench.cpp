// The encoder mix with asmjit: x86::Assembler on a CodeHolder whose .text buffer is reserved (and
// touched) before timing, no validation, the forward jmp asked for as short_(). asmjit binds labels
// as it goes (bind() patches the pending short jmp), so there is no separate link step to time.
//
// Build: g++ -O2 -DASMJIT_STATIC asmjit_bench.cpp -lasmjit -lpthread -lrt   (Debian libasmjit-dev)
#include <asmjit/x86.h>

#include "bench_common.h"

using namespace asmjit;

// Records the first error; asmjit calls it only when something fails, so the hot path pays nothing.
class FirstError : public ErrorHandler {
 public:
  Error error = kErrorOk;
  void handleError(Error err, const char*, BaseEmitter*) override {
    if (error == kErrorOk) error = err;
  }
};

int main(int argc, char** argv) {
  const char* name = "asmjit";
  bench::Options options = bench::parseOptions(name, argc, argv);
  Environment environment(Arch::kX64);
  CodeHolder code;
  x86::Assembler a;
  FirstError errors;

  auto setup = [&] {
    code.reset(ResetPolicy::kSoft);  // keeps the zone memory that holds label entries
    code.init(environment);
    code.setErrorHandler(&errors);
    code.attach(&a);
    CodeBuffer& text = code.textSection()->buffer();
    if (code.reserveBuffer(&text, options.outputSize() + 4096) != kErrorOk) bench::fail(name, "reserveBuffer failed");
    std::memset(text.data(), 0, text.capacity());  // fault the pages in before timing
  };

  auto encode = [&](int blocks) {
    using namespace x86;
    for (int i = 0; i < blocks; i++) {
      Label top = a.newLabel();
      Label fwd = a.newLabel();
      a.bind(top);
      a.mov(rax, r8);
      a.mov(r9, rbx);
      a.mov(rcx, -0x12345678);
      a.add(rax, r9);
      a.sub(r10, rcx);
      a.imul(r11, rax);
      a.add(r12, 100);
      a.sub(r13, 0x10000);
      a.imul(r14, r15, 12345);
      a.lea(rdx, ptr(rsi, r8, 2, 0x12345678));
      a.mov(rdi, qword_ptr(rbp, 0x40));
      a.mov(qword_ptr(r12, 0x1000), r15);
      a.cmp(rax, r9);
      a.jne(top);
      a.short_().jmp(fwd);
      a.mov(r10, -2);
      a.bind(fwd);
    }
  };

  auto output = [&](const uint8_t*& p, size_t& n) {
    if (errors.error != kErrorOk) bench::fail(name, DebugUtils::errorAsString(errors.error));
    if (code.hasUnresolvedLinks()) bench::fail(name, "unresolved label links");
    const CodeBuffer& text = code.textSection()->buffer();
    p = text.data();
    n = text.size();
  };

  return bench::run(name, options, setup, encode, output);
}
