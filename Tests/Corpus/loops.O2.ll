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

1:                                                ; preds = %45
  %2 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef %46)
  br label %50

3:                                                ; preds = %0, %45
  %4 = phi i32 [ 1, %0 ], [ %48, %45 ]
  %5 = phi i32 [ 0, %0 ], [ %47, %45 ]
  %6 = phi i32 [ 0, %0 ], [ %46, %45 ]
  %7 = and i32 %5, 1
  %8 = and i32 %5, 1
  %9 = trunc nuw nsw i32 %5 to i8
  %10 = urem i8 %9, 3
  %11 = icmp eq i8 %10, 0
  br i1 %11, label %45, label %12

12:                                               ; preds = %3
  %13 = and i32 %4, 1
  %14 = icmp eq i32 %5, 0
  br i1 %14, label %33, label %15

15:                                               ; preds = %12
  %16 = and i32 %4, 2147483646
  %17 = icmp eq i32 %7, 0
  %18 = icmp eq i32 %8, 0
  br label %19

19:                                               ; preds = %19, %15
  %20 = phi i32 [ 0, %15 ], [ %30, %19 ]
  %21 = phi i32 [ %6, %15 ], [ %29, %19 ]
  %22 = phi i32 [ 0, %15 ], [ %31, %19 ]
  %23 = mul nuw nsw i32 %20, %5
  %24 = select i1 %17, i32 %23, i32 0
  %25 = add nsw i32 %24, %21
  %26 = or disjoint i32 %20, 1
  %27 = mul nuw nsw i32 %26, %5
  %28 = select i1 %18, i32 0, i32 %27
  %29 = add nsw i32 %28, %25
  %30 = add nuw nsw i32 %20, 2
  %31 = add i32 %22, 2
  %32 = icmp eq i32 %31, %16
  br i1 %32, label %33, label %19, !llvm.loop !5

33:                                               ; preds = %19, %12
  %34 = phi i32 [ poison, %12 ], [ %29, %19 ]
  %35 = phi i32 [ 0, %12 ], [ %30, %19 ]
  %36 = phi i32 [ %6, %12 ], [ %29, %19 ]
  %37 = icmp eq i32 %13, 0
  br i1 %37, label %45, label %38

38:                                               ; preds = %33
  %39 = add nuw nsw i32 %35, %5
  %40 = and i32 %39, 1
  %41 = icmp eq i32 %40, 0
  %42 = mul nuw nsw i32 %35, %5
  %43 = select i1 %41, i32 %42, i32 0
  %44 = add nsw i32 %43, %36
  br label %45

45:                                               ; preds = %38, %33, %3
  %46 = phi i32 [ %6, %3 ], [ %34, %33 ], [ %44, %38 ]
  %47 = add nuw nsw i32 %5, 1
  %48 = add nuw nsw i32 %4, 1
  %49 = icmp eq i32 %47, 10
  br i1 %49, label %1, label %3, !llvm.loop !7

50:                                               ; preds = %1, %75
  %51 = phi i32 [ 49, %1 ], [ %78, %75 ]
  %52 = phi i32 [ 1, %1 ], [ %76, %75 ]
  %53 = phi i32 [ 0, %1 ], [ %56, %75 ]
  %54 = mul nuw nsw i32 %52, %52
  %55 = icmp samesign ugt i32 %52, 10
  %56 = add i32 %53, %51
  br label %64

57:                                               ; preds = %75, %64
  %58 = phi i32 [ %65, %64 ], [ -1, %75 ]
  %59 = phi i32 [ %52, %64 ], [ -1, %75 ]
  %60 = phi i32 [ %67, %64 ], [ %56, %75 ]
  %61 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef %59, i32 noundef %58, i32 noundef %60)
  %62 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef 32)
  %63 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i32 noundef -5, i32 noundef 15)
  br label %79

64:                                               ; preds = %50, %72
  %65 = phi i32 [ %52, %50 ], [ %73, %72 ]
  %66 = phi i32 [ %53, %50 ], [ %67, %72 ]
  %67 = add nsw i32 %66, 1
  %68 = mul nuw nsw i32 %65, %65
  %69 = add nuw nsw i32 %68, %54
  %70 = icmp eq i32 %69, 625
  %71 = select i1 %70, i1 %55, i1 false
  br i1 %71, label %57, label %72

72:                                               ; preds = %64
  %73 = add nuw nsw i32 %65, 1
  %74 = icmp eq i32 %73, 50
  br i1 %74, label %75, label %64, !llvm.loop !8

75:                                               ; preds = %72
  %76 = add nuw nsw i32 %52, 1
  %77 = icmp samesign ult i32 %52, 49
  %78 = add nsw i32 %51, -1
  br i1 %77, label %50, label %57, !llvm.loop !9

