// Measurement rules shared by the C++ peers of encoder-bench (asmjit_bench.cpp, xbyak_bench.cpp).
//
// They follow Benchmarks/Sources/encoder-bench/main.swift exactly: one untimed warm-up, then the
// best of N timed iterations (CLOCK_MONOTONIC) of encoding `blocks` blocks of the mix; before each
// iteration an untimed `setup` resets the assembler and touches its buffer; after it, the output is
// checked (first block against GNU as, size, FNV-1a 64 hash at the standard size) and one
// `key=value` line is printed for Benchmarks/encoder/run.sh.
#pragma once

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>

namespace bench {

constexpr int kStandardBlocks = 62500;
constexpr int kInstructionsPerBlock = 16;
// FNV-1a 64 of kExpectedBlock repeated 62,500 times. (encoder-mix.md gives 0da8872e48a99c1b, which no
// FNV variant of its own block bytes produces; this value is what the bytes hash to, and what asmjit,
// xbyak and SwiftJIT all produce.)
constexpr uint64_t kExpectedHash = 0x9b031e757c7f106dull;

// One block as GNU as 2.40 assembles it (75 bytes).
constexpr uint8_t kExpectedBlock[] = {
    0x4c, 0x89, 0xc0, 0x49, 0x89, 0xd9, 0x48, 0xc7, 0xc1, 0x88, 0xa9, 0xcb, 0xed, 0x4c, 0x01, 0xc8,
    0x49, 0x29, 0xca, 0x4c, 0x0f, 0xaf, 0xd8, 0x49, 0x83, 0xc4, 0x64, 0x49, 0x81, 0xed, 0x00, 0x00,
    0x01, 0x00, 0x4d, 0x69, 0xf7, 0x39, 0x30, 0x00, 0x00, 0x4a, 0x8d, 0x94, 0x86, 0x78, 0x56, 0x34,
    0x12, 0x48, 0x8b, 0x7d, 0x40, 0x4d, 0x89, 0xbc, 0x24, 0x00, 0x10, 0x00, 0x00, 0x4c, 0x39, 0xc8,
    0x75, 0xbe, 0xeb, 0x07, 0x49, 0xc7, 0xc2, 0xfe, 0xff, 0xff, 0xff};
constexpr size_t kBlockSize = sizeof(kExpectedBlock);

struct Options {
  int iterations = 15;
  int blocks = kStandardBlocks;
  size_t outputSize() const { return size_t(blocks) * kBlockSize; }
};

[[noreturn]] inline void fail(const char* name, const char* message) {
  std::fprintf(stderr, "%s: %s\n", name, message);
  std::exit(1);
}

// Usage: <program> [--iterations N] [--blocks N]
inline Options parseOptions(const char* name, int argc, char** argv) {
  Options o;
  for (int i = 1; i < argc; i++) {
    int* target = std::strcmp(argv[i], "--iterations") == 0 ? &o.iterations
                  : std::strcmp(argv[i], "--blocks") == 0   ? &o.blocks
                                                            : nullptr;
    if (!target || i + 1 >= argc || (*target = std::atoi(argv[++i])) <= 0)
      fail(name, "usage: [--iterations N] [--blocks N] (positive numbers)");
  }
  return o;
}

inline uint64_t nowNs() {
  timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return uint64_t(ts.tv_sec) * 1000000000u + uint64_t(ts.tv_nsec);
}

inline uint64_t fnv1a64(const uint8_t* p, size_t n) {
  uint64_t h = 0xcbf29ce484222325ull;
  for (size_t i = 0; i < n; i++) h = (h ^ p[i]) * 0x100000001b3ull;
  return h;
}

// Checks one iteration's output and returns its hash; exits on any difference.
inline uint64_t check(const char* name, const Options& o, const uint8_t* p, size_t n) {
  char message[512];
  if (n != o.outputSize()) {
    std::snprintf(message, sizeof message, "output is %zu bytes, expected %zu", n, o.outputSize());
    fail(name, message);
  }
  if (std::memcmp(p, kExpectedBlock, kBlockSize) != 0) {
    int k = std::snprintf(message, sizeof message, "first block differs from GNU as:\n  got      ");
    for (size_t i = 0; i < kBlockSize; i++) k += std::snprintf(message + k, sizeof message - k, "%02x", p[i]);
    fail(name, message);
  }
  uint64_t h = fnv1a64(p, n);
  if (o.blocks == kStandardBlocks && h != kExpectedHash) {
    std::snprintf(message, sizeof message, "output hash %016llx differs from the expected %016llx",
                  (unsigned long long)h, (unsigned long long)kExpectedHash);
    fail(name, message);
  }
  return h;
}

// setup(): untimed reset; encode(blocks): the timed work; output(p, n): the bytes produced.
template <class Setup, class Encode, class Output>
int run(const char* name, const Options& o, Setup setup, Encode encode, Output output) {
  uint64_t best = UINT64_MAX, hash = 0;
  for (int iteration = 0; iteration <= o.iterations; iteration++) {  // iteration 0 is the warm-up
    setup();
    uint64_t start = nowNs();
    encode(o.blocks);
    uint64_t elapsed = nowNs() - start;
    if (iteration > 0 && elapsed < best) best = elapsed;
    const uint8_t* p = nullptr;
    size_t n = 0;
    output(p, n);
    hash = check(name, o, p, n);
  }
  double instructions = double(o.blocks) * kInstructionsPerBlock, seconds = double(best) / 1e9;
  std::printf(
      "encoder=%s iterations=%d instructions=%.0f bytes=%zu best_ns=%llu minstr_s=%.2f ns_instr=%.2f "
      "mib_s=%.1f hash=%016llx\n",
      name, o.iterations, instructions, o.outputSize(), (unsigned long long)best, instructions / seconds / 1e6,
      double(best) / instructions, double(o.outputSize()) / seconds / 1048576.0, (unsigned long long)hash);
  return 0;
}

}  // namespace bench
