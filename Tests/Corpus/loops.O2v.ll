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

1:                                                ; preds = %36
  %2 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef %37)
  br label %40

3:                                                ; preds = %0, %36
  %4 = phi i32 [ 0, %0 ], [ %37, %36 ]
  %5 = phi <2 x i32> [ <i32 0, i32 1>, %0 ], [ %38, %36 ]
  %6 = extractelement <2 x i32> %5, i64 0
  %7 = trunc nuw nsw i32 %6 to i8
  %8 = urem i8 %7, 3
  %9 = icmp eq i8 %8, 0
  br i1 %9, label %36, label %10

10:                                               ; preds = %3
  %11 = extractelement <2 x i32> %5, i64 1
  %12 = add nuw i32 %11, 3
  %13 = and i32 %12, -4
  %14 = add nsw i32 %11, -1
  %15 = insertelement <4 x i32> <i32 poison, i32 0, i32 0, i32 0>, i32 %4, i64 0
  %16 = insertelement <4 x i32> poison, i32 %14, i64 0
  %17 = shufflevector <4 x i32> %16, <4 x i32> poison, <4 x i32> zeroinitializer
  %18 = shufflevector <2 x i32> %5, <2 x i32> poison, <4 x i32> zeroinitializer
  br label %19

19:                                               ; preds = %19, %10
  %20 = phi i32 [ 0, %10 ], [ %29, %19 ]
  %21 = phi <4 x i32> [ <i32 0, i32 1, i32 2, i32 3>, %10 ], [ %30, %19 ]
  %22 = phi <4 x i32> [ %15, %10 ], [ %28, %19 ]
  %23 = add nuw nsw <4 x i32> %21, %18
  %24 = and <4 x i32> %23, splat (i32 1)
  %25 = icmp eq <4 x i32> %24, zeroinitializer
  %26 = mul nuw nsw <4 x i32> %21, %18
  %27 = select <4 x i1> %25, <4 x i32> %26, <4 x i32> zeroinitializer
  %28 = add <4 x i32> %27, %22
  %29 = add nuw i32 %20, 4
  %30 = add <4 x i32> %21, splat (i32 4)
  %31 = icmp eq i32 %29, %13
  br i1 %31, label %32, label %19, !llvm.loop !5

32:                                               ; preds = %19
  %33 = icmp ugt <4 x i32> %21, %17
  %34 = select <4 x i1> %33, <4 x i32> %22, <4 x i32> %28
  %35 = tail call i32 @llvm.vector.reduce.add.v4i32(<4 x i32> %34)
  br label %36

36:                                               ; preds = %32, %3
  %37 = phi i32 [ %4, %3 ], [ %35, %32 ]
  %38 = add nuw nsw <2 x i32> %5, splat (i32 1)
  %39 = icmp eq i32 %6, 9
  br i1 %39, label %1, label %3, !llvm.loop !9

40:                                               ; preds = %1, %65
  %41 = phi i32 [ 49, %1 ], [ %68, %65 ]
  %42 = phi i32 [ 1, %1 ], [ %66, %65 ]
  %43 = phi i32 [ 0, %1 ], [ %46, %65 ]
  %44 = mul nuw nsw i32 %42, %42
  %45 = icmp samesign ugt i32 %42, 10
  %46 = add i32 %43, %41
  br label %54

47:                                               ; preds = %65, %54
  %48 = phi i32 [ %55, %54 ], [ -1, %65 ]
  %49 = phi i32 [ %42, %54 ], [ -1, %65 ]
  %50 = phi i32 [ %57, %54 ], [ %46, %65 ]
  %51 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef %49, i32 noundef %48, i32 noundef %50)
  %52 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef 32)
  %53 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i32 noundef -5, i32 noundef 15)
  br label %69

54:                                               ; preds = %40, %62
  %55 = phi i32 [ %42, %40 ], [ %63, %62 ]
  %56 = phi i32 [ %43, %40 ], [ %57, %62 ]
  %57 = add nsw i32 %56, 1
  %58 = mul nuw nsw i32 %55, %55
  %59 = add nuw nsw i32 %58, %44
  %60 = icmp eq i32 %59, 625
  %61 = select i1 %60, i1 %45, i1 false
  br i1 %61, label %47, label %62

62:                                               ; preds = %54
  %63 = add nuw nsw i32 %55, 1
  %64 = icmp eq i32 %63, 50
  br i1 %64, label %65, label %54, !llvm.loop !10

65:                                               ; preds = %62
  %66 = add nuw nsw i32 %42, 1
  %67 = icmp samesign ult i32 %42, 49
  %68 = add nsw i32 %41, -1
  br i1 %67, label %40, label %47, !llvm.loop !11

69:                                               ; preds = %47, %107
  %70 = phi i32 [ 1, %47 ], [ %109, %107 ]
  %71 = phi i32 [ 0, %47 ], [ %108, %107 ]
  %72 = phi i64 [ 0, %47 ], [ %112, %107 ]
  br label %73

73:                                               ; preds = %69, %111
  %74 = phi i32 [ 1, %69 ], [ %114, %111 ]
  %75 = phi i32 [ 0, %69 ], [ %113, %111 ]
  %76 = phi i64 [ %72, %69 ], [ %112, %111 ]
  %77 = xor i32 %75, %71
  %78 = icmp samesign ult i32 %74, 4
  br i1 %78, label %104, label %79