79:                                               ; preds = %57, %105
  %80 = phi i32 [ 1, %57 ], [ %107, %105 ]
  %81 = phi i32 [ 0, %57 ], [ %106, %105 ]
  %82 = phi i64 [ 0, %57 ], [ %126, %105 ]
  br label %83

83:                                               ; preds = %79, %125
  %84 = phi i32 [ 1, %79 ], [ %128, %125 ]
  %85 = phi i32 [ 0, %79 ], [ %127, %125 ]
  %86 = phi i64 [ %82, %79 ], [ %126, %125 ]
  %87 = xor i32 %85, %81
  %88 = and i32 %84, 3
  %89 = icmp samesign ult i32 %85, 3
  br i1 %89, label %109, label %90

90:                                               ; preds = %83
  %91 = and i32 %84, 2147483644
  %92 = and i32 %87, 1
  %93 = zext nneg i32 %92 to i64
  %94 = and i32 %87, 1
  %95 = xor i32 %94, 1
  %96 = zext nneg i32 %95 to i64
  %97 = add i64 %93, %96
  %98 = and i32 %87, 1
  %99 = zext nneg i32 %98 to i64
  %100 = add i64 %97, %99
  %101 = and i32 %87, 1
  %102 = xor i32 %101, 1
  %103 = zext nneg i32 %102 to i64
  %104 = add i64 %100, %103
  br label %130

105:                                              ; preds = %125
  %106 = add nuw nsw i32 %81, 1
  %107 = add nuw nsw i32 %80, 1
  %108 = icmp eq i32 %106, 30
  br i1 %108, label %138, label %79, !llvm.loop !10

109:                                              ; preds = %130, %83
  %110 = phi i64 [ poison, %83 ], [ %134, %130 ]
  %111 = phi i32 [ 0, %83 ], [ %135, %130 ]
  %112 = phi i64 [ %86, %83 ], [ %134, %130 ]
  %113 = icmp eq i32 %88, 0
  br i1 %113, label %125, label %114

114:                                              ; preds = %109, %114
  %115 = phi i32 [ %122, %114 ], [ %111, %109 ]
  %116 = phi i64 [ %121, %114 ], [ %112, %109 ]
  %117 = phi i32 [ %123, %114 ], [ 0, %109 ]
  %118 = xor i32 %87, %115
  %119 = and i32 %118, 1
  %120 = zext nneg i32 %119 to i64
  %121 = add nsw i64 %116, %120
  %122 = add nuw nsw i32 %115, 1
  %123 = add i32 %117, 1
  %124 = icmp eq i32 %123, %88
  br i1 %124, label %125, label %114, !llvm.loop !11

125:                                              ; preds = %114, %109
  %126 = phi i64 [ %110, %109 ], [ %121, %114 ]
  %127 = add nuw nsw i32 %85, 1
  %128 = add nuw nsw i32 %84, 1
  %129 = icmp eq i32 %127, %80
  br i1 %129, label %105, label %83, !llvm.loop !13

130:                                              ; preds = %130, %90
  %131 = phi i32 [ 0, %90 ], [ %135, %130 ]
  %132 = phi i64 [ %86, %90 ], [ %134, %130 ]
  %133 = phi i32 [ 0, %90 ], [ %136, %130 ]
  %134 = add i64 %132, %104
  %135 = add nuw nsw i32 %131, 4
  %136 = add i32 %133, 4
  %137 = icmp eq i32 %136, %91
  br i1 %137, label %109, label %130, !llvm.loop !14

138:                                              ; preds = %105
  %139 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i64 noundef %126)
  %140 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i32 noundef 420)
  %141 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6, i32 noundef 45)
  %142 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.7, double noundef 2.187500e+00)
  %143 = tail call i32 @putchar(i32 124)
  %144 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, i32 noundef 0)
  %145 = tail call i32 @putchar(i32 124)
  %146 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, i32 noundef 0)
  %147 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, i32 noundef 1)
  %148 = tail call i32 @putchar(i32 124)
  %149 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, i32 noundef 0)
  %150 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, i32 noundef 1)
  %151 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, i32 noundef 2)
  %152 = tail call i32 @putchar(i32 124)
  %153 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, i32 noundef 0)
  %154 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, i32 noundef 1)
  %155 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, i32 noundef 2)
  %156 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, i32 noundef 3)
  %157 = tail call i32 @putchar(i32 124)
  %158 = tail call i32 @putchar(i32 10)
  ret i32 0
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
!7 = distinct !{!7, !6}
!8 = distinct !{!8, !6}
!9 = distinct !{!9, !6}
!10 = distinct !{!10, !6}
!11 = distinct !{!11, !12}
!12 = !{!"llvm.loop.unroll.disable"}
!13 = distinct !{!13, !6}
!14 = distinct !{!14, !6}
