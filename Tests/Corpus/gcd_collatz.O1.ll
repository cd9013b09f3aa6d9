; ModuleID = 'gcd_collatz.c'
source_filename = "gcd_collatz.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.str = private unnamed_addr constant [18 x i8] c"gcd: %u %u %u %u\0A\00", align 1
@.str.1 = private unnamed_addr constant [17 x i8] c"bgcd: %llu %llu\0A\00", align 1
@.str.2 = private unnamed_addr constant [14 x i8] c"lcm(21,6)=%u\0A\00", align 1
@.str.3 = private unnamed_addr constant [49 x i8] c"collatz: longest below 3000 is %d with %d steps\0A\00", align 1
@.str.4 = private unnamed_addr constant [16 x i8] c"collatz(27)=%d\0A\00", align 1
@.str.5 = private unnamed_addr constant [24 x i8] c"powmod: %llu %llu %llu\0A\00", align 1
@.str.6 = private unnamed_addr constant [20 x i8] c"isqrt: %u %u %u %u\0A\00", align 1
@.str.7 = private unnamed_addr constant [19 x i8] c"coprime pairs: %d\0A\00", align 1

; Function Attrs: nofree nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  br label %1

1:                                                ; preds = %1, %0
  %2 = phi i32 [ %3, %1 ], [ 48, %0 ]
  %3 = phi i32 [ %4, %1 ], [ 18, %0 ]
  %4 = urem i32 %2, %3
  %5 = icmp eq i32 %4, 0
  br i1 %5, label %6, label %1, !llvm.loop !5

6:                                                ; preds = %1, %6
  %7 = phi i32 [ %8, %6 ], [ 17, %1 ]
  %8 = phi i32 [ %9, %6 ], [ 5, %1 ]
  %9 = urem i32 %7, %8
  %10 = icmp eq i32 %9, 0
  br i1 %10, label %11, label %6, !llvm.loop !5

11:                                               ; preds = %6, %11
  %12 = phi i32 [ %13, %11 ], [ 1071, %6 ]
  %13 = phi i32 [ %14, %11 ], [ 462, %6 ]
  %14 = urem i32 %12, %13
  %15 = icmp eq i32 %14, 0
  br i1 %15, label %16, label %11, !llvm.loop !5

16:                                               ; preds = %11
  %17 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef %3, i32 noundef %8, i32 noundef 9, i32 noundef %13)
  br label %18

18:                                               ; preds = %18, %16
  %19 = phi i64 [ 188743680, %16 ], [ %25, %18 ]
  %20 = phi i64 [ 3, %16 ], [ %24, %18 ]
  %21 = tail call range(i64 0, 65) i64 @llvm.cttz.i64(i64 %19, i1 true)
  %22 = lshr exact i64 %19, %21
  %23 = tail call i64 @llvm.umax.i64(i64 %20, i64 %22)
  %24 = tail call i64 @llvm.umin.i64(i64 %20, i64 %22)
  %25 = sub i64 %23, %24
  %26 = icmp eq i64 %25, 0
  br i1 %26, label %27, label %18, !llvm.loop !8

27:                                               ; preds = %18, %27
  %28 = phi i64 [ %34, %27 ], [ 9876543210, %18 ]
  %29 = phi i64 [ %33, %27 ], [ 1234567890123, %18 ]
  %30 = tail call range(i64 0, 65) i64 @llvm.cttz.i64(i64 %28, i1 true)
  %31 = lshr exact i64 %28, %30
  %32 = tail call i64 @llvm.umax.i64(i64 %29, i64 %31)
  %33 = tail call i64 @llvm.umin.i64(i64 %29, i64 %31)
  %34 = sub i64 %32, %33
  %35 = icmp eq i64 %34, 0
  br i1 %35, label %36, label %27, !llvm.loop !8

36:                                               ; preds = %27
  %37 = shl nuw nsw i64 %24, 22
  %38 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i64 noundef %37, i64 noundef %33)
  br label %39

39:                                               ; preds = %39, %36
  %40 = phi i32 [ %41, %39 ], [ 21, %36 ]
  %41 = phi i32 [ %42, %39 ], [ 6, %36 ]
  %42 = urem i32 %40, %41
  %43 = icmp eq i32 %42, 0
  br i1 %43, label %44, label %39, !llvm.loop !5

44:                                               ; preds = %39
  %45 = udiv i32 21, %41
  %46 = mul nuw nsw i32 %45, 6
  %47 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef %46)
  br label %96

48:                                               ; preds = %112
  %49 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i32 noundef %117, i32 noundef %115)
  br label %50

50:                                               ; preds = %50, %48
  %51 = phi i32 [ %59, %50 ], [ 1, %48 ]
  %52 = phi i64 [ %58, %50 ], [ 27, %48 ]
  %53 = and i64 %52, 1
  %54 = icmp eq i64 %53, 0
  %55 = mul i64 %52, 3
  %56 = add i64 %55, 1
  %57 = lshr exact i64 %52, 1
  %58 = select i1 %54, i64 %57, i64 %56
  %59 = add nuw nsw i32 %51, 1
  %60 = icmp eq i64 %58, 1
  br i1 %60, label %61, label %50, !llvm.loop !9

61:                                               ; preds = %50
  %62 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i32 noundef %59)
  br label %63

