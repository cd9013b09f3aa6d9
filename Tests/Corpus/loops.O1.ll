; ModuleID = 'loops.c'
source_filename = "loops.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.str = private unnamed_addr constant [11 x i8] c"total: %d\0A\00", align 1
@.str.1 = private unnamed_addr constant [28 x i8] c"pythagoras: %d %d after %d\0A\00", align 1
@.str.2 = private unnamed_addr constant [11 x i8] c"steps: %d\0A\00", align 1
@.str.3 = private unnamed_addr constant [30 x i8] c"do-while: k=%d iterations=%d\0A\00", align 1
@.str.4 = private unnamed_addr constant [11 x i8] c"tri: %lld\0A\00", align 1
@.str.5 = private unnamed_addr constant [11 x i8] c"evens: %d\0A\00", align 1
@.str.6 = private unnamed_addr constant [10 x i8] c"down: %d\0A\00", align 1
@.str.7 = private unnamed_addr constant [9 x i8] c"acc: %g\0A\00", align 1
@.str.8 = private unnamed_addr constant [3 x i8] c"%d\00", align 1

; Function Attrs: nofree nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  br label %3

1:                                                ; preds = %20
  %2 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef %21)
  br label %25

3:                                                ; preds = %0, %20
  %4 = phi i32 [ 1, %0 ], [ %23, %20 ]
  %5 = phi i32 [ 0, %0 ], [ %22, %20 ]
  %6 = phi i32 [ 0, %0 ], [ %21, %20 ]
  %7 = urem i32 %5, 3
  %8 = icmp eq i32 %7, 0
  br i1 %8, label %20, label %9

9:                                                ; preds = %3, %9
  %10 = phi i32 [ %18, %9 ], [ 0, %3 ]
  %11 = phi i32 [ %17, %9 ], [ %6, %3 ]
  %12 = add nuw nsw i32 %10, %5
  %13 = and i32 %12, 1
  %14 = icmp eq i32 %13, 0
  %15 = mul nuw nsw i32 %10, %5
  %16 = select i1 %14, i32 %15, i32 0
  %17 = add nsw i32 %16, %11
  %18 = add nuw nsw i32 %10, 1
  %19 = icmp eq i32 %18, %4
  br i1 %19, label %20, label %9, !llvm.loop !5

20:                                               ; preds = %9, %3
  %21 = phi i32 [ %6, %3 ], [ %17, %9 ]
  %22 = add nuw nsw i32 %5, 1
  %23 = add nuw nsw i32 %4, 1
  %24 = icmp eq i32 %22, 10
  br i1 %24, label %1, label %3, !llvm.loop !8

25:                                               ; preds = %1, %48
  %26 = phi i32 [ 49, %1 ], [ %56, %48 ]
  %27 = phi i32 [ 1, %1 ], [ %52, %48 ]
  %28 = phi i32 [ -1, %1 ], [ %51, %48 ]
  %29 = phi i32 [ 0, %1 ], [ %49, %48 ]
  %30 = mul nuw nsw i32 %27, %27
  %31 = icmp samesign ugt i32 %27, 10
  %32 = add i32 %29, %26
  br label %37

33:                                               ; preds = %48
  %34 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef %50, i32 noundef %51, i32 noundef %49)
  %35 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef 32)
  %36 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i32 noundef -5, i32 noundef 15)
  br label %57

37:                                               ; preds = %25, %45
  %38 = phi i32 [ %27, %25 ], [ %46, %45 ]
  %39 = phi i32 [ %29, %25 ], [ %40, %45 ]
  %40 = add nsw i32 %39, 1
  %41 = mul nuw nsw i32 %38, %38
  %42 = add nuw nsw i32 %41, %30
  %43 = icmp eq i32 %42, 625
  %44 = select i1 %43, i1 %31, i1 false
  br i1 %44, label %48, label %45

45:                                               ; preds = %37
  %46 = add nuw nsw i32 %38, 1
  %47 = icmp eq i32 %46, 50
  br i1 %47, label %48, label %37, !llvm.loop !9

