; ModuleID = 'shifts.c'
source_filename = "shifts.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@__const.main.amounts = private unnamed_addr constant [6 x i32] [i32 0, i32 1, i32 4, i32 7, i32 15, i32 31], align 16
@.str = private unnamed_addr constant [28 x i8] c"n=%2d sar=%d shr=%u shl=%u\0A\00", align 1
@__const.main.amounts64 = private unnamed_addr constant [5 x i32] [i32 0, i32 3, i32 32, i32 33, i32 63], align 16
@.str.1 = private unnamed_addr constant [40 x i8] c"n=%2d sar64=%lld shr64=%llu shl64=%llx\0A\00", align 1
@.str.2 = private unnamed_addr constant [25 x i8] c"small n=%d: %d %d %d %d\0A\00", align 1
@.str.3 = private unnamed_addr constant [15 x i8] c"u8 shl: %d %d\0A\00", align 1
@.str.4 = private unnamed_addr constant [14 x i8] c"mask: 0x%08x\0A\00", align 1
@.str.5 = private unnamed_addr constant [13 x i8] c"k=%d v=%lld\0A\00", align 1

; Function Attrs: nofree nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  br label %1

1:                                                ; preds = %0, %1
  %2 = phi i64 [ 0, %0 ], [ %9, %1 ]
  %3 = getelementptr inbounds nuw [6 x i32], ptr @__const.main.amounts, i64 0, i64 %2
  %4 = load i32, ptr %3, align 4, !tbaa !5
  %5 = ashr i32 -123456789, %4
  %6 = lshr i32 -2147483647, %4
  %7 = shl i32 305419896, %4
  %8 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef %4, i32 noundef %5, i32 noundef %6, i32 noundef %7)
  %9 = add nuw nsw i64 %2, 1
  %10 = icmp eq i64 %9, 6
  br i1 %10, label %11, label %1, !llvm.loop !9

11:                                               ; preds = %1, %11
  %12 = phi i64 [ %20, %11 ], [ 0, %1 ]
  %13 = getelementptr inbounds nuw [5 x i32], ptr @__const.main.amounts64, i64 0, i64 %12
  %14 = load i32, ptr %13, align 4, !tbaa !5
  %15 = zext nneg i32 %14 to i64
  %16 = ashr i64 -9000000000000000000, %15
  %17 = lshr i64 -81985529216486896, %15
  %18 = shl i64 81985529216486895, %15
  %19 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef %14, i64 noundef %16, i64 noundef %17, i64 noundef %18)
  %20 = add nuw nsw i64 %12, 1
  %21 = icmp eq i64 %20, 5
  br i1 %21, label %26, label %11, !llvm.loop !12

22:                                               ; preds = %26
  %23 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i32 noundef 40, i32 noundef 1320)
  %24 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i32 noundef 1108378657)
  %25 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i32 noundef 62, i64 noundef 4611686018427387904)
  ret i32 0

26:                                               ; preds = %11, %26
  %27 = phi i32 [ %33, %26 ], [ 0, %11 ]
  %28 = ashr exact i32 -128, %27
  %29 = lshr i32 129, %27
  %30 = ashr exact i32 -32768, %27
  %31 = lshr i32 32769, %27
  %32 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef %27, i32 noundef %28, i32 noundef %29, i32 noundef %30, i32 noundef %31)
  %33 = add nuw nsw i32 %27, 3
  %34 = icmp samesign ult i32 %27, 5
  br i1 %34, label %26, label %22, !llvm.loop !13
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
!5 = !{!6, !6, i64 0}
!6 = !{!"int", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = distinct !{!9, !10, !11}
!10 = !{!"llvm.loop.mustprogress"}
!11 = !{!"llvm.loop.unroll.disable"}
!12 = distinct !{!12, !10, !11}
!13 = distinct !{!13, !10, !11}
