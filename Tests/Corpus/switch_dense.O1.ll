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
@switch.table.main.rel = private unnamed_addr constant [7 x i32] [i32 trunc (i64 sub (i64 ptrtoint (ptr @.str.5 to i64), i64 ptrtoint (ptr @switch.table.main.rel to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @.str.6 to i64), i64 ptrtoint (ptr @switch.table.main.rel to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @.str.7 to i64), i64 ptrtoint (ptr @switch.table.main.rel to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @.str.8 to i64), i64 ptrtoint (ptr @switch.table.main.rel to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @.str.9 to i64), i64 ptrtoint (ptr @switch.table.main.rel to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @.str.10 to i64), i64 ptrtoint (ptr @switch.table.main.rel to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @.str.11 to i64), i64 ptrtoint (ptr @switch.table.main.rel to i64)) to i32)], align 4
@switch.table.main.13 = private unnamed_addr constant [8 x i32] [i32 30, i32 -89, i32 192, i32 -14, i32 4, i32 3, i32 -16, i32 68], align 4
@switch.table.main.14 = private unnamed_addr constant [6 x double] [double 1.000000e+01, double 5.000000e+00, double 1.875000e+01, double 3.000000e+00, double 7.500000e+00, double -7.500000e+00], align 8

; Function Attrs: nofree nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  br label %3

1:                                                ; preds = %10
  %2 = tail call i32 @putchar(i32 10)
  br label %15

3:                                                ; preds = %0, %10
  %4 = phi i32 [ -1, %0 ], [ %13, %10 ]
  %5 = icmp ult i32 %4, 7
  br i1 %5, label %6, label %10

6:                                                ; preds = %3
  %7 = zext nneg i32 %4 to i64
  %8 = shl i64 %7, 2
  %9 = call ptr @llvm.load.relative.i64(ptr @switch.table.main.rel, i64 %8)
  br label %10

10:                                               ; preds = %3, %6
  %11 = phi ptr [ %9, %6 ], [ @.str.12, %3 ]
  %12 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef %4, ptr noundef nonnull %11)
  %13 = add nsw i32 %4, 1
  %14 = icmp eq i32 %13, 8
  br i1 %14, label %1, label %3, !llvm.loop !5

15:                                               ; preds = %1, %23
  %16 = phi i32 [ 8, %1 ], [ %26, %23 ]
  %17 = add nsw i32 %16, -10
  %18 = icmp ult i32 %17, 8
  br i1 %18, label %19, label %23

19:                                               ; preds = %15
  %20 = zext nneg i32 %17 to i64
  %21 = getelementptr inbounds nuw [8 x i32], ptr @switch.table.main.13, i64 0, i64 %20
  %22 = load i32, ptr %21, align 4
  br label %23

23:                                               ; preds = %15, %19
  %24 = phi i32 [ %22, %19 ], [ 1000, %15 ]
  %25 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef %16, i32 noundef %24)
  %26 = add nuw nsw i32 %16, 1
  %27 = icmp eq i32 %26, 20
  br i1 %27, label %28, label %15, !llvm.loop !8

28:                                               ; preds = %23, %35
  %29 = phi i32 [ %38, %35 ], [ 0, %23 ]
  %30 = icmp samesign ult i32 %29, 6
  br i1 %30, label %31, label %35

31:                                               ; preds = %28
  %32 = zext nneg i32 %29 to i64
  %33 = getelementptr inbounds nuw [6 x double], ptr @switch.table.main.14, i64 0, i64 %32
  %34 = load double, ptr %33, align 8
  br label %35

35:                                               ; preds = %28, %31
  %36 = phi double [ %34, %31 ], [ 0.000000e+00, %28 ]
  %37 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i32 noundef %29, double noundef %36)
  %38 = add nuw nsw i32 %29, 1
  %39 = icmp eq i32 %38, 7
  br i1 %39, label %42, label %28, !llvm.loop !9

40:                                               ; preds = %58
  %41 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i32 noundef %59, i32 noundef %60, i32 noundef %61, i32 noundef %62)
  ret i32 0

42:                                               ; preds = %35, %58
  %43 = phi i32 [ %63, %58 ], [ 0, %35 ]
  %44 = phi i32 [ %62, %58 ], [ 0, %35 ]
  %45 = phi i32 [ %61, %58 ], [ 0, %35 ]
  %46 = phi i32 [ %60, %58 ], [ 0, %35 ]
  %47 = phi i32 [ %59, %58 ], [ 0, %35 ]
  %48 = and i32 %43, 3
  switch i32 %48, label %57 [
    i32 0, label %49
    i32 1, label %51
    i32 2, label %53
    i32 3, label %55
  ]

49:                                               ; preds = %42
  %50 = add nsw i32 %47, 1
  br label %58

51:                                               ; preds = %42
  %52 = add nsw i32 %46, 2
  br label %58

53:                                               ; preds = %42
  %54 = add nsw i32 %45, 3
  br label %58

55:                                               ; preds = %42
  %56 = add nsw i32 %43, %44
  br label %58

57:                                               ; preds = %42
  unreachable

58:                                               ; preds = %49, %51, %53, %55
  %59 = phi i32 [ %50, %49 ], [ %47, %51 ], [ %47, %53 ], [ %47, %55 ]
  %60 = phi i32 [ %46, %49 ], [ %52, %51 ], [ %46, %53 ], [ %46, %55 ]
  %61 = phi i32 [ %45, %49 ], [ %45, %51 ], [ %54, %53 ], [ %45, %55 ]
  %62 = phi i32 [ %44, %49 ], [ %44, %51 ], [ %44, %53 ], [ %56, %55 ]
  %63 = add nuw nsw i32 %43, 1
  %64 = icmp eq i32 %63, 100
  br i1 %64, label %40, label %42, !llvm.loop !10
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #1

; Function Attrs: nofree nounwind
declare noundef i32 @putchar(i32 noundef) local_unnamed_addr #2

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: read)
declare ptr @llvm.load.relative.i64(ptr, i64) #3

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nofree nounwind }
attributes #3 = { nocallback nofree nosync nounwind willreturn memory(argmem: read) }

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
!8 = distinct !{!8, !6, !7}
!9 = distinct !{!9, !6, !7}
!10 = distinct !{!10, !6, !7}
