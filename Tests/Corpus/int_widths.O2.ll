; ModuleID = 'int_widths.c'
source_filename = "int_widths.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.str = private unnamed_addr constant [23 x i8] c"sizes: %d %d %d %d %d\0A\00", align 1
@.str.1 = private unnamed_addr constant [16 x i8] c"u8 wrap: %u %u\0A\00", align 1
@.str.2 = private unnamed_addr constant [17 x i8] c"u16 wrap: %u %u\0A\00", align 1
@.str.3 = private unnamed_addr constant [17 x i8] c"u32 wrap: %u %u\0A\00", align 1
@.str.4 = private unnamed_addr constant [21 x i8] c"u64 wrap: %llu %llu\0A\00", align 1
@.str.5 = private unnamed_addr constant [14 x i8] c"s8: %d %d %d\0A\00", align 1
@.str.6 = private unnamed_addr constant [15 x i8] c"s16: %d %d %d\0A\00", align 1
@.str.7 = private unnamed_addr constant [28 x i8] c"widen: %lld %llu %lld %llu\0A\00", align 1
@.str.8 = private unnamed_addr constant [36 x i8] c"chain: %d %u %d %u %d %u %lld %llu\0A\00", align 1
@.str.9 = private unnamed_addr constant [14 x i8] c"mixed: %d %d\0A\00", align 1
@.str.10 = private unnamed_addr constant [15 x i8] c"mixed64: %lld\0A\00", align 1
@.str.11 = private unnamed_addr constant [11 x i8] c"acc: %llu\0A\00", align 1
@.str.13 = private unnamed_addr constant [18 x i8] c"fnv1a: %u 0x%08x\0A\00", align 1
@.str.14 = private unnamed_addr constant [13 x i8] c"promote: %d\0A\00", align 1
@.str.15 = private unnamed_addr constant [28 x i8] c"limits: %d %d %u %lld %llu\0A\00", align 1

; Function Attrs: nofree nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 1, i32 noundef 2, i32 noundef 4, i32 noundef 8, i32 noundef 8)
  %2 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef 44, i32 noundef 0)
  %3 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef 24464, i32 noundef 65534)
  %4 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i32 noundef -1, i32 noundef -5)
  %5 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i64 noundef 1, i64 noundef 0)
  %6 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i32 noundef 127, i32 noundef -128, i32 noundef 44)
  %7 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6, i32 noundef 32767, i32 noundef -32768, i32 noundef -4464)
  %8 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.7, i64 noundef -5, i64 noundef 251, i64 noundef 100, i64 noundef 7)
  %9 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, i32 noundef -1, i32 noundef 255, i32 noundef -1, i32 noundef 65535, i32 noundef 65535, i32 noundef -1, i64 noundef 4294967295, i64 noundef -1)
  %10 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.9, i32 noundef 1, i32 noundef 1)
  %11 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.10, i64 noundef -12000000000)
  %12 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.11, i64 noundef 2866337510376752556)
  %13 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.13, i32 noundef -106756735, i32 noundef -106756735)
  %14 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.14, i32 noundef 1000000)
  %15 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.15, i32 noundef -128, i32 noundef -32768, i32 noundef -1, i64 noundef -9223372036854775808, i64 noundef -1)
  ret i32 0
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #1

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!"clang version 21.0.0 (https://github.com/swiftlang/llvm-project.git 11673e6660b2d0a5f9f99b1c7b773f4c2f6df1b0)"}
