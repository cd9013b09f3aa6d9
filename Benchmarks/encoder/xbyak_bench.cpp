// The encoder mix with xbyak: a CodeGenerator on a caller-supplied buffer (touched before timing),
// two new Xbyak::Label objects per block, the forward jmp asked for as T_SHORT. xbyak resolves a
// pending forward jump when its label is defined, so there is no separate link step to time.
//
// Build: g++ -O2 xbyak_bench.cpp   (Debian libxbyak-dev, header-only)
#include <xbyak/xbyak.h>

#include <vector>

#include "bench_common.h"

struct Mix : Xbyak::CodeGenerator {
  Mix(size_t size, void* buffer) : CodeGenerator(size, buffer) {}

  void encode(int blocks) {
    for (int i = 0; i < blocks; i++) {
      Xbyak::Label top, fwd;
      L(top);
      mov(rax, r8);
      mov(r9, rbx);
      mov(rcx, -0x12345678);
      add(rax, r9);
      sub(r10, rcx);
      imul(r11, rax);
      add(r12, 100);
      sub(r13, 0x10000);
      imul(r14, r15, 12345);
      lea(rdx, ptr[rsi + r8 * 4 + 0x12345678]);
      mov(rdi, qword[rbp + 0x40]);
      mov(qword[r12 + 0x1000], r15);
      cmp(rax, r9);
      jne(top);
      jmp(fwd, T_SHORT);
      mov(r10, -2);
      L(fwd);
    }
  }
};

int main(int argc, char** argv) {
  const char* name = "xbyak";
  bench::Options options = bench::parseOptions(name, argc, argv);
  std::vector<uint8_t> buffer(options.outputSize() + 4096);  // value-initialized: pages touched now
  try {
    Mix mix(buffer.size(), buffer.data());
    return bench::run(
        name, options, [&] { mix.reset(); }, [&](int blocks) { mix.encode(blocks); },
        [&](const uint8_t*& p, size_t& n) {
          if (mix.hasUndefinedLabel()) bench::fail(name, "undefined label");
          p = mix.getCode();
          n = mix.getSize();
        });
  } catch (const std::exception& e) {
    bench::fail(name, e.what());
  }
}