48:                                               ; preds = %37, %45
  %49 = phi i32 [ %40, %37 ], [ %32, %45 ]
  %50 = phi i32 [ %27, %37 ], [ -1, %45 ]
  %51 = phi i32 [ %38, %37 ], [ %28, %45 ]
  %52 = add nuw nsw i32 %27, 1
  %53 = icmp samesign ult i32 %27, 49
  %54 = icmp slt i32 %50, 0
  %55 = and i1 %54, %53
  %56 = add nsw i32 %26, -1
  br i1 %55, label %25, label %33, !llvm.loop !10

57:                                               ; preds = %33, %70
  %58 = phi i32 [ 1, %33 ], [ %72, %70 ]
  %59 = phi i32 [ 0, %33 ], [ %71, %70 ]
  %60 = phi i64 [ 0, %33 ], [ %84, %70 ]
  br label %65

61:                                               ; preds = %70
  %62 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i64 noundef %84)
  %63 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i32 noundef 420)
  %64 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6, i32 noundef 45)
  br label %89

65:                                               ; preds = %57, %74
  %66 = phi i32 [ 1, %57 ], [ %76, %74 ]
  %67 = phi i32 [ 0, %57 ], [ %75, %74 ]
  %68 = phi i64 [ %60, %57 ], [ %84, %74 ]
  %69 = xor i32 %67, %59
  br label %78

70:                                               ; preds = %74
  %71 = add nuw nsw i32 %59, 1
  %72 = add nuw nsw i32 %58, 1
  %73 = icmp eq i32 %71, 30
  br i1 %73, label %61, label %57, !llvm.loop !11

74:                                               ; preds = %78
  %75 = add nuw nsw i32 %67, 1
  %76 = add nuw nsw i32 %66, 1
  %77 = icmp eq i32 %75, %58
  br i1 %77, label %70, label %65, !llvm.loop !12

78:                                               ; preds = %65, %78
  %79 = phi i32 [ 0, %65 ], [ %85, %78 ]
  %80 = phi i64 [ %68, %65 ], [ %84, %78 ]
  %81 = xor i32 %69, %79
  %82 = and i32 %81, 1
  %83 = zext nneg i32 %82 to i64
  %84 = add nsw i64 %80, %83
  %85 = add nuw nsw i32 %79, 1
  %86 = icmp eq i32 %85, %66
  br i1 %86, label %74, label %78, !llvm.loop !13

87:                                               ; preds = %89
  %88 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.7, double noundef %92)
  br label %95

89:                                               ; preds = %61, %89
  %90 = phi double [ 0.000000e+00, %61 ], [ %93, %89 ]
  %91 = phi double [ 0.000000e+00, %61 ], [ %92, %89 ]
  %92 = tail call double @llvm.fmuladd.f64(double %90, double %90, double %91)
  %93 = fadd double %90, 1.250000e-01
  %94 = fcmp olt double %93, 1.000000e+00
  br i1 %94, label %89, label %87, !llvm.loop !14

95:                                               ; preds = %87, %103
  %96 = phi i32 [ 0, %87 ], [ %105, %103 ]
  %97 = icmp eq i32 %96, 0
  br i1 %97, label %103, label %98

98:                                               ; preds = %95, %98
  %99 = phi i32 [ %101, %98 ], [ 0, %95 ]
  %100 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, i32 noundef %99)
  %101 = add nuw nsw i32 %99, 1
  %102 = icmp eq i32 %101, %96
  br i1 %102, label %103, label %98, !llvm.loop !15

103:                                              ; preds = %98, %95
  %104 = tail call i32 @putchar(i32 124)
  %105 = add nuw nsw i32 %96, 1
  %106 = icmp eq i32 %105, 5
  br i1 %106, label %107, label %95, !llvm.loop !16

107:                                              ; preds = %103
  %108 = tail call i32 @putchar(i32 10)
  ret i32 0
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #2

; Function Attrs: nofree nounwind
declare noundef i32 @putchar(i32 noundef) local_unnamed_addr #3

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nofree nounwind }

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
!11 = distinct !{!11, !6, !7}
!12 = distinct !{!12, !6, !7}
!13 = distinct !{!13, !6, !7}
!14 = distinct !{!14, !6, !7}
!15 = distinct !{!15, !6, !7}
!16 = distinct !{!16, !6, !7}
