; ModuleID = 'promotions.c'
source_filename = "promotions.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.str = private unnamed_addr constant [15 x i8] c"uc sub: %d %u\0A\00", align 1
@.str.1 = private unnamed_addr constant [15 x i8] c"uc cmp: %d %d\0A\00", align 1
@.str.2 = private unnamed_addr constant [15 x i8] c"uc not: %d %d\0A\00", align 1
@.str.3 = private unnamed_addr constant [14 x i8] c"us: %d %d %u\0A\00", align 1
@.str.4 = private unnamed_addr constant [17 x i8] c"uc inc wrap: %d\0A\00", align 1
@.str.5 = private unnamed_addr constant [17 x i8] c"uc shift: %d %d\0A\00", align 1
@.str.6 = private unnamed_addr constant [14 x i8] c"sc: %d %d %d\0A\00", align 1
@.str.7 = private unnamed_addr constant [13 x i8] c"char: %c %d\0A\00", align 1
@.str.8 = private unnamed_addr constant [14 x i8] c"us total: %u\0A\00", align 1
@.str.9 = private unnamed_addr constant [26 x i8] c"packed: %016llx le: %08x\0A\00", align 1
@.str.10 = private unnamed_addr constant [17 x i8] c"short: %d %u %d\0A\00", align 1
@.str.11 = private unnamed_addr constant [17 x i8] c"wrapped sum: %d\0A\00", align 1

; Function Attrs: nofree nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef -10, i32 noundef -10)
  %2 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef 1, i32 noundef 0)
  %3 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef 245, i32 noundef -11)
  %4 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i32 noundef 65536, i32 noundef 0, i32 noundef -131071)
  %5 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i32 noundef 0)
  %6 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i32 noundef 256, i32 noundef 0)
  %7 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6, i32 noundef -16, i32 noundef -4, i32 noundef 60)
  %8 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.7, i32 noundef 67, i32 noundef 67)
  %9 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, i32 noundef 20396)
  %10 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.9, i64 noundef 81985529216486895, i32 noundef 1732584193)
  %11 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.10, i32 noundef -5, i32 noundef 65531, i32 noundef 1)
  %12 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.11, i32 noundef 22)
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
