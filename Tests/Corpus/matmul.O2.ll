; ModuleID = 'matmul.c'
source_filename = "matmul.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.str = private unnamed_addr constant [25 x i8] c"%8.4f %8.4f %8.4f %8.4f\0A\00", align 1
@.str.1 = private unnamed_addr constant [16 x i8] c"fib(%d) = %lld\0A\00", align 1
@.str.2 = private unnamed_addr constant [10 x i8] c"det = %g\0A\00", align 1
@.str.3 = private unnamed_addr constant [14 x i8] c"trace = %.6f\0A\00", align 1

; Function Attrs: nofree nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef 1.750000e+00, double noundef 2.000000e+00, double noundef 2.250000e+00, double noundef 2.500000e+00)
  %2 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef 5.250000e+00, double noundef 4.500000e+00, double noundef 3.750000e+00, double noundef 3.000000e+00)
  %3 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef 8.750000e+00, double noundef 7.000000e+00, double noundef 5.250000e+00, double noundef 3.500000e+00)
  %4 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef 1.225000e+01, double noundef 9.500000e+00, double noundef 6.750000e+00, double noundef 4.000000e+00)
  br label %8

5:                                                ; preds = %18
  %6 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, double noundef 4.900000e+01)
  %7 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, double noundef 1.550000e+01)
  ret i32 0

8:                                                ; preds = %0, %18
  %9 = phi i32 [ %19, %18 ], [ 1, %0 ]
  %10 = phi i64 [ %11, %18 ], [ 0, %0 ]
  %11 = phi i64 [ %12, %18 ], [ 1, %0 ]
  %12 = add nsw i64 %10, %11
  %13 = trunc nuw i32 %9 to i8
  %14 = urem i8 %13, 15
  %15 = icmp eq i8 %14, 0
  br i1 %15, label %16, label %18

16:                                               ; preds = %8
  %17 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef %9, i64 noundef %11)
  br label %18

18:                                               ; preds = %8, %16
  %19 = add nuw nsw i32 %9, 1
  %20 = icmp eq i32 %19, 91
  br i1 %20, label %5, label %8, !llvm.loop !5
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
!5 = distinct !{!5, !6}
!6 = !{!"llvm.loop.mustprogress"}