63:                                               ; preds = %72, %61
  %64 = phi i64 [ %73, %72 ], [ 1, %61 ]
  %65 = phi i64 [ %75, %72 ], [ 2, %61 ]
  %66 = phi i64 [ %76, %72 ], [ 10, %61 ]
  %67 = and i64 %66, 1
  %68 = icmp eq i64 %67, 0
  br i1 %68, label %72, label %69

69:                                               ; preds = %63
  %70 = mul nuw i64 %65, %64
  %71 = urem i64 %70, 1000
  br label %72

72:                                               ; preds = %69, %63
  %73 = phi i64 [ %71, %69 ], [ %64, %63 ]
  %74 = mul nuw nsw i64 %65, %65
  %75 = urem i64 %74, 1000
  %76 = lshr i64 %66, 1
  %77 = icmp samesign ult i64 %66, 2
  br i1 %77, label %78, label %63, !llvm.loop !10

78:                                               ; preds = %72, %87
  %79 = phi i64 [ %88, %87 ], [ 1, %72 ]
  %80 = phi i64 [ %90, %87 ], [ 3, %72 ]
  %81 = phi i64 [ %91, %87 ], [ 200, %72 ]
  %82 = and i64 %81, 1
  %83 = icmp eq i64 %82, 0
  br i1 %83, label %87, label %84

84:                                               ; preds = %78
  %85 = mul nuw i64 %80, %79
  %86 = urem i64 %85, 1000000007
  br label %87

87:                                               ; preds = %84, %78
  %88 = phi i64 [ %86, %84 ], [ %79, %78 ]
  %89 = mul nuw nsw i64 %80, %80
  %90 = urem i64 %89, 1000000007
  %91 = lshr i64 %81, 1
  %92 = icmp samesign ult i64 %81, 2
  br i1 %92, label %93, label %78, !llvm.loop !10

93:                                               ; preds = %87
  %94 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i64 noundef %73, i64 noundef %88, i64 noundef 1)
  %95 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6, i32 noundef 0, i32 noundef 9, i32 noundef 10, i32 noundef 100000)
  br label %120

96:                                               ; preds = %44, %112
  %97 = phi i64 [ 1, %44 ], [ %118, %112 ]
  %98 = phi i32 [ 0, %44 ], [ %117, %112 ]
  %99 = phi i32 [ 0, %44 ], [ %115, %112 ]
  %100 = icmp eq i64 %97, 1
  br i1 %100, label %112, label %101

101:                                              ; preds = %96, %101
  %102 = phi i32 [ %110, %101 ], [ 1, %96 ]
  %103 = phi i64 [ %109, %101 ], [ %97, %96 ]
  %104 = and i64 %103, 1
  %105 = icmp eq i64 %104, 0
  %106 = mul i64 %103, 3
  %107 = add i64 %106, 1
  %108 = lshr exact i64 %103, 1
  %109 = select i1 %105, i64 %108, i64 %107
  %110 = add nuw nsw i32 %102, 1
  %111 = icmp eq i64 %109, 1
  br i1 %111, label %112, label %101, !llvm.loop !9

112:                                              ; preds = %101, %96
  %113 = phi i32 [ 1, %96 ], [ %110, %101 ]
  %114 = icmp sgt i32 %113, %99
  %115 = tail call i32 @llvm.smax.i32(i32 %113, i32 %99)
  %116 = trunc nuw nsw i64 %97 to i32
  %117 = select i1 %114, i32 %116, i32 %98
  %118 = add nuw nsw i64 %97, 1
  %119 = icmp eq i64 %118, 3000
  br i1 %119, label %48, label %96, !llvm.loop !11

120:                                              ; preds = %93, %128
  %121 = phi i32 [ 1, %93 ], [ %129, %128 ]
  %122 = phi i32 [ 0, %93 ], [ %139, %128 ]
  br label %125

123:                                              ; preds = %128
  %124 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.7, i32 noundef %139)
  ret i32 0

125:                                              ; preds = %120, %136
  %126 = phi i32 [ 1, %120 ], [ %140, %136 ]
  %127 = phi i32 [ %122, %120 ], [ %139, %136 ]
  br label %131

128:                                              ; preds = %136
  %129 = add nuw nsw i32 %121, 1
  %130 = icmp eq i32 %129, 31
  br i1 %130, label %123, label %120, !llvm.loop !12

131:                                              ; preds = %125, %131
  %132 = phi i32 [ %133, %131 ], [ %121, %125 ]
  %133 = phi i32 [ %134, %131 ], [ %126, %125 ]
  %134 = urem i32 %132, %133
  %135 = icmp eq i32 %134, 0
  br i1 %135, label %136, label %131, !llvm.loop !5

136:                                              ; preds = %131
  %137 = icmp eq i32 %133, 1
  %138 = zext i1 %137 to i32
  %139 = add nsw i32 %127, %138
  %140 = add nuw nsw i32 %126, 1
  %141 = icmp eq i32 %140, 31
  br i1 %141, label %128, label %125, !llvm.loop !13
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.cttz.i64(i64, i1 immarg) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.umax.i64(i64, i64) #3

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.umin.i64(i64, i64) #3

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smax.i32(i32, i32) #3

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }

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
