; ModuleID = 'switch_dense.c'
source_filename = "switch_dense.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.str = private unnamed_addr constant [7 x i8] c"%d:%s \00", align 1
@.str.2 = private unnamed_addr constant [14 x i8] c"weird(%d)=%d\0A\00", align 1
@.str.3 = private unnamed_addr constant [10 x i8] c"op%d: %g\0A\00", align 1
@.str.4 = private unnamed_addr constant [19 x i8] c"hist: %d %d %d %d\0A\00", align 1
@.str.5 = private unnamed_addr constant [4 x i8] c"Sun\00", align 1
@.str.6 = private unnamed_addr constant [4 x i8] c"Mon\00", align 1
@.str.7 = private unnamed_addr constant [4 x i8] c"Tue\00", align 1
@.str.8 = private unnamed_addr constant [4 x i8] c"Wed\00", align 1
@.str.9 = private unnamed_addr constant [4 x i8] c"Thu\00", align 1
@.str.10 = private unnamed_addr constant [4 x i8] c"Fri\00", align 1
@.str.11 = private unnamed_addr constant [4 x i8] c"Sat\00", align 1
@.str.12 = private unnamed_addr constant [4 x i8] c"???\00", align 1

; Function Attrs: nofree nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef -1, ptr noundef nonnull @.str.12)
  %2 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 0, ptr noundef nonnull @.str.5)
  %3 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 1, ptr noundef nonnull @.str.6)
  %4 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 2, ptr noundef nonnull @.str.7)
  %5 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 3, ptr noundef nonnull @.str.8)
  %6 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 4, ptr noundef nonnull @.str.9)
  %7 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 5, ptr noundef nonnull @.str.10)
  %8 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 6, ptr noundef nonnull @.str.11)
  %9 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 7, ptr noundef nonnull @.str.12)
  %10 = tail call i32 @putchar(i32 10)
  %11 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef 8, i32 noundef 1000)
  %12 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef 9, i32 noundef 1000)
  %13 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef 10, i32 noundef 30)
  %14 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef 11, i32 noundef -89)
  %15 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef 12, i32 noundef 192)
  %16 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef 13, i32 noundef -14)
  %17 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef 14, i32 noundef 4)
  %18 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef 15, i32 noundef 3)
  %19 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef 16, i32 noundef -16)
  %20 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef 17, i32 noundef 68)
  %21 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef 18, i32 noundef 1000)
  %22 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef 19, i32 noundef 1000)
  %23 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i32 noundef 0, double noundef 1.000000e+01)
  %24 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i32 noundef 1, double noundef 5.000000e+00)
  %25 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i32 noundef 2, double noundef 1.875000e+01)
  %26 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i32 noundef 3, double noundef 3.000000e+00)
  %27 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i32 noundef 4, double noundef 7.500000e+00)
  %28 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i32 noundef 5, double noundef -7.500000e+00)
  %29 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i32 noundef 6, double noundef 0.000000e+00)
  br label %32

30:                                               ; preds = %32
  %31 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i32 noundef %42, i32 noundef %50, i32 noundef %43, i32 noundef %51)
  ret i32 0

32:                                               ; preds = %32, %0
  %33 = phi i32 [ 0, %0 ], [ %52, %32 ]
  %34 = phi i32 [ 0, %0 ], [ %51, %32 ]
  %35 = phi i32 [ 0, %0 ], [ %43, %32 ]
  %36 = phi i32 [ 0, %0 ], [ %50, %32 ]
  %37 = phi i32 [ 0, %0 ], [ %42, %32 ]
  %38 = and i32 %33, 2
  %39 = icmp ult i32 %38, 1
  %40 = add nsw i32 %37, 1
  %41 = add nsw i32 %35, 3
  %42 = select i1 %39, i32 %40, i32 %37
  %43 = select i1 %39, i32 %35, i32 %41
  %44 = or disjoint i32 %33, 1
  %45 = and i32 %44, 3
  %46 = add i32 %45, -3
  %47 = icmp ult i32 %46, 1
  %48 = add nsw i32 %36, 2
  %49 = add nsw i32 %44, %34
  %50 = select i1 %47, i32 %36, i32 %48
  %51 = select i1 %47, i32 %49, i32 %34
  %52 = add nuw nsw i32 %33, 2
  %53 = icmp eq i32 %52, 100
  br i1 %53, label %30, label %32, !llvm.loop !5
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #1

; Function Attrs: nofree nounwind
declare noundef i32 @putchar(i32 noundef) local_unnamed_addr #2

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nofree nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!"clang version 21.0.0 (https://github.com/swiftlang/llvm-project.git 11673e6660b2d0a5f9f99b1c7b773f4c2f6df1b0)"}
!5 = distinct !{!5, !6}
!6 = !{!"llvm.loop.mustprogress"}
