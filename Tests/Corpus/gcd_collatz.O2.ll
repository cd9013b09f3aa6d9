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
  br i1 %26, label %27, label %18, !llvm.loop !7

27:                                               ; preds = %18, %27
  %28 = phi i64 [ %34, %27 ], [ 9876543210, %18 ]
  %29 = phi i64 [ %33, %27 ], [ 1234567890123, %18 ]
  %30 = tail call range(i64 0, 65) i64 @llvm.cttz.i64(i64 %28, i1 true)
  %31 = lshr exact i64 %28, %30
  %32 = tail call i64 @llvm.umax.i64(i64 %29, i64 %31)
  %33 = tail call i64 @llvm.umin.i64(i64 %29, i64 %31)
  %34 = sub i64 %32, %33
  %35 = icmp eq i64 %34, 0
  br i1 %35, label %36, label %27, !llvm.loop !7

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
  br label %65

48:                                               ; preds = %81
  %49 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i32 noundef %86, i32 noundef %84)
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
  br i1 %60, label %61, label %50, !llvm.loop !8

61:                                               ; preds = %50
  %62 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i32 noundef %59)
  %63 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i64 noundef 24, i64 noundef 136318165, i64 noundef 1)
  %64 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6, i32 noundef 0, i32 noundef 9, i32 noundef 10, i32 noundef 100000)
  br label %89

65:                                               ; preds = %44, %81
  %66 = phi i64 [ 1, %44 ], [ %87, %81 ]
  %67 = phi i32 [ 0, %44 ], [ %86, %81 ]
  %68 = phi i32 [ 0, %44 ], [ %84, %81 ]
  %69 = icmp eq i64 %66, 1
  br i1 %69, label %81, label %70

70:                                               ; preds = %65, %70
  %71 = phi i32 [ %79, %70 ], [ 1, %65 ]
  %72 = phi i64 [ %78, %70 ], [ %66, %65 ]
  %73 = and i64 %72, 1
  %74 = icmp eq i64 %73, 0
  %75 = mul i64 %72, 3
  %76 = add i64 %75, 1
  %77 = lshr exact i64 %72, 1
  %78 = select i1 %74, i64 %77, i64 %76
  %79 = add nuw nsw i32 %71, 1
  %80 = icmp eq i64 %78, 1
  br i1 %80, label %81, label %70, !llvm.loop !8

81:                                               ; preds = %70, %65
  %82 = phi i32 [ 1, %65 ], [ %79, %70 ]
  %83 = icmp sgt i32 %82, %68
  %84 = tail call i32 @llvm.smax.i32(i32 %82, i32 %68)
  %85 = trunc nuw nsw i64 %66 to i32
  %86 = select i1 %83, i32 %85, i32 %67
  %87 = add nuw nsw i64 %66, 1
  %88 = icmp eq i64 %87, 3000
  br i1 %88, label %48, label %65, !llvm.loop !9

89:                                               ; preds = %61, %97
  %90 = phi i32 [ 1, %61 ], [ %98, %97 ]
  %91 = phi i32 [ 0, %61 ], [ %118, %97 ]
  br label %94

92:                                               ; preds = %97
  %93 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.7, i32 noundef %118)
  ret i32 0

94:                                               ; preds = %115, %89
  %95 = phi i32 [ 1, %89 ], [ %119, %115 ]
  %96 = phi i32 [ %91, %89 ], [ %118, %115 ]
  br label %100

97:                                               ; preds = %115
  %98 = add nuw nsw i32 %90, 1
  %99 = icmp eq i32 %98, 31
  br i1 %99, label %92, label %89, !llvm.loop !10

100:                                              ; preds = %94, %100
  %101 = phi i32 [ %102, %100 ], [ %90, %94 ]
  %102 = phi i32 [ %103, %100 ], [ %95, %94 ]
  %103 = urem i32 %101, %102
  %104 = icmp eq i32 %103, 0
  br i1 %104, label %105, label %100, !llvm.loop !5

105:                                              ; preds = %100
  %106 = icmp eq i32 %102, 1
  %107 = zext i1 %106 to i32
  %108 = add nsw i32 %96, %107
  %109 = add nuw nsw i32 %95, 1
  br label %110

110:                                              ; preds = %110, %105
  %111 = phi i32 [ %112, %110 ], [ %90, %105 ]
  %112 = phi i32 [ %113, %110 ], [ %109, %105 ]
  %113 = urem i32 %111, %112
  %114 = icmp eq i32 %113, 0
  br i1 %114, label %115, label %110, !llvm.loop !5

115:                                              ; preds = %110
  %116 = icmp eq i32 %112, 1
  %117 = zext i1 %116 to i32
  %118 = add nsw i32 %108, %117
  %119 = add nuw nsw i32 %95, 2
  %120 = icmp eq i32 %119, 31
  br i1 %120, label %97, label %94, !llvm.loop !11
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
!5 = distinct !{!5, !6}
!6 = !{!"llvm.loop.mustprogress"}
!7 = distinct !{!7, !6}
!8 = distinct !{!8, !6}
!9 = distinct !{!9, !6}
!10 = distinct !{!10, !6}
!11 = distinct !{!11, !6}
