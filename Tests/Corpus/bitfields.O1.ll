; ModuleID = 'bitfields.c'
source_filename = "bitfields.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.str = private unnamed_addr constant [31 x i8] c"flags: %u %u %u %d %u size=%d\0A\00", align 1
@.str.1 = private unnamed_addr constant [17 x i8] c"after: %u %u %d\0A\00", align 1
@.str.2 = private unnamed_addr constant [10 x i8] c"count %u\0A\00", align 1
@.str.3 = private unnamed_addr constant [13 x i8] c"pixel: %04x\0A\00", align 1
@.str.4 = private unnamed_addr constant [21 x i8] c"pixel: %04x size=%d\0A\00", align 1
@.str.5 = private unnamed_addr constant [25 x i8] c"wide: %llx %llx size=%d\0A\00", align 1
@.str.6 = private unnamed_addr constant [9 x i8] c"sum: %d\0A\00", align 1

; Function Attrs: nofree nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 1, i32 noundef 5, i32 noundef 4000, i32 noundef -9, i32 noundef 2047, i32 noundef 4)
  %2 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef 0, i32 noundef 4001, i32 noundef -16)
  br label %8

3:                                                ; preds = %8
  %4 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i32 noundef 63503)
  %5 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i32 noundef 63471, i32 noundef 4)
  %6 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i64 noundef 1, i64 noundef 11259375, i32 noundef 8)
  %7 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6, i32 noundef 4212)
  ret i32 0

8:                                                ; preds = %0, %8
  %9 = phi i32 [ -984559, %0 ], [ %16, %8 ]
  %10 = phi i32 [ 0, %0 ], [ %20, %8 ]
  %11 = lshr i32 %9, 4
  %12 = mul i32 %11, 48
  %13 = add i32 %12, 16
  %14 = and i32 %13, 65520
  %15 = and i32 %9, -65521
  %16 = or disjoint i32 %14, %15
  %17 = lshr exact i32 %13, 4
  %18 = and i32 %17, 4095
  %19 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef %18)
  %20 = add nuw nsw i32 %10, 1
  %21 = icmp eq i32 %20, 5
  br i1 %21, label %3, label %8, !llvm.loop !5
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
!5 = distinct !{!5, !6, !7}
!6 = !{!"llvm.loop.mustprogress"}
!7 = !{!"llvm.loop.unroll.disable"}