79:                                               ; preds = %73
  %80 = and i32 %74, 2147483644
  %81 = insertelement <2 x i64> <i64 poison, i64 0>, i64 %76, i64 0
  %82 = insertelement <2 x i32> poison, i32 %77, i64 0
  %83 = shufflevector <2 x i32> %82, <2 x i32> poison, <2 x i32> zeroinitializer
  br label %84

84:                                               ; preds = %84, %79
  %85 = phi i32 [ 0, %79 ], [ %97, %84 ]
  %86 = phi <2 x i32> [ <i32 0, i32 1>, %79 ], [ %98, %84 ]
  %87 = phi <2 x i64> [ %81, %79 ], [ %95, %84 ]
  %88 = phi <2 x i64> [ zeroinitializer, %79 ], [ %96, %84 ]
  %89 = xor <2 x i32> %83, %86
  %90 = xor <2 x i32> %83, %86
  %91 = and <2 x i32> %89, splat (i32 1)
  %92 = and <2 x i32> %90, splat (i32 1)
  %93 = zext nneg <2 x i32> %91 to <2 x i64>
  %94 = zext nneg <2 x i32> %92 to <2 x i64>
  %95 = add <2 x i64> %87, %93
  %96 = add <2 x i64> %88, %94
  %97 = add nuw i32 %85, 4
  %98 = add <2 x i32> %86, splat (i32 4)
  %99 = icmp eq i32 %97, %80
  br i1 %99, label %100, label %84, !llvm.loop !12

100:                                              ; preds = %84
  %101 = add <2 x i64> %96, %95
  %102 = tail call i64 @llvm.vector.reduce.add.v2i64(<2 x i64> %101)
  %103 = icmp eq i32 %74, %80
  br i1 %103, label %111, label %104

104:                                              ; preds = %73, %100
  %105 = phi i32 [ 0, %73 ], [ %80, %100 ]
  %106 = phi i64 [ %76, %73 ], [ %102, %100 ]
  br label %116

107:                                              ; preds = %111
  %108 = add nuw nsw i32 %71, 1
  %109 = add nuw nsw i32 %70, 1
  %110 = icmp eq i32 %108, 30
  br i1 %110, label %125, label %69, !llvm.loop !13

111:                                              ; preds = %116, %100
  %112 = phi i64 [ %102, %100 ], [ %122, %116 ]
  %113 = add nuw nsw i32 %75, 1
  %114 = add nuw nsw i32 %74, 1
  %115 = icmp eq i32 %113, %70
  br i1 %115, label %107, label %73, !llvm.loop !14

116:                                              ; preds = %104, %116
  %117 = phi i32 [ %123, %116 ], [ %105, %104 ]
  %118 = phi i64 [ %122, %116 ], [ %106, %104 ]
  %119 = xor i32 %77, %117
  %120 = and i32 %119, 1
  %121 = zext nneg i32 %120 to i64
  %122 = add nsw i64 %118, %121
  %123 = add nuw nsw i32 %117, 1
  %124 = icmp eq i32 %123, %74
  br i1 %124, label %111, label %116, !llvm.loop !15

125:                                              ; preds = %107
  %126 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i64 noundef %112)
  %127 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i32 noundef 420)
  %128 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6, i32 noundef 45)
  %129 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.7, double noundef 2.187500e+00)
  %130 = tail call i32 @putchar(i32 124)
  %131 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, i32 noundef 0)
  %132 = tail call i32 @putchar(i32 124)
  %133 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, i32 noundef 0)
  %134 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, i32 noundef 1)
  %135 = tail call i32 @putchar(i32 124)
  %136 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, i32 noundef 0)
  %137 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, i32 noundef 1)
  %138 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, i32 noundef 2)
  %139 = tail call i32 @putchar(i32 124)
  %140 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, i32 noundef 0)
  %141 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, i32 noundef 1)
  %142 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, i32 noundef 2)
  %143 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, i32 noundef 3)
  %144 = tail call i32 @putchar(i32 124)
  %145 = tail call i32 @putchar(i32 10)
  ret i32 0
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #1

; Function Attrs: nofree nounwind
declare noundef i32 @putchar(i32 noundef) local_unnamed_addr #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.vector.reduce.add.v4i32(<4 x i32>) #3

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.vector.reduce.add.v2i64(<2 x i64>) #3

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nofree nounwind }
attributes #3 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!"clang version 21.0.0 (https://github.com/swiftlang/llvm-project.git 11673e6660b2d0a5f9f99b1c7b773f4c2f6df1b0)"}
!5 = distinct !{!5, !6, !7, !8}
!6 = !{!"llvm.loop.mustprogress"}
!7 = !{!"llvm.loop.isvectorized", i32 1}
!8 = !{!"llvm.loop.unroll.runtime.disable"}
!9 = distinct !{!9, !6}
!10 = distinct !{!10, !6}
!11 = distinct !{!11, !6}
!12 = distinct !{!12, !6, !7, !8}
!13 = distinct !{!13, !6}
!14 = distinct !{!14, !6}
!15 = distinct !{!15, !6, !8, !7}
